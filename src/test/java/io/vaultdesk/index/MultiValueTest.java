package io.vaultdesk.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MultiValueTest {
    @Test
    void valuesAreOnePerLineWithTheirOwnLineBreaksFlattened() {
        assertEquals("", MultiValue.join(List.of()));
        assertEquals("a b\nc d\n\ne", MultiValue.join(List.of("a\nb", "c\r\nd".replace("\r\n", "\r"), "", "e")));
        assertEquals("\nb", MultiValue.join(List.of("", "b")), "an empty first value keeps its place");
        assertEquals(List.of("a b", "c"), MultiValue.split(MultiValue.join(List.of("a\rb", "c"))));
    }
}
