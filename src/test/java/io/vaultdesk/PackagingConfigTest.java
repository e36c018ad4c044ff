package io.vaultdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * jpackage.cfg names the pom's version, files that exist, a launcher class that exists, and the JVM options a plain
 * {@code java -jar} start runs again with.
 */
class PackagingConfigTest {
    private static List<String> options() throws Exception {
        return Files.readAllLines(Path.of("jpackage.cfg")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    }

    private static String value(String option) throws Exception {
        return options().stream().filter(l -> l.startsWith(option + " ")).findFirst()
                .map(l -> l.substring(option.length() + 1).strip()).orElseThrow(() -> new AssertionError(option));
    }

    @Test
    void theVersionIsThePoms() throws Exception {
        Matcher m = Pattern.compile("<artifactId>vaultdesk</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(Path.of("pom.xml")));
        assertTrue(m.find());
        assertEquals(m.group(1).replace("-SNAPSHOT", ""), value("--app-version"));
    }

    @Test
    void launchersAndIconsExist() throws Exception {
        Class.forName(value("--main-class"));
        String cli = value("--add-launcher");
        Path properties = Path.of(cli.substring(cli.indexOf('=') + 1));
        String main = Files.readAllLines(properties).stream().filter(l -> l.startsWith("main-class="))
                .findFirst().orElseThrow().substring("main-class=".length());
        Class.forName(main);
        for (String platform : List.of("linux", "windows", "macos")) {
            String icon = Files.readAllLines(Path.of("packaging", platform + ".cfg")).stream()
                    .filter(l -> l.startsWith("--icon ")).findFirst().orElseThrow().substring(7).strip();
            assertTrue(Files.size(Path.of(icon)) > 1000, icon);
        }
        for (int size : new int[] {16, 32, 48, 256}) {
            assertTrue(Files.exists(Path.of("assets/icons/vaultdesk-" + size + ".png")));
        }
    }

    @Test
    void bothLaunchersHaveTheOptionsAPlainStartRunsAgainWith() throws Exception {
        String quoted = value("--java-options");
        assertEquals(String.join(" ", TunedRelaunch.OPTIONS), quoted.substring(1, quoted.length() - 1));
        String cli = value("--add-launcher");
        String cliOptions = Files.readAllLines(Path.of(cli.substring(cli.indexOf('=') + 1))).stream()
                .filter(l -> l.startsWith("java-options=")).findFirst().orElseThrow()
                .substring("java-options=".length());
        assertEquals(String.join(" ", TunedRelaunch.OPTIONS) + " -Djava.awt.headless=true", cliOptions);
    }
}
