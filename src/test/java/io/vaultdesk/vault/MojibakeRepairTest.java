package io.vaultdesk.vault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MojibakeRepairTest {
    private final MojibakeRepair repair = MojibakeRepair.instance();

    /** What a sync tool does: decode UTF-8 bytes as a Windows code page, dropping bytes it has no char for. */
    private static String damage(String original, String codePage) {
        StringBuilder out = new StringBuilder();
        for (byte b : original.getBytes(StandardCharsets.UTF_8)) {
            String c = new String(new byte[] {b}, Charset.forName(codePage));
            if (!c.equals("\uFFFD")) {
                out.append(c);
            }
        }
        return out.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"📅", "📆", "🗓", "⏳", "⌛", "🛫", "➕", "✅", "❌", "🔁", "🆔", "⛔", "🔺", "⏫", "🔼", "🔽", "⏬"})
    void everySignifierComesBackFromBothCodePages(String signifier) {
        for (String cp : new String[] {"windows-1254", "windows-1252"}) {
            String line = "- [ ] Do it " + signifier + " 2025-01-01 #task";
            assertEquals(line, repair.repair(damage(line, cp)), cp);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ğŸ“…|📅", "â«|⏫", "ğŸ”½|🔽", "â€™|’", "Ã©tÃ©|été", "â€œquotedâ€\u009D|“quoted”"})
    void knownForms(String damaged, String expected) {
        assertEquals(expected, repair.repair(damaged));
    }

    @ParameterizedTest
    @ValueSource(strings = {"São Paulo", "ağaç", "naïve café", "Größe", "plain ascii", "’ and “real” quotes",
            "€100", "Ångström", "📅 ⏫ real emoji"})
    void leavesCorrectTextAlone(String text) {
        assertSame(text, repair.repair(text));
    }

    @Test
    void repairLineMapsEveryBoundaryBackToTheLineAsWritten() {
        String line = "a ğŸ“… 2025 â« #t";
        MojibakeRepair.RepairedLine r = repair.repairLine(line);
        assertEquals("a 📅 2025 ⏫ #t", r.text());
        assertEquals(r.text().length() + 1, r.original().length);
        assertEquals(2, r.original()[2], "the start of 📅 is the start of its mojibake");
        assertEquals(line.indexOf(" 2025"), r.original()[r.text().indexOf(" 2025")]);
        assertEquals(line.indexOf("â«"), r.original()[r.text().indexOf("⏫")]);
        assertEquals(line.indexOf(" #t"), r.original()[r.text().indexOf(" #t")]);
        assertEquals(line.length(), r.original()[r.text().length()]);
    }

    @Test
    void repairLineOfCleanTextIsTheIdentity() {
        MojibakeRepair.RepairedLine r = repair.repairLine("- [ ] ✅ fine");
        assertSame("- [ ] ✅ fine", r.text());
        for (int i = 0; i < r.original().length; i++) {
            assertEquals(i, r.original()[i]);
        }
    }
}
