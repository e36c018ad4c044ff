package io.vaultdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every library that ships (the runtime dependencies Maven lists) is named, with its licence, in the About box. */
class ThirdPartyListTest {
    @Test
    void everyShippedJarIsListed() throws Exception {
        List<ThirdParty> listed = ThirdParty.all();
        List<String> jars = Files.readAllLines(Path.of("target/runtime-dependencies.txt")).stream()
                .filter(l -> l.contains(".jar")).map(l -> l.split(" -- ")[0]) // "group:artifact:…:/path.jar -- module x"
                .map(l -> Path.of(l.substring(l.lastIndexOf(':') + 1).strip()).getFileName().toString()).toList();
        assertFalse(jars.isEmpty(), "maven-dependency-plugin's list of runtime jars");
        List<String> missing = jars.stream()
                .filter(j -> listed.stream().noneMatch(t -> j.startsWith(t.jarPrefix()))).toList();
        assertEquals(List.of(), missing, "shipped jars that the About box does not name");
    }
}
