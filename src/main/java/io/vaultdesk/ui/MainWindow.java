package io.vaultdesk.ui;

import io.vaultdesk.app.Settings;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.application.HostServices;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/** The main window: menus and shortcuts, sidebar | reader | backlinks, status bar; remembers its layout. */
public final class MainWindow {
    private final Stage stage;
    private final MainViewModel model;
    private final FolderChooser chooser;
    private final HostServices host;
    private final SplitPane split;
    private final SidebarView sidebar;
    private final ReaderView reader;
    private final BacklinksView backlinks;
    private final io.vaultdesk.ui.board.TaskBoardModel boardModel;
    // Built the first time they are shown: the editor (RichTextFX) alone took 0.8 s of a 4 s launch.
    private final Lazy<io.vaultdesk.ui.board.TaskBoardView> board;
    private final Lazy<MeetingsView> meetings;
    private final Lazy<EditorView> editor;
    private final Lazy<EntitiesView> entities;
    /** The editor's unsaved-changes flag, false until there is an editor. */
    private final javafx.beans.property.BooleanProperty editorDirty =
            new javafx.beans.property.SimpleBooleanProperty(this, "editorDirty");
    /** A list above the reader: the meetings table, or people, accounts or projects. */
    private final SplitPane listAndReader = new SplitPane();
    /** The backlinks divider while the board hides the panel. */
    private double rightDivider;
    /** The sidebar's divider beside the reader alone. */
    private double readerLeft;
    private final Menu recent = new Menu("Open _recent");

