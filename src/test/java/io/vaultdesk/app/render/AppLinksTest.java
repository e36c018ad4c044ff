package io.vaultdesk.app.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AppLinksTest {
    @Test
    void noteLinksRoundTripWithAnchorsAndLines() {
        String path = "Meetings/2026/2026-11-05 - Nimbus’s launch & #1 ?.md";
        String href = AppLinks.noteHref(path, "action-items");
        assertTrue(href.matches("vaultdesk://note/[A-Za-z0-9._~%-]+#action-items"), href);
        assertEquals(Optional.of(new AppLink(AppLink.Kind.NOTE, path, Optional.of("action-items"), OptionalInt.empty())),
                AppLinks.parse(href));
        assertEquals(Optional.of(new AppLink(AppLink.Kind.NOTE, path, Optional.empty(), OptionalInt.of(28))),
                AppLinks.parse(AppLinks.noteLineHref(path, 28)));
        assertEquals(Optional.of(new AppLink(AppLink.Kind.NOTE, "A.md", Optional.of("^blk-1"), OptionalInt.empty())),
                AppLinks.parse(AppLinks.noteHref("A.md", "^blk-1")));
    }

    @Test
    void createAndHeadingLinksRoundTrip() {
        assertEquals(Optional.of(new AppLink(AppLink.Kind.CREATE, "Ideas/New note", Optional.empty(), OptionalInt.empty())),
                AppLinks.parse(AppLinks.createHref("Ideas/New note")));
        assertEquals(Optional.of(new AppLink(AppLink.Kind.HEADING, "", Optional.of("next-steps"), OptionalInt.empty())),
                AppLinks.parse(AppLinks.headingHref("next-steps")));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "https://example.com",
        "vaultdesk://note/",
        "vaultdesk://note/..%2Fsecret.md",
        "vaultdesk://note/a%2F..%2F..%2Fb.md",
        "vaultdesk://note/%2Fetc%2Fpasswd",
        "vaultdesk://note/C%3A%5CWindows",
        "vaultdesk://note/a%00b.md",
        "vaultdesk://note/a%2G.md",
        "vaultdesk://note/%C3.md",
        "vaultdesk://note/a.md?line=0",
        "vaultdesk://note/a.md?line=x",
        "vaultdesk://create/..",
        "vaultdesk://create/a.md#x",
        "vaultdesk://heading/",
        "vaultdesk://delete/a.md",
        "vaultdesk:note/a.md"})
    void rejectsWhatItCouldNotHaveBuiltForAPathInTheVault(String href) {
        assertEquals(Optional.empty(), AppLinks.parse(href));
    }
}
