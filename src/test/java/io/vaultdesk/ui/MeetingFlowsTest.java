package io.vaultdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vaultdesk.app.OpenWorkspace;
import io.vaultdesk.app.SampleVault;
import io.vaultdesk.app.Settings;
import io.vaultdesk.vault.Heading;
import io.vaultdesk.vault.NoteParser;
import io.vaultdesk.vault.ParsedNote;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Capturing a new meeting through the form, on a fresh copy of the sample vault, headless. */
@ExtendWith(ApplicationExtension.class)
class MeetingFlowsTest {
    @TempDir
    Path temp;
    private final FxThreadGuard guard = new FxThreadGuard();
    private MainViewModel model;
    private Path vault;

    @Start
    void start(Stage stage) throws Exception {
        vault = SampleVault.copyTo(temp.resolve("Sample vault"));
        model = DesktopApp.show(stage, v -> guard.wrap(OpenWorkspace.open(v, Optional.of(temp.resolve("index")),
                temp.resolve("backups"))), Settings.load(temp.resolve("config")), owner -> Optional.empty(), null);
        model.openVault(vault);
    }

    @AfterEach
    void nothingRanOnTheFxThread() {
        assertEquals(List.of(), guard.violations(), "workspace calls made on the FX thread");
    }

    @Test
    void aMeetingCreatedThroughTheFormHasTheTemplatesFrontmatterAndSections(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> model.catalogProperty().get().size() > 0 && !model.busyProperty().get());
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        robot.clickOn("#meeting-title").write("Renewal: next steps");
        robot.clickOn("#meeting-account").write("Nimbus Cloud");
        robot.clickOn("#meeting-participant").write("Dana Whitfield").type(KeyCode.ENTER);
        robot.clickOn("#meeting-participant").write("Priya Raman").type(KeyCode.ENTER);
        robot.clickOn("Create");

        LocalDate today = LocalDate.now();
        String path = "Meetings/" + today.getYear() + "/" + today + " - Renewal - next steps.md";
        Path file = vault.resolve(path);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(file));
        ParsedNote note = new NoteParser().parse(path, Files.readAllBytes(file));
        assertTrue(note.frontmatter().isValid());
        assertEquals(List.of("Renewal: next steps"), note.frontmatter().values().get("title"));
        assertEquals(Optional.of(today.toString()), note.properties().date());
        assertEquals(List.of("Nimbus Cloud"), note.properties().accounts());
        assertEquals(List.of("Dana Whitfield", "Priya Raman"), note.properties().participants());
        assertEquals(List.of("Renewal: next steps", "Summary", "Action Items", "Decisions", "Key Information",
                "Related"), note.headings().stream().map(Heading::text).toList());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.placeProperty().get() != null
                && model.placeProperty().get().path().equals(path));
        assertTrue(model.catalogProperty().get().byPath(path).map(n -> n.meeting()).orElse(false),
                "indexed as a meeting at once");
    }
}
