package io.vaultdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class HistoryTest {
    @Test
    void backAndForwardLikeABrowser() {
        History<String> h = new History<>();
        h.visit("a");
        h.visit("b");
        h.visit("c");
        assertEquals(Optional.of("b"), h.back());
        assertEquals(Optional.of("a"), h.back());
        assertEquals(Optional.empty(), h.back());
        assertEquals(Optional.of("b"), h.forward());
        h.visit("d");
        assertFalse(h.canGoForward(), "a new place forgets forward");
        assertEquals(Optional.of("b"), h.back());
    }

    @Test
    void revisitingTheCurrentPlaceAddsNothingAndClosingReturnsToThePrevious() {
        History<String> h = new History<>();
        h.visit("a");
        h.visit("a");
        assertFalse(h.canGoBack());
        h.visit("b");
        assertEquals(Optional.of("a"), h.close());
        assertFalse(h.canGoForward());
        assertEquals(Optional.empty(), h.close());
    }
}