    public MainWindow(Stage stage, MainViewModel model, FolderChooser chooser, HostServices host) {
        this.stage = stage;
        this.model = model;
        this.chooser = chooser;
        this.sidebar = new SidebarView(model);
        this.host = host;
        this.reader = new ReaderView(model, host);
        this.backlinks = new BacklinksView(model);
        this.boardModel = new io.vaultdesk.ui.board.TaskBoardModel(model);
        this.board = new Lazy<>(() -> new io.vaultdesk.ui.board.TaskBoardView(boardModel));
        this.meetings = new Lazy<>(() -> new MeetingsView(model));
        this.entities = new Lazy<>(() -> new EntitiesView(model));
        this.editor = new Lazy<>(() -> {
            EditorView e = new EditorView(model);
            editorDirty.bind(e.dirtyProperty());
            return e;
        });
        model.editingProperty().addListener((o, was, now) -> {
            if (now != null) {
                editor.get().open(now);
            }
        });
        listAndReader.setOrientation(javafx.geometry.Orientation.VERTICAL);
        listAndReader.setId("list-and-reader");
        split = new SplitPane(sidebar, reader, backlinks);
        split.setId("main-split");
        SplitPane.setResizableWithParent(sidebar, false);
        SplitPane.setResizableWithParent(backlinks, false);
        BorderPane root = new BorderPane(split);
        root.setTop(menus());
        root.setBottom(new StatusBarView(model));
        Settings s = model.settings();
        Scene scene = new Scene(root, s.getDouble("window.width").orElse(1280.0),
                s.getDouble("window.height").orElse(800.0));
        scene.getStylesheets().add(MainWindow.class.getResource("vaultdesk.css").toExternalForm());
        stage.setScene(scene);
        stage.titleProperty().bind(model.titleProperty());
        s.getDouble("window.x").ifPresent(stage::setX);
        s.getDouble("window.y").ifPresent(stage::setY);
        stage.setMaximized(s.get("window.maximized").map(Boolean::parseBoolean).orElse(false));
        split.setDividerPositions(s.getDouble("split.left").orElse(0.22), s.getDouble("split.right").orElse(0.76));
        rightDivider = s.getDouble("split.right").orElse(0.76);
        readerLeft = s.getDouble("split.left").orElse(0.22);
        model.centreProperty().addListener((o, was, now) -> showCentre(now));
        showCentre(model.centreProperty().get());
        stage.setOnHiding(e -> rememberLayout());
        stage.setOnCloseRequest(e -> {
            if (editorDirty.get()) {
                e.consume(); // the window closes once the text is saved or discarded, or stays
                editor.get().leave(stage::close);
            }
        });
        // WebKit starts in about a second: once the window is up, while the vault is still being opened.
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN,
                e -> javafx.application.Platform.runLater(reader::webView));
        model.workspaceProperty().addListener((o, was, now) -> fillRecent());
        fillRecent();
    }

    /**
     * The board takes the reader's place and the backlinks panel's room; a list goes above the reader; the reader
     * comes back as it was. The one reader moves between these places, so it keeps its page and history.
     */
    private void showCentre(CentreView view) {
        double[] dividers = split.getDividerPositions();
        if (dividers.length > 1) {
            rightDivider = dividers[1];
        }
        if (listAndReader.getItems().size() == 2) {
            model.settings().put("split.list", String.valueOf(listAndReader.getDividerPositions()[0]));
        }
        // the sidebar is narrower beside a list of its own, and as wide as the user made it beside the reader
        if (view == CentreView.READER) {
            dividers[0] = readerLeft;
        } else if (split.getItems().contains(reader) && dividers.length > 1) {
            readerLeft = dividers[0];
            dividers[0] = Math.min(dividers[0], 0.15);
        }
        sidebar.showNotes(view == CentreView.READER);
        boardModel.showingProperty().set(view == CentreView.BOARD);
        if (meetings.isBuilt() || view == CentreView.MEETINGS) {
            meetings.get().showingProperty().set(view == CentreView.MEETINGS);
        }
        if (entities.isBuilt() || view == CentreView.ENTITIES) {
            entities.get().showingProperty().set(view == CentreView.ENTITIES);
        }
        listAndReader.getItems().clear();
        switch (view) {
            case EDITOR -> {
                split.getItems().setAll(sidebar, editor.get());
                split.setDividerPositions(dividers[0]);
                return;
            }
            case BOARD -> {
                split.getItems().setAll(sidebar, board.get());
                split.setDividerPositions(dividers[0]);
                javafx.application.Platform.runLater(board.get()::focusBoard);
                return;
            }
            case READER -> split.getItems().setAll(sidebar, reader, backlinks);
            case MEETINGS, ENTITIES -> {
                listAndReader.getItems().setAll(view == CentreView.MEETINGS ? meetings.get() : entities.get(), reader);
                listAndReader.setDividerPositions(model.settings().getDouble("split.list").orElse(0.42));
                split.getItems().setAll(sidebar, listAndReader, backlinks);
            }
        }
        split.setDividerPositions(dividers[0], rightDivider);
    }

    private MenuBar menus() {
        MenuItem open = item("_Open vault…", new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), this::chooseVault);
        MenuItem reindex = item("Re_index", new KeyCodeCombination(KeyCode.F5), model::reindex);
        MenuItem quit = item("_Quit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), stage::close);
        MenuItem newMeeting = item("_New meeting…", new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN),
                this::newMeeting);
        newMeeting.disableProperty().bind(model.workspaceProperty().isNull());
        MenuItem newEntity = item("New _person, account or project…", new KeyCodeCombination(KeyCode.N,
                KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), () -> new NewEntityDialog(stage,
                        model.catalogProperty().get(), model.sectionProperty().get().kind()
                        .filter(k -> k != io.vaultdesk.vault.NoteKind.MEETING).orElse(io.vaultdesk.vault.NoteKind.PERSON))
                        .showAndWait().ifPresent(model::createEntity));
        newEntity.disableProperty().bind(model.workspaceProperty().isNull());
        MenuItem save = item("_Save", new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), () -> {
            if (editor.isBuilt()) {
                editor.get().save();
            }
        });
        save.disableProperty().bind(editorDirty.not()
                .or(model.centreProperty().isNotEqualTo(CentreView.EDITOR)));
        Menu file = new Menu("_File", null, newMeeting, newEntity, save, new SeparatorMenuItem(), open, recent,
                new SeparatorMenuItem(),
                reindex, new SeparatorMenuItem(), quit);

        MenuItem switcher = item("_Quick switcher…", new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN),
                () -> Palettes.quickSwitcher(stage, model));
        MenuItem search = item("_Search all notes…", new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), () -> Palettes.search(stage, model));
        MenuItem filter = item("_Filter the list", new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN),
                sidebar::focusFilter);
        MenuItem back = item("_Back", new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN), model::back);
        back.disableProperty().bind(model.canGoBackProperty().not());
        MenuItem forward = item("_Forward", new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN),
                model::forward);
        forward.disableProperty().bind(model.canGoForwardProperty().not());
        MenuItem close = item("_Close note", new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN),
                model::closeNote);
        close.disableProperty().bind(model.noteProperty().isNull());
        MenuItem tasks = item("_Task board", new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN),
                model::showBoard);
        Menu go = new Menu("_Go", null, switcher, search, filter, tasks, new SeparatorMenuItem(), back, forward, close);

        MenuItem undo = item("_Undo task change", new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN),
                boardModel::undo);
        undo.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> boardModel.undoProperty().get().isEmpty(), boardModel.undoProperty()));
        Menu edit = new Menu("_Edit", null, undo);

        Menu note = new Menu("_Note", null, reader.actions().toArray(MenuItem[]::new));
        MenuItem prepare = item("_Prepare for a meeting with…", new KeyCodeCombination(KeyCode.P,
                KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), () -> model.prepareForMeeting(
                        boardModel.myNames(), (title, page) -> new PrepareDialog(stage, title, page).show()));
        prepare.disableProperty().bind(model.noteProperty().isNull());
        MenuItem editNote = item("_Edit note", new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN),
                model::editNote);
        editNote.disableProperty().bind(model.noteProperty().isNull());
        note.getItems().addAll(0, List.of(editNote, new SeparatorMenuItem()));
        note.getItems().addAll(new SeparatorMenuItem(), prepare);

        ToggleGroup themes = new ToggleGroup();
        Menu theme = new Menu("_Theme");
        for (String choice : new String[] {"System", "Light", "Dark"}) {
            RadioMenuItem item = new RadioMenuItem(choice);
            item.setToggleGroup(themes);
            item.setSelected(model.settings().get("theme").orElse("system").equalsIgnoreCase(choice));
            item.setOnAction(e -> {
                model.settings().put("theme", choice.toLowerCase(Locale.ROOT));
                model.saveSettings();
                Themes.apply(model);
            });
            theme.getItems().add(item);
        }
        Menu view = new Menu("_View", null, theme);

        MenuItem about = new MenuItem("_About VaultDesk");
        about.setOnAction(e -> AboutDialog.show(stage, version()));
        MenuItem logs = new MenuItem("Open _log folder");
        logs.setOnAction(e -> {
            java.nio.file.Path folder = io.vaultdesk.app.UserDirectories.forCurrentUser().logs();
            if (host != null) {
                host.showDocument(folder.toUri().toString());
            } else {
                model.statusProperty().set("Logs are in " + folder);
            }
        });
        Menu help = new Menu("_Help", null, logs, new SeparatorMenuItem(), about);
        MenuBar bar = new MenuBar(file, edit, go, note, view, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private static String version() {
        String v = MainWindow.class.getPackage().getImplementationVersion();
        return v == null ? "(development build)" : v;
    }

    private static MenuItem item(String text, KeyCombination keys, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(keys);
        item.setOnAction(e -> action.run());
        return item;
    }

    private void newMeeting() {
        Settings s = model.settings();
        NewMeetingDialog dialog = new NewMeetingDialog(stage, model.catalogProperty().get(),
                s.get(NewMeetingDialog.FOLDER).orElse(""), s.get(NewMeetingDialog.TEMPLATE).orElse(""));
        dialog.showAndWait().ifPresent(draft -> {
            s.put(NewMeetingDialog.FOLDER, dialog.folder.getText().strip());
            s.put(NewMeetingDialog.TEMPLATE, dialog.template.getText().strip());
            model.saveSettings();
            model.createMeeting(draft, dialog.folder.getText(), dialog.template.getText());
        });
    }

    private void chooseVault() {
        chooser.choose(stage).ifPresent(this::openVault);
    }

    /** The editor's unsaved text is settled first: a save must never go into the next vault. */
    private void openVault(Path vault) {
        if (!editor.isBuilt()) {
            model.openVault(vault); // never edited: nothing to settle
            return;
        }
        editor.get().leave(() -> {
            editor.get().forget();
            if (model.centreProperty().get() == CentreView.EDITOR) {
                model.closeEditor(null);
            }
            model.openVault(vault);
        });
    }

    private void fillRecent() {
        recent.getItems().clear();
        for (Path p : model.settings().recentVaults()) {
            MenuItem item = new MenuItem(p.toString());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> openVault(p));
            recent.getItems().add(item);
        }
        recent.setDisable(recent.getItems().isEmpty());
    }

    private void rememberLayout() {
        Settings s = model.settings();
        s.put("window.maximized", String.valueOf(stage.isMaximized()));
        if (!stage.isMaximized()) {
            s.put("window.x", String.valueOf(stage.getX()));
            s.put("window.y", String.valueOf(stage.getY()));
            s.put("window.width", String.valueOf(stage.getWidth()));
            s.put("window.height", String.valueOf(stage.getHeight()));
        }
        double[] dividers = split.getDividerPositions();
        s.put("split.left", String.valueOf(split.getItems().contains(reader) ? dividers[0] : readerLeft));
        s.put("split.right", String.valueOf(dividers.length > 1 ? dividers[1] : rightDivider));
        if (listAndReader.getItems().size() == 2) {
            s.put("split.list", String.valueOf(listAndReader.getDividerPositions()[0]));
        }
        model.saveSettings();
    }

    public io.vaultdesk.ui.board.TaskBoardView board() {
        return board.get();
    }

    public ReaderView reader() {
        return reader;
    }
}
