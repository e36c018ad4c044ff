package io.vaultdesk.ui;

import io.vaultdesk.app.Workspace;
import io.vaultdesk.app.edit.EditorDocument;
import io.vaultdesk.app.edit.SaveOutcome;
import io.vaultdesk.index.IndexedNote;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.animation.PauseTransition;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.web.WebView;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;

/**
 * The Markdown editor: source with highlighting and {@code [[} completion of note names, a rendered preview beside
 * it, Ctrl+S to save. Saving goes over the version it opened only (a change on disk shows both versions and the
 * user chooses); unsaved text is copied outside the vault every few seconds, and offered back after a crash.
 */
public final class EditorView extends BorderPane {
    private static final Pattern OPEN_LINK = Pattern.compile("\\[\\[([^\\]\\[|#\\n]*)$");

    private final MainViewModel model;
    private final CodeArea code = new CodeArea();
    private WebView preview;
    private final Label title = new Label();
    private final Label state = new Label();
    private final ContextMenu completion = new ContextMenu();
    private final PauseTransition highlight = new PauseTransition(javafx.util.Duration.millis(80));
    private final PauseTransition render = new PauseTransition(javafx.util.Duration.millis(400));
    private final PauseTransition keep = new PauseTransition(javafx.util.Duration.seconds(3));
    private final BooleanProperty dirty = new SimpleBooleanProperty(false);
    private EditorDocument doc;
    /** The vault the document came from: a save never goes through another one. */
    private Workspace docWorkspace;
    private boolean loading;
    private long previewRequest;

    public EditorView(MainViewModel model) {
        this.model = model;
        setId("editor");
        code.setId("editor-text");
        code.getStyleClass().add("markdown-editor");
        code.setParagraphGraphicFactory(LineNumberFactory.get(code));
        code.setWrapText(true);
        code.textProperty().addListener((o, was, now) -> changed());
        code.caretPositionProperty().addListener((o, was, now) -> complete());
        highlight.setOnFinished(e -> code.setStyleSpans(0, MarkdownHighlighting.of(code.getText())));
        render.setOnFinished(e -> renderPreview());
        keep.setOnFinished(e -> keepRecovery());
        title.getStyleClass().add("reader-title");
        state.getStyleClass().add("muted");
        state.setId("editor-state");
        Button save = new Button("Save");
        save.setId("editor-save");
        save.setOnAction(e -> save());
        save.disableProperty().bind(dirty.not());
        Button close = new Button("Done");
        close.setId("editor-close");
        close.setOnAction(e -> close());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, title, state, gap, save, close);
        bar.getStyleClass().add("reader-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        setTop(bar);
        SplitPane split = new SplitPane(new VirtualizedScrollPane<>(code));
        split.setId("editor-split");
        setCenter(split);
        // WebKit starts only when a preview is first needed
        sceneProperty().addListener((o, was, now) -> {
            if (now != null && preview == null) {
                preview = new WebView();
                preview.setContextMenuEnabled(false);
                preview.getEngine().setJavaScriptEnabled(false);
                split.getItems().add(preview);
                split.setDividerPositions(0.55);
            }
        });
        dirty.addListener((o, was, now) -> state.setText(now ? "Unsaved changes" : "Saved"));
    }

    /** Opens a note for editing; the text being edited, if another note's and unsaved, is asked about first. */
    public void open(String path) {
        if (doc != null && doc.path().equals(path) && docWorkspace == model.workspaceProperty().get()) {
            return; // already here: keep the text being edited
        }
        leave(() -> load(path));
    }

    private void load(String path) {
        Workspace w = model.workspaceProperty().get();
        if (w == null) {
            return;
        }
        model.run(() -> new Opened(w.edit(path), w.recovery(path)), opened -> {
            if (model.workspaceProperty().get() == w) {
                docWorkspace = w;
                show(opened.doc(), opened.kept());
            }
        }, () -> {
            // refused (a damaged note, a file gone): back to the reader, with the reason in the status bar,
            // rather than an empty editor
            if (path.equals(model.editingProperty().get())) {
                forget();
                model.closeEditor(null);
            }
        });
    }

    /** Another vault was opened: the editor lets go of the previous one's note (its text was asked about first). */
    void forget() {
        doc = null;
        docWorkspace = null;
        dirty.set(false);
        loading = true;
        try {
            code.replaceText("");
        } finally {
            loading = false;
        }
    }

