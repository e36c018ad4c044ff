package io.vaultdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Capturing a new meeting through the form, on a fresh copy of the sample vault, headless. */
class MeetingFlowsTest extends SampleWindowTest {
    @org.testfx.framework.junit5.Start
    void start(javafx.stage.Stage stage) throws Exception {
        show(stage);
    }

    @Test
    void aMeetingCreatedThroughTheFormHasTheTemplatesFrontmatterAndSections(FxRobot robot) throws Exception {
        SampleWindow.waitUntil(() -> model.catalogProperty().get().size() > 0 && !model.busyProperty().get());
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

    @Test
    void aMeetingsTableFirstShownAfterTheVaultLoadedOffersItsAccounts(FxRobot robot) throws Exception {
        SampleWindow.waitUntil(() -> model.catalogProperty().get().size() > 0 && !model.busyProperty().get());
        MeetingsView[] late = new MeetingsView[1];
        robot.interact(() -> late[0] = new MeetingsView(model)); // as the window builds it on first use
        var account = (javafx.scene.control.ComboBox<?>) late[0].lookup("#meetings-account");
        // collected off the FX thread
        SampleWindow.waitUntil(SampleWindow.onFx(() -> account.getItems().contains("Nimbus Cloud")),
                "the accounts among the choices");
    }

    @Test
    void anEmptyMeetingsTableSaysWhetherTheVaultIsStillBeingRead(FxRobot robot) throws Exception {
        SampleWindow.waitUntil(() -> model.catalogProperty().get().size() > 0 && !model.busyProperty().get());
        var none = robot.lookup("#meetings-placeholder").queryAs(javafx.scene.control.Label.class);
        assertEquals("No meetings match", none.getText());
        robot.interact(() -> model.busyProperty().set(true)); // as while a first build runs
        assertEquals("Reading the vault…", none.getText());
        robot.interact(() -> model.busyProperty().set(false));
    }

    @Test
    void theMeetingsTableFiltersByAccountAndShowsTheChosenMeeting(FxRobot robot) throws Exception {
        SampleWindow.waitUntil(() -> model.catalogProperty().get().size() > 0 && !model.busyProperty().get());
        MeetingsView meetings = robot.lookup("#meetings-view").queryAs(MeetingsView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> meetings.rows().size() == 18);
        javafx.scene.control.ComboBox<?> account = robot.lookup("#meetings-account").queryComboBox();
        robot.clickOn(account);
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(
                org.testfx.matcher.control.LabeledMatchers.hasText("Nimbus Cloud")).queryLabeled());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> meetings.rows().size() < 18);
        assertTrue(meetings.rows().stream().allMatch(r -> r.note().accounts().contains("Nimbus Cloud")));
        long expected = model.catalogProperty().get().notes(io.vaultdesk.vault.NoteKind.MEETING).stream()
                .filter(m -> m.accounts().contains("Nimbus Cloud")).count();
        assertEquals(expected, meetings.rows().size());
        String second = meetings.rows().get(1).note().path();
        robot.clickOn(robot.lookup("#meetings-table .tree-table-row-cell").match(n ->
                ((javafx.scene.control.TreeTableRow<?>) n).getItem() instanceof io.vaultdesk.app.meeting.MeetingRow r
                        && r.note().path().equals(second)).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.placeProperty().get() != null
                && model.placeProperty().get().path().equals(second));
    }

    @Test
    void aPersonsPageListsTheirMeetingsAndTasksAndPreparesAMeeting(FxRobot robot) throws Exception {
        SampleWindow.waitUntil(() -> model.catalogProperty().get().size() > 0 && !model.busyProperty().get());
        robot.clickOn(robot.lookup("#sections .list-cell").match(n -> n instanceof javafx.scene.control.ListCell<?> c
                && c.getItem() == Section.PEOPLE).queryAs(javafx.scene.Node.class));
        EntitiesView people = robot.lookup("#entities-view").queryAs(EntitiesView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> people.shownRows().size() == 10);
        robot.clickOn(robot.lookup("#entities-table .table-row-cell").match(n ->
                ((javafx.scene.control.TableRow<?>) n).getItem() instanceof io.vaultdesk.app.EntityRow r
                        && r.note().name().equals("Dana Whitfield")).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.placeProperty().get() != null
                && model.placeProperty().get().path().equals("People/Dana Whitfield.md")
                && model.overviewProperty().get().isPresent());
        io.vaultdesk.app.EntityOverview page = model.overviewProperty().get().orElseThrow();
        io.vaultdesk.app.EntityRow dana = people.shownRows().stream()
                .filter(r -> r.note().name().equals("Dana Whitfield")).findFirst().orElseThrow();
        assertEquals(dana.meetings(), page.meetings().size());
        assertTrue(dana.meetings() > 0 && !page.openTasks().isEmpty());
        assertTrue(robot.lookup(".panel-heading").queryAll().stream().anyMatch(n ->
                ((javafx.scene.control.Labeled) n).getText().startsWith("Meetings  " + dana.meetings())),
                "the panel beside the page lists the meetings");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#prepare-text").tryQuery().isPresent());
        String md = robot.lookup("#prepare-text").queryTextInputControl().getText();
        assertTrue(md.startsWith("# Prepare: Dana Whitfield"), md);
        assertTrue(md.contains("## What Dana Whitfield owes me"), md);
        robot.clickOn("Close");
    }

    @Test
    void aPersonCreatedThroughTheFormOpensInTheReader(FxRobot robot) throws Exception {
        SampleWindow.waitUntil(() -> model.catalogProperty().get().size() > 0 && !model.busyProperty().get());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N).release(KeyCode.N, KeyCode.SHIFT, KeyCode.CONTROL);
        robot.clickOn("#entity-name").write("Sam Okafor");
        robot.clickOn("#entity-role").write("Head of Platform");
        robot.clickOn("#entity-account").write("Corvid AI");
        robot.clickOn("Create");
        Path file = vault.resolve("People/Sam Okafor.md");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(file) && model.placeProperty().get() != null
                && model.placeProperty().get().path().equals("People/Sam Okafor.md"));
        ParsedNote note = new NoteParser().parse("People/Sam Okafor.md", Files.readAllBytes(file));
        assertEquals(Optional.of("person"), note.properties().type());
        assertEquals(List.of("Head of Platform"), note.frontmatter().values().get("role"));
    }
}
