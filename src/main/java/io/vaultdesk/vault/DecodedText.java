package io.vaultdesk.vault;

import java.util.Set;

/**
 * A note's text as the parser sees it: BOM removed and mojibake repaired.
 * Line numbers are unchanged by the repair, so they still address lines of the file.
 */
public record DecodedText(String text, boolean hadBom, Set<Damage> damage) {
    public DecodedText {
        damage = Set.copyOf(damage);
    }
}
