package io.vaultdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vaultdesk.app.OpenWorkspace;
import io.vaultdesk.app.TestWorkspaces;
import io.vaultdesk.app.SampleVault;
import io.vaultdesk.app.Settings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Point2D;
import javafx.scene.control.Hyperlink;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import javafx.scene.input.KeyCode;

/** The flows a user performs in the window, on a fresh copy of the sample vault, headless. */
@ExtendWith(ApplicationExtension.class)
class DesktopFlowsTest {
    private static final String MEETING = "Meetings/2026/2026-11-23 - Nimbus exascale tier go-live readiness.md";
    private static final String DANA = "People/Dana Whitfield.md";

    @TempDir
    Path temp;
    private final FxThreadGuard guard = new FxThreadGuard();
    private final HeldPanels panels = new HeldPanels();
    private MainViewModel model;
    private Path vault;
    private Path chosen;

    @Start
    void start(Stage stage) throws Exception {
        vault = SampleVault.copyTo(temp.resolve("Sample vault"));
        Settings settings = Settings.load(temp.resolve("config"));
        // each vault its own index, as in the per-user data folder
        model = DesktopApp.show(stage, v -> panels.wrap(guard.wrap(TestWorkspaces.partialCatalogsEveryChunk(
                OpenWorkspace.open(v, Optional.of(temp.resolve("index-" + v.getFileName())),
                        temp.resolve("backups"))))),
                settings, owner -> Optional.ofNullable(chosen), null);
        model.openVault(vault);
    }

    @AfterEach
    void nothingRanOnTheFxThread() {
        panels.release();
        assertEquals(List.of(), guard.violations(), "workspace calls made on the FX thread");
    }

    @Test
    void opensTheSampleVaultWithItsNameAndCounts(FxRobot robot) throws Exception {
        waitUntil(() -> model.catalogProperty().get().size() > 0);
        assertEquals("VaultDesk — Sample vault", ((Stage) robot.window(0)).getTitle());
        assertEquals(18, SidebarView.count(model.catalogProperty().get(), Section.MEETINGS));
        assertEquals(10, SidebarView.count(model.catalogProperty().get(), Section.PEOPLE));
        waitUntil(() -> robot.lookup("#notes").queryListView().getItems().size() == 18); // filled on a worker
    }

