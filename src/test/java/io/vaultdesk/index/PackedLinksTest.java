package io.vaultdesk.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vaultdesk.vault.LinkKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PackedLinksTest {

    /** A kind is stored by its position: another order needs a new {@link Schema#VERSION}, and then this test. */
    @Test
    void linkKindsKeepTheOrderIndexesWereWrittenWith() {
        assertEquals(List.of("WIKI", "EMBED", "MARKDOWN", "FRONTMATTER"),
                java.util.Arrays.stream(LinkKind.values()).map(Enum::name).toList());
    }

    @Test
    void anEmptyListPacksAndUnpacks() {
        assertEquals(List.of(), PackedLinks.unpack(PackedLinks.pack(List.of())));
        assertArrayEquals(new int[0], PackedLinks.targetIds(PackedLinks.pack(List.of())));
    }

    @Test
    void everyFieldComesBackAsWritten() {
        List<StoredLink> links = List.of(
                new StoredLink(0, LinkKind.FRONTMATTER, "Acme Corp", "", "", 7),
                new StoredLink(12, LinkKind.WIKI, "Kanchan Mehrotra", "Notes", "Kanchan", StoredLink.UNRESOLVED),
                new StoredLink(300, LinkKind.EMBED, "", "^block-1", "", 0),
                new StoredLink(1 << 19, LinkKind.MARKDOWN, "../Folder/Über café 📅.md", "Ünïcode ⏫", "’quote’",
                        Integer.MAX_VALUE - 1),
                new StoredLink(5, LinkKind.WIKI, "x".repeat(70_000), "", "a|b", 128));
        byte[] packed = PackedLinks.pack(links);
        assertEquals(links, PackedLinks.unpack(packed));
        assertArrayEquals(new int[] {7, StoredLink.UNRESOLVED, 0, Integer.MAX_VALUE - 1, 128},
                PackedLinks.targetIds(packed));
    }

    /** Numbers and lengths around each varint boundary; characters of one to four UTF-8 bytes. */
    @Test
    void randomLinksRoundTrip() {
        Random random = new Random(42);
        int[] edges = {0, 1, 126, 127, 128, 129, 16_383, 16_384, 2_097_151, 2_097_152, Integer.MAX_VALUE - 1};
        for (int round = 0; round < 200; round++) {
            List<StoredLink> links = new ArrayList<>();
            for (int k = random.nextInt(20); k > 0; k--) {
                int line = edges[random.nextInt(edges.length)];
                int target = random.nextInt(4) == 0 ? StoredLink.UNRESOLVED : edges[random.nextInt(edges.length)];
                links.add(new StoredLink(line, LinkKind.values()[random.nextInt(LinkKind.values().length)],
                        RandomText.of(random), RandomText.of(random), RandomText.of(random), target));
            }
            byte[] packed = PackedLinks.pack(links);
            assertEquals(links, PackedLinks.unpack(packed));
            assertArrayEquals(links.stream().mapToInt(StoredLink::targetId).toArray(), PackedLinks.targetIds(packed));
        }
    }
}
