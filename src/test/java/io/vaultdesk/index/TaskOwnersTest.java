package io.vaultdesk.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TaskOwnersTest {
    private final TaskOwners owners = new TaskOwners(Map.of("Annie to confirm", "Annie", "Bo Diaz", "Bo Diaz"));

    @Test
    void aSettledRunHasItsOwner() {
        assertEquals("Annie", owners.ownerOf("Annie to confirm"));
        assertEquals("Bo Diaz", owners.ownerOf("Bo Diaz"));
    }

    @Test
    void aTaskWithoutARunHasNoOwner() {
        assertEquals("", owners.ownerOf(""));
    }

    /** Only between a sync cut off and the one that mends it: owned as the writer owned it with no person notes. */
    @Test
    void aRunNotYetSettledLosesOnlyItsSentencePunctuation() {
        assertEquals("Cy Young", owners.ownerOf("Cy Young,"));
        assertEquals("Cy Young to call", owners.ownerOf("Cy Young to call"));
    }
}
