package io.vaultdesk.vault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LinkResolverTest {
    private final LinkResolver resolver = new LinkResolver(List.of(
            "People/Ann Lee.md", "Archive/People/Ann Lee.md", "Meetings/2025/Ann Lee.md", "Accounts/Microsoft.md",
            "Projects/Apollo.md", "Attachments/diagram.png", "Top.md", "Meetings/2025/Standup.md", "a/b/Deep.md"));

    private Optional<String> resolve(String target, String from) {
        return resolver.resolve(new Link(1, LinkKind.WIKI, target, "", ""), from);
    }

    @Test
    void bareNamesMatchCaseInsensitively() {
        assertEquals(Optional.of("Accounts/Microsoft.md"), resolve("microsoft", "Top.md"));
        assertEquals(Optional.of("Accounts/Microsoft.md"), resolve("Microsoft.md", "Top.md"));
    }

    @Test
    void sameFolderWinsThenShortestPath() {
        assertEquals(Optional.of("Meetings/2025/Ann Lee.md"), resolve("Ann Lee", "Meetings/2025/Standup.md"));
        assertEquals(Optional.of("People/Ann Lee.md"), resolve("Ann Lee", "Top.md"));
    }

    @Test
    void theSameFolderMeansThatFolderOnlyNotOneNamedLikeItOrBelowIt() {
        LinkResolver r = new LinkResolver(
                List.of("Notes/Zed.md", "NotesX/Zed.md", "A/B/Zed.md", "Zed.md", "A/Zed/x.md"));
        Link zed = new Link(1, LinkKind.WIKI, "Zed", "", "");
        assertEquals(Optional.of("Zed.md"), r.resolve(zed, "A/Note.md"), "none in A itself: the shortest path");
        assertEquals(Optional.of("Zed.md"), r.resolve(zed, "Top.md"));
        assertEquals(Optional.of("Notes/Zed.md"), r.resolve(zed, "Notes/n.md"));
        assertEquals(Optional.of("NotesX/Zed.md"), r.resolve(zed, "NotesX/n.md"));
        assertEquals(Optional.of("A/B/Zed.md"), r.resolve(zed, "A/B/n.md"));
        assertEquals(Optional.of("Notes/Zed.md"), new LinkResolver(List.of("Notes/Zed.md")).resolve(zed, "Top.md"),
                "a single candidate wins from anywhere");
    }

    @Test
    void pathsResolveFromTheRootThenRelativeThenAsSuffix() {
        assertEquals(Optional.of("Archive/People/Ann Lee.md"), resolve("Archive/People/Ann Lee", "Top.md"));
        assertEquals(Optional.of("People/Ann Lee.md"), resolve("People/Ann Lee", "Top.md"));
        assertEquals(Optional.of("a/b/Deep.md"), resolve("b/Deep", "Top.md"));
        assertEquals(Optional.of("Meetings/2025/Standup.md"), resolve("2025/Standup", "Top.md"));
        assertEquals(Optional.of("Top.md"), resolve("/Top", "Meetings/2025/Standup.md"));
    }

    @Test
    void aliasesAndMissingNotesDoNotResolve() {
        assertEquals(Optional.empty(), resolve("Nobody", "Top.md"));
        assertEquals(Optional.empty(), resolve("Nope/Ann Lee", "Top.md"));
    }

    @Test
    void attachmentsResolveByFullName() {
        assertEquals(Optional.of("Attachments/diagram.png"), resolve("diagram.png", "Top.md"));
        assertEquals(Optional.empty(), resolve("diagram", "Top.md"));
    }

    @Test
    void markdownLinksAreRelativeToTheNoteAndNeverLeaveTheVault() {
        Link up = new Link(1, LinkKind.MARKDOWN, "../../People/Ann Lee.md", "", "");
        assertEquals(Optional.of("People/Ann Lee.md"), resolver.resolve(up, "Meetings/2025/Standup.md"));
        Link out = new Link(1, LinkKind.MARKDOWN, "../../../etc/passwd.md", "", "");
        assertEquals(Optional.empty(), resolver.resolve(out, "Meetings/2025/Standup.md"));
    }

    @Test
    void aHeadingLinkPointsToItsOwnNote() {
        assertEquals(Optional.of("Top.md"), resolve("", "Top.md"));
    }

    @Test
    void targetKeyIsTheLowerCaseNameWithoutMd() {
        assertEquals("ann lee", LinkResolver.targetKey("People/Ann Lee.md"));
        assertEquals("ann lee", LinkResolver.targetKey("Ann Lee"));
        assertEquals("diagram.png", LinkResolver.targetKey("Attachments/diagram.png"));
    }

    @Test
    void onlyABareNameThatAtMostOneFileHasResolvesAlikeFromEveryNote() {
        assertTrue(resolver.resolvesAlikeEverywhere(new Link(1, LinkKind.WIKI, "microsoft", "", "")));
        assertTrue(resolver.resolvesAlikeEverywhere(new Link(1, LinkKind.EMBED, "Nobody", "", "")));
        assertFalse(resolver.resolvesAlikeEverywhere(new Link(1, LinkKind.WIKI, "Ann Lee", "", "")));
        assertFalse(resolver.resolvesAlikeEverywhere(new Link(1, LinkKind.WIKI, "Accounts/Microsoft", "", "")));
        assertFalse(resolver.resolvesAlikeEverywhere(new Link(1, LinkKind.WIKI, "./Top", "", "")));
        assertFalse(resolver.resolvesAlikeEverywhere(new Link(1, LinkKind.MARKDOWN, "Top.md", "", "")));
        assertFalse(resolver.resolvesAlikeEverywhere(new Link(1, LinkKind.WIKI, "", "Heading", "")));
    }
}