    private record Opened(EditorDocument doc, Optional<io.vaultdesk.app.edit.RecoveryCopies.Copy> kept) {
    }

    private void show(EditorDocument opened, Optional<io.vaultdesk.app.edit.RecoveryCopies.Copy> kept) {
        doc = opened;
        title.setText(io.vaultdesk.vault.VaultPaths.name(opened.path()));
        setText(opened.text());
        dirty.set(false);
        state.setText(opened.crlf() ? "CRLF" : "");
        if (kept.isPresent() && !kept.get().text().equals(opened.text())) {
            Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "VaultDesk kept unsaved changes to this note "
                    + "from an earlier session. Restore them? (The note itself is unchanged until you save.)",
                    new ButtonType("Restore", ButtonBar.ButtonData.YES), new ButtonType("Discard",
                    ButtonBar.ButtonData.NO));
            ask.setHeaderText("Unsaved changes found");
            ask.initOwner(getScene() == null ? null : getScene().getWindow());
            Optional<ButtonType> answer = ask.showAndWait();
            if (answer.isPresent() && answer.get().getButtonData() == ButtonBar.ButtonData.YES) {
                setText(kept.get().text());
                // saved over the version it was typed on: if the note changed since, the save shows both versions
                doc = new EditorDocument(opened.path(), opened.text(), kept.get().baseHash(), opened.crlf(),
                        opened.bom());
                dirty.set(true);
            } else {
                String path = opened.path();
                Workspace w = model.workspaceProperty().get();
                model.run(() -> {
                    w.dropRecovery(path);
                    return null;
                }, ignored -> { });
            }
        }
        code.requestFocus();
    }

    private void setText(String text) {
        loading = true;
        try {
            code.replaceText(text);
            code.moveTo(0);
            code.getUndoManager().forgetHistory();
            code.setStyleSpans(0, MarkdownHighlighting.of(text));
        } finally {
            loading = false;
        }
        renderPreview();
    }

    private void changed() {
        if (loading || doc == null) {
            return; // setText highlights what it loads itself
        }
        highlight.playFromStart();
        dirty.set(!code.getText().equals(doc.text()));
        render.playFromStart();
        keep.playFromStart();
    }

    private void renderPreview() {
        Workspace w = model.workspaceProperty().get();
        if (w == null || doc == null || preview == null) {
            return;
        }
        long mine = ++previewRequest;
        String path = doc.path();
        String text = code.getText();
        boolean dark = model.darkProperty().get();
        model.run(() -> w.preview(path, text, dark), html -> {
            if (mine == previewRequest) {
                preview.getEngine().loadContent(WebViewText.forLoadContent(html));
            }
        });
    }

    private void keepRecovery() {
        Workspace w = docWorkspace;
        if (w == null || doc == null || !dirty.get() || w != model.workspaceProperty().get()) {
            return;
        }
        String path = doc.path();
        String text = code.getText();
        long base = doc.hash();
        model.run(() -> {
            w.keepRecovery(path, text, base);
            return null;
        }, ignored -> { });
    }

    /** Ctrl+S. */
    public void save() {
        if (doc != null) {
            save(doc, code.getText(), doc.hash(), () -> { });
        }
    }

    /**
     * Saves {@code text} as {@code saving}, over the disk's version with {@code baseHash}; {@code then} runs only
     * once it is written. The editor may have moved on meanwhile: only a save of the document still shown updates it.
     */
    private void save(EditorDocument saving, String text, long baseHash, Runnable then) {
        Workspace w = docWorkspace;
        if (w == null || w != model.workspaceProperty().get()) {
            model.statusProperty().set("Not saved: another vault is open now");
            return;
        }
        keep.stop();
        model.run(() -> w.save(saving, text, baseHash), outcome -> saved(w, saving, text, outcome, then));
    }

    private void saved(Workspace w, EditorDocument saving, String text, SaveOutcome outcome, Runnable then) {
        if (outcome instanceof SaveOutcome.Saved saved) {
            if (doc == saving) {
                doc = saved.document();
                dirty.set(!code.getText().equals(doc.text()));
            }
            model.statusProperty().set("Saved " + saving.path());
            then.run();
        } else if (outcome instanceof SaveOutcome.Conflict conflict) {
            resolve(w, saving, text, conflict, then);
        } else if (outcome instanceof SaveOutcome.Refused refused) {
            model.statusProperty().set("Not saved: " + refused.reason());
            if (doc == saving) {
                keepRecovery(); // the text stays safe outside the vault while the user decides
            }
        }
    }

    /** The note changed on disk: both versions side by side, and the user decides. */
    private void resolve(Workspace w, EditorDocument saving, String text, SaveOutcome.Conflict conflict,
                         Runnable then) {
        ConflictDialog dialog = new ConflictDialog(getScene() == null ? null : getScene().getWindow(),
                saving.path(), text, conflict.diskText(), conflict.deleted());
        ConflictDialog.Choice choice = dialog.showAndWait().orElse(ConflictDialog.Choice.CANCEL);
        switch (choice) {
            case KEEP_MINE -> {
                if (conflict.deleted()) {
                    model.run(() -> w.recreate(saving, text), outcome -> saved(w, saving, text, outcome, then));
                } else {
                    save(saving, text, conflict.diskHash(), then);
                }
            }
            case TAKE_THEIRS -> {
                model.run(() -> {
                    w.dropRecovery(saving.path());
                    return null;
                }, ignored -> { });
                if (doc == saving) {
                    doc = null;
                    dirty.set(false);
                    if (conflict.deleted()) {
                        model.closeEditor(null); // the note is gone, and so is the text
                    } else {
                        load(saving.path());
                    }
                }
            }
            case CANCEL -> model.statusProperty().set("Not saved: " + saving.path() + " changed on disk");
        }
    }

    /**
     * Unsaved text is asked about before {@code proceed} runs: saved (and {@code proceed} runs once it is
     * written), discarded, or kept (nothing happens).
     */
    public void leave(Runnable proceed) {
        if (doc == null || !dirty.get()) {
            proceed.run();
            return;
        }
        ButtonType saveIt = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "Save the changes to " + doc.path() + "?", saveIt,
                discard, ButtonType.CANCEL);
        ask.setHeaderText("Unsaved changes");
        ask.initOwner(getScene() == null ? null : getScene().getWindow());
        ButtonType answer = ask.showAndWait().orElse(ButtonType.CANCEL);
        if (answer == saveIt) {
            save(doc, code.getText(), doc.hash(), proceed);
        } else if (answer == discard) {
            String path = doc.path();
            Workspace w = docWorkspace;
            keep.stop();
            dirty.set(false);
            model.run(() -> {
                w.dropRecovery(path);
                return null;
            }, ignored -> { });
            proceed.run();
        }
    }

    /** "Done": back to the reader, on this note, once its text is saved or discarded. */
    public void close() {
        leave(() -> {
            String path = doc == null ? null : doc.path();
            doc = null;
            dirty.set(false);
            model.closeEditor(path);
        });
    }

    private void complete() {
        if (loading || doc == null) {
            completion.hide();
            return;
        }
        int caret = code.getCaretPosition();
        int lineStart = code.getText().lastIndexOf('\n', Math.max(0, caret - 1)) + 1;
        Matcher m = OPEN_LINK.matcher(code.getText().substring(lineStart, caret));
        if (!m.find()) {
            completion.hide();
            return;
        }
        String typed = m.group(1).toLowerCase(Locale.ROOT);
        List<IndexedNote> matches = model.catalogProperty().get().notes().stream()
                .filter(n -> n.name().toLowerCase(Locale.ROOT).contains(typed))
                .sorted(java.util.Comparator.comparing((IndexedNote n) -> !n.name().toLowerCase(Locale.ROOT)
                        .startsWith(typed)).thenComparing(IndexedNote::name, String.CASE_INSENSITIVE_ORDER))
                .limit(12).toList();
        if (matches.isEmpty()) {
            completion.hide();
            return;
        }
        completion.getItems().clear();
        for (IndexedNote n : matches) {
            MenuItem item = new MenuItem(n.name());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> {
                int start = code.getCaretPosition() - m.group(1).length();
                code.replaceText(start, code.getCaretPosition(), n.name() + "]]");
            });
            completion.getItems().add(item);
        }
        code.getCaretBounds().ifPresent(b -> completion.show(code, b.getMinX(), b.getMaxY()));
    }

    public BooleanProperty dirtyProperty() {
        return dirty;
    }

    /** The note being edited, if any. */
    public Optional<String> path() {
        return Optional.ofNullable(doc).map(EditorDocument::path);
    }

    CodeArea code() {
        return code;
    }

}