    @Test
    void openVaultSwitchesToTheChosenFolderAndRemembersBoth(FxRobot robot) throws Exception {
        waitUntil(() -> model.catalogProperty().get().size() > 0 && !model.busyProperty().get());
        Path other = Files.createDirectories(temp.resolve("Work notes"));
        Files.writeString(other.resolve("Only note.md"), "# Only note\n- [ ] one thing @Me\n");
        chosen = other;
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.O).release(KeyCode.O, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> model.catalogProperty().get().size() == 1 && !model.busyProperty().get());
        assertEquals("VaultDesk — Work notes", ((Stage) robot.window(0)).getTitle());
        assertEquals(null, model.placeProperty().get(), "no note of the previous vault stays in the reader");
        assertEquals(List.of(other.toAbsolutePath().normalize(), vault.toAbsolutePath().normalize()),
                model.settings().recentVaults());
        assertEquals(List.of(other.toAbsolutePath().normalize(), vault.toAbsolutePath().normalize()),
                Settings.load(temp.resolve("config")).recentVaults(), "saved, not only in memory");
    }

    /**
     * A first build shows the notes read so far (here after every chunk of 256); the meeting opened when it ends is
     * the latest of the whole vault, not of the first notes read. Nothing opens before the whole vault is read,
     * whatever order the folder lists its files in (every note is a meeting, so the first chunk has some).
     */
    @Test
    void aFirstBuildOpensTheLatestMeetingOfTheWholeVault(FxRobot robot) throws Exception {
        waitUntil(() -> model.catalogProperty().get().size() > 0 && !model.busyProperty().get());
        chosen = meetingsVault(2_560);
        List<Integer> shown = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<Integer> complete = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<Integer> completeWhenOpened = new java.util.concurrent.CopyOnWriteArrayList<>();
        robot.interact(() -> {
            model.catalogProperty().addListener((o, was, now) -> shown.add(now.size()));
            model.completeCatalogProperty().addListener((o, was, now) -> complete.add(now.size()));
            model.placeProperty().addListener((o, was, now) -> {
                if (now != null) {
                    completeWhenOpened.add(model.completeCatalogProperty().get().size());
                }
            });
        });
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.O).release(KeyCode.O, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> model.catalogProperty().get().size() == 2_560 && !model.busyProperty().get()
                && model.placeProperty().get() != null);
        assertEquals(2_560, completeWhenOpened.get(0), "opened only once the whole vault was read");
        assertEquals("Meeting 0.md", model.placeProperty().get().path());
        assertTrue(shown.stream().anyMatch(n -> n > 0 && n < 2_560), "the lists grew as it read: " + shown);
        // the views that read the index or walk every meeting refresh once, not for every chunk
        assertEquals(List.of(0, 2_560), complete);
    }

    /** Choosing a folder that cannot be opened says so, and the vault on screen stays open and working. */
    @Test
    void aFolderThatCannotBeOpenedLeavesTheOpenVaultAsItWas(FxRobot robot) throws Exception {
        waitUntil(() -> model.completeCatalogProperty().get().size() > 0 && !model.busyProperty().get());
        int notes = model.catalogProperty().get().size();
        chosen = temp.resolve("No such folder");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.O).release(KeyCode.O, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> model.statusProperty().get().startsWith("Cannot open") && !model.busyProperty().get());
        assertTrue(model.statusProperty().get().contains("No such folder"), model.statusProperty().get());
        assertEquals("VaultDesk — Sample vault", ((Stage) robot.window(0)).getTitle());
        assertEquals(notes, model.catalogProperty().get().size());
        openAndWait(DANA);
        waitUntil(() -> !model.backlinks().isEmpty());
        assertEquals(List.of(vault.toAbsolutePath().normalize()), model.settings().recentVaults());
        Files.writeString(vault.resolve("Written elsewhere.md"), "# Written elsewhere\n");
        waitUntil(() -> model.catalogProperty().get().size() == notes + 1); // still watched
    }

    /** Meeting 0 is the latest: it opens when the whole vault is read. */
    private Path meetingsVault(int meetings) throws Exception {
        Path big = Files.createDirectories(temp.resolve("Big vault"));
        java.time.LocalDate first = java.time.LocalDate.of(2020, 1, 1);
        for (int i = 0; i < meetings; i++) {
            java.time.LocalDate date = first.plusDays(meetings - 1 - i);
            Files.writeString(big.resolve("Meeting " + i + ".md"), "---\ntype: meeting\ndate: " + date
                    + "\n---\n# Meeting " + i + "\n");
        }
        return big;
    }

    /**
     * A note opened while a first build runs shows at once, but its panel is read only once the build ends: before
     * that the read would wait for the build, holding one of the two threads the views share.
     */
    @Test
    void aNoteOpenedDuringAFirstBuildHasItsPanelReadWhenTheBuildEnds(FxRobot robot) throws Exception {
        String opened = openDuringFirstBuild(robot, false);
        List<HeldPanels.PanelRead> reads = bigVaultPanelReads();
        assertTrue(reads.stream().allMatch(HeldPanels.PanelRead::conditionHeld),
                "no panel read while the vault was still being read: " + reads);
        assertEquals(opened, model.placeProperty().get().path(), "the note clicked stays open");
        waitUntil(() -> !model.panelAwaitsVaultProperty().get());
    }

    /** The build can end before the note opened during it is rendered: its panel is read all the same. */
    @Test
    void aNoteStillRenderingWhenTheBuildEndsHasItsPanelRead(FxRobot robot) throws Exception {
        String opened = openDuringFirstBuild(robot, true);
        assertEquals(opened, model.placeProperty().get().path());
        waitUntil(() -> !model.panelAwaitsVaultProperty().get());
    }

    /**
     * Opens a 2,560-meeting vault and, at its first partial catalog, a note of it, as a click in the list while it
     * fills. Returns once the whole vault is read, that note is shown and its panel read.
     *
     * @param renderAfterBuild the note is rendered only once the whole vault is read
     */
    private String openDuringFirstBuild(FxRobot robot, boolean renderAfterBuild) throws Exception {
        waitUntil(() -> model.catalogProperty().get().size() > 0 && !model.busyProperty().get());
        chosen = meetingsVault(2_560);
        AtomicBoolean wholeVaultRead = new AtomicBoolean();
        AtomicReference<String> opened = new AtomicReference<>();
        AtomicBoolean panelAwaitedVault = new AtomicBoolean();
        robot.interact(() -> {
            model.completeCatalogProperty().addListener((o, was, now) -> wholeVaultRead.set(now.size() == 2_560));
            model.catalogProperty().addListener((o, was, now) -> {
                if (now.size() > 0 && now.size() < 2_560 && opened.get() == null) {
                    opened.set(now.notes().get(0).path());
                    if (renderAfterBuild) {
                        panels.holdRendering();
                    }
                    model.open(opened.get());
                    panelAwaitedVault.set(model.panelAwaitsVaultProperty().get());
                }
            });
        });
        panels.recordWhether(wholeVaultRead::get);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.O).release(KeyCode.O, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> wholeVaultRead.get() && !model.busyProperty().get());
        assertTrue(panelAwaitedVault.get(), "the panel said it waits for the vault");
        panels.release();
        waitUntil(() -> model.placeProperty().get() != null
                && bigVaultPanelReads().stream().anyMatch(r -> r.path().equals(opened.get())));
        return opened.get();
    }

    private List<HeldPanels.PanelRead> bigVaultPanelReads() {
        return panels.reads().stream().filter(r -> r.path().startsWith("Meeting ")).toList();
    }

    /** Notes open while reads of the index wait; of the panels asked for meanwhile, the stale ones are not read. */
    @Test
    void notesOpenWhileReadsOfTheIndexWait(FxRobot robot) throws Exception {
        openAndWait(DANA);
        waitUntil(() -> !model.backlinks().isEmpty()); // nothing of the window's start left in the workers' queue
        // the first two panels' reads take both shared threads; the third is asked for, then left before it begins
        List<String> paths = List.of("People/Priya Raman.md", MEETING, "Accounts/Corvid AI.md",
                "Accounts/Nimbus Cloud.md");
        panels.hold();
        for (String path : paths) {
            WaitForAsyncUtils.asyncFx(() -> model.open(path)).get();
            waitUntil(() -> model.noteProperty().get() != null && model.noteProperty().get().path().equals(path));
        }
        panels.release();
        waitUntil(() -> panels.reads().stream().anyMatch(r -> r.path().equals(paths.get(3))));
        List<String> read = panels.reads().stream().map(HeldPanels.PanelRead::path).toList();
        assertEquals(paths.get(3), read.get(read.size() - 1), "the open note's panel is read last: " + read);
        assertFalse(read.contains(paths.get(2)), "a panel superseded before it began is not read: " + read);
    }

    @Test
    void anEmptyReaderSaysWhetherTheVaultIsStillBeingRead(FxRobot robot) throws Exception {
        waitUntil(() -> model.catalogProperty().get().size() > 0 && !model.busyProperty().get());
        var empty = robot.lookup("#empty-reader").queryAs(javafx.scene.control.Label.class);
        assertEquals("Choose a note on the left, or press Ctrl+O to find one", empty.getText());
        try {
            robot.interact(() -> model.busyProperty().set(true)); // as while a first build runs
            assertEquals("Reading the vault…", empty.getText());
        } finally {
            robot.interact(() -> model.busyProperty().set(false));
        }
    }

    @Test
    void clickingAWikiLinkOpensItsNoteAndBackReturns(FxRobot robot) throws Exception {
        openAndWait(MEETING);
        clickInPage(robot, "a.internal[href*='Dana%20Whitfield']");
        waitUntil(() -> model.placeProperty().get() != null && model.placeProperty().get().path().equals(DANA)
                && pageReady());
        robot.press(KeyCode.ALT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.ALT);
        waitUntil(() -> model.placeProperty().get().path().equals(MEETING) && pageReady());
        assertTrue(model.canGoForwardProperty().get());
    }

    @Test
    void emojiOutsideTheBasicPlaneReachThePageIntact() throws Exception {
        openAndWait(MEETING);
        assertTrue(String.valueOf(js("document.querySelector('.due').textContent")).contains("\uD83D\uDCC5"),
                "the due pill shows 📅");
    }

    @Test
    void aLinkToAHeadingOpensTheNoteAtThatHeading(FxRobot robot) throws Exception {
        openAndWait(MEETING);
        clickInPage(robot, "a.internal[href*='Nimbus%20Cloud'][href*='#']");
        waitUntil(() -> model.placeProperty().get().path().equals("Accounts/Nimbus Cloud.md") && pageReady());
        // scrolled as far as the page allows towards the heading, and the page could scroll at least some way
        assertTrue(Double.parseDouble(String.valueOf(js("document.documentElement.scrollHeight - window.innerHeight")))
                > 20, "the test needs a page taller than the reader");
        waitUntil(() -> Boolean.TRUE.equals(js("(function(){var top=document.getElementById('contacts')"
                + ".getBoundingClientRect().top+window.scrollY;var max=document.documentElement.scrollHeight"
                + "-window.innerHeight;return window.scrollY>0&&Math.abs(window.scrollY-Math.min(top,max))<3;})()")));
    }

    @Test
    void clickingALinkedMentionOpensTheSourceAtThatLine(FxRobot robot) throws Exception {
        openAndWait(DANA);
        waitUntil(() -> !model.backlinks().isEmpty());
        var mention = model.backlinks().get(0).mentions().get(0);
        waitUntil(() -> !model.unlinked().isEmpty()); // the panel's last part: it is built whole after this
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(".mention").queryAs(Hyperlink.class));
        waitUntil(() -> model.placeProperty().get().path().equals(MEETING)
                && model.placeProperty().get().line() == mention.line() && pageReady());
        waitUntil(() -> String.valueOf(js("(function(){var e=document.querySelector('.flash');"
                + "return e ? e.getAttribute('data-line') : 'none';})()")).matches("\\d+"));
        int flashed = Integer.parseInt(String.valueOf(js("document.querySelector('.flash').getAttribute('data-line')")));
        assertTrue(flashed <= mention.line() && flashed > mention.line() - 5, "flashed line " + flashed);
    }

    @Test
    void backlinksOfAPersonListTheMeetingsThatLinkToThem(FxRobot robot) throws Exception {
        openAndWait(DANA);
        waitUntil(SampleWindow.onFx(() -> robot.lookup(".backlink-source").queryAllAs(Hyperlink.class)
                .stream().anyMatch(h -> h.getText().contains("go-live readiness"))));
        assertTrue(model.overviewProperty().get().isPresent());
        assertTrue(model.overviewProperty().get().get().meetings().stream()
                .anyMatch(m -> m.path().equals(MEETING)));
    }

    @Test
    void linkItTurnsAnUnlinkedMentionIntoALink(FxRobot robot) throws Exception {
        openAndWait(DANA);
        waitUntil(() -> !model.unlinked().isEmpty());
        var group = model.unlinked().get(0);
        var mention = group.mentions().get(0);
        Path source = vault.resolve(group.source().path());
        SampleWindow.waitUntilFound(robot, ".link-it");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.Button linkIt = robot.lookup(".link-it").queryButton();
        WaitForAsyncUtils.asyncFx(() -> {
            // the panel scrolls, as a user would, until the button is in view
            javafx.scene.control.ScrollPane panel = (javafx.scene.control.ScrollPane) linkIt.getScene()
                    .lookup("#backlinks");
            double y = panel.getContent().sceneToLocal(linkIt.localToScene(0, 0)).getY();
            double room = panel.getContent().getBoundsInLocal().getHeight() - panel.getViewportBounds().getHeight();
            panel.setVvalue(Math.min(1, Math.max(0, (y - 40) / room)));
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(linkIt);
        waitUntil(() -> Files.readString(source, StandardCharsets.UTF_8).lines().toList().get(mention.line() - 1)
                .contains("[[Dana Whitfield"));
        // the mention is now a linked one: the panel lists it with the backlinks
        waitUntil(SampleWindow.onFx(() -> model.backlinks().stream()
                .anyMatch(g -> g.source().path().equals(group.source().path())
                        && g.mentions().stream().anyMatch(m -> m.line() == mention.line()))));
    }

    @Test
    void tickingACheckboxInTheReaderWritesTheFile(FxRobot robot) throws Exception {
        openAndWait(MEETING);
        Path file = vault.resolve(MEETING);
        String before = Files.readString(file, StandardCharsets.UTF_8);
        int line = Integer.parseInt(js("document.querySelector('input[data-task-line]:not([checked])')"
                + ".getAttribute('data-task-line')").toString());
        clickInPage(robot, "input[data-task-line='" + line + "']");
        String done = "✅ " + LocalDate.now();
        waitUntil(() -> Files.readString(file, StandardCharsets.UTF_8).lines().toList().get(line - 1).contains(done));
        List<String> was = before.lines().toList();
        List<String> now = Files.readString(file, StandardCharsets.UTF_8).lines().toList();
        assertEquals(was.get(line - 1).replaceFirst("\\[ \\]", "[x]") + " " + done, now.get(line - 1));
        assertEquals(was.size(), now.size());
        for (int i = 0; i < was.size(); i++) {
            if (i != line - 1) {
                assertEquals(was.get(i), now.get(i));
            }
        }
        waitUntil(() -> Boolean.TRUE.equals(js("document.querySelector(\"input[data-task-line='" + line
                + "']\").checked")));
    }

    @Test
    void quickSwitcherFindsANoteByAFuzzyQuery(FxRobot robot) throws Exception {
        waitUntil(() -> model.catalogProperty().get().size() > 0);
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        SampleWindow.waitUntilFound(robot, "#palette-query");
        robot.clickOn("#palette-query").write("dnwhit");
        waitUntil(SampleWindow.onFx(() -> robot.lookup("#palette-results").queryListView().getItems().size() > 0));
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitUntil(() -> model.placeProperty().get() != null && model.placeProperty().get().path().equals(DANA));
    }

    @Test
    void aChangeMadeByAnotherEditorShowsUpInTheReader() throws Exception {
        openAndWait(DANA);
        Path file = vault.resolve(DANA);
        Files.writeString(file, Files.readString(file) + "\nA line written by another editor.\n");
        waitUntil(() -> String.valueOf(js("document.body.innerText")).contains("A line written by another editor."));
    }

    @Test
    void scriptInANoteNeverRuns() throws Exception {
        waitUntil(() -> model.catalogProperty().get().size() > 0);
        Path evil = vault.resolve("Inbox/Evil.md");
        Files.writeString(evil, "# Evil\n<script>document.title='pwned'</script>\n"
                + "<img src=x onerror=\"document.title='pwned'\">\n[click](javascript:document.title='pwned')\n");
        waitUntil(() -> model.catalogProperty().get().byPath("Inbox/Evil.md").isPresent());
        openAndWait("Inbox/Evil.md");
        assertNotEquals("pwned", String.valueOf(js("document.title")));
        assertEquals("0", String.valueOf(js("document.querySelectorAll('script').length")));
        assertTrue(String.valueOf(js("document.body.innerText")).contains("<script>"));
    }

    @Test
    void anUnresolvedLinkOffersToCreateItsNote(FxRobot robot) throws Exception {
        String source = "Meetings/2026/2026-10-22 - Nimbus pricing and commercial terms.md";
        openAndWait(source);
        clickInPage(robot, "a.unresolved[href*='Q1%20Pricing%20Review']");
        SampleWindow.waitUntilFound(robot, ".dialog-pane");
        robot.clickOn(robot.lookup(".dialog-pane .button").match(n -> n instanceof javafx.scene.control.Button b
                && b.isDefaultButton()).queryButton());
        waitUntil(() -> model.placeProperty().get() != null
                && model.placeProperty().get().path().equals("Q1 Pricing Review.md"));
        assertEquals("# Q1 Pricing Review\n", Files.readString(vault.resolve("Q1 Pricing Review.md")));
    }

    @Test
    void theMojibakeBannerRepairsTheFileAfterAPreview(FxRobot robot) throws Exception {
        String garbled = "Meetings/2026/2026-11-05 - Nimbus GPU cloud momentum and Frankfurt launch.md";
        openAndWait(garbled);
        waitUntil(SampleWindow.onFx(() -> robot.lookup("#repair-button").tryQuery()
                .map(javafx.scene.Node::isVisible).orElse(false)));
        robot.clickOn("#repair-button");
        SampleWindow.waitUntilFound(robot, "#repair-changes");
        String preview = robot.lookup("#repair-changes").queryTextInputControl().getText();
        assertTrue(preview.contains("ğŸ“…") && preview.contains("📅"), preview);
        robot.clickOn(robot.lookup(".dialog-pane .button").match(n -> n instanceof javafx.scene.control.Button b
                && b.isDefaultButton()).queryButton());
        Path file = vault.resolve(garbled);
        waitUntil(() -> !Files.readString(file, StandardCharsets.UTF_8).contains("ğŸ“…"));
        assertTrue(Files.readString(file, StandardCharsets.UTF_8).contains("[[Tomás Ferreira]]"));
        waitUntil(() -> !robot.lookup("#mojibake-banner").query().isVisible());
    }

    private void openAndWait(String path) throws Exception {
        waitUntil(() -> model.catalogProperty().get().size() > 0 && !model.busyProperty().get());
        WaitForAsyncUtils.asyncFx(() -> model.open(path)).get();
        waitUntil(() -> model.placeProperty().get() != null && model.placeProperty().get().path().equals(path)
                && pageReady());
    }

    private boolean pageReady() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            WebView web = lookupWeb();
            return web.getEngine().getLoadWorker().getState() == javafx.concurrent.Worker.State.SUCCEEDED
                    && web.getEngine().getDocument() != null
                    && web.getEngine().getDocument().getElementsByTagName("body").getLength() > 0;
        }).get();
    }

    private static WebView lookupWeb() {
        return (WebView) javafx.stage.Window.getWindows().get(0).getScene().lookup("#reader-web");
    }

    private Object js(String script) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> lookupWeb().getEngine().executeScript(script)).get(5, TimeUnit.SECONDS);
    }

    private void clickInPage(FxRobot robot, String selector) throws Exception {
        String at = String.valueOf(js("(function(){var e=document.querySelector(\"" + selector + "\");"
                + "e.scrollIntoView({block:'center'});var r=e.getBoundingClientRect();"
                + "return (r.left+r.width/2)+','+(r.top+r.height/2);})()"));
        String[] xy = at.split(",");
        Point2D screen = WaitForAsyncUtils.asyncFx(() -> lookupWeb().localToScreen(Double.parseDouble(xy[0]),
                Double.parseDouble(xy[1]))).get();
        robot.clickOn(screen);
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
    }
}
