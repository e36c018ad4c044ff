package io.vaultdesk.vault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FrontmatterParserTest {
    private final FrontmatterParser parser = new FrontmatterParser();

    private Frontmatter parse(String text) {
        return parser.parse(Lines.split(text));
    }

    @Test
    void readsScalarsListsAndDatesAsStrings() {
        Frontmatter fm = parse("---\ntype: meeting\ndate: 2025-11-06\nn: 3\nparticipants:\n- Ann\n- Bo\nempty:\n---\nbody");
        assertTrue(fm.isValid());
        assertEquals(List.of("meeting"), fm.get("type"));
        assertEquals(List.of("2025-11-06"), fm.get("date"), "an unquoted date stays as written");
        assertEquals(List.of("3"), fm.get("n"));
        assertEquals(List.of("Ann", "Bo"), fm.get("participants"));
        assertEquals(List.of(), fm.get("empty"));
        assertEquals(9, fm.endLine());
    }

    @Test
    void endLineIsTheClosingFence() {
        assertEquals(3, parse("---\na: 1\n---\nbody").endLine());
        assertEquals(4, parse("---\r\na: 1\r\nb: 2\r\n---\r\n").endLine());
    }

    @Test
    void noBlockWithoutBothFences() {
        assertEquals(Frontmatter.NONE, parse("---\na: 1\nno end"));
        assertEquals(Frontmatter.NONE, parse("text\n---\na: 1\n---"));
        assertEquals(Frontmatter.NONE, parse(""));
    }

    @Test
    void brokenYamlGivesNoPropertiesAndAProblem() {
        Frontmatter fm = parse("---\nparticipants: [Bob\ntype: meeting\n---\n");
        assertFalse(fm.isValid());
        assertEquals(Map.of(), fm.values());
        assertTrue(fm.problem().orElseThrow().startsWith("invalid YAML"));
        assertEquals(4, fm.endLine());
    }

    @Test
    void aListIsNotAMapping() {
        Frontmatter fm = parse("---\n- a\n- b\n---\n");
        assertFalse(fm.isValid());
    }

    @Test
    void emptyBlockIsValidAndEmpty() {
        Frontmatter fm = parse("---\n---\nbody");
        assertTrue(fm.isValid());
        assertEquals(Map.of(), fm.values());
    }

    @Test
    void refusesCustomTypesAndAliasBombs() {
        assertFalse(parse("---\nx: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[]]]\n---\n").isValid());
        StringBuilder bomb = new StringBuilder("---\na: &a [x,x,x,x,x,x,x,x,x]\n");
        for (char c = 'b'; c <= 'k'; c++) {
            char p = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [*").append(p).append(",*").append(p).append(",*")
                    .append(p).append(",*").append(p).append("]\n");
        }
        bomb.append("---\n");
        assertFalse(parse(bomb.toString()).isValid(), "a billion-laughs block is refused, not expanded");
    }
}
