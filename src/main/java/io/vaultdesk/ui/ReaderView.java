package io.vaultdesk.ui;

import io.vaultdesk.app.NoteView;
import io.vaultdesk.app.render.AppLink;
import io.vaultdesk.app.render.AppLinks;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.application.HostServices;
import javafx.concurrent.Worker;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.events.Event;
import org.w3c.dom.events.EventTarget;

/**
 * Centre: the note rendered in a WebView. The page runs no script of its own (its CSP forbids it, and raw HTML
 * is escaped when rendering); clicks are caught here, in Java, through a DOM listener: links open notes in the
 * app, external links go to the system browser, checkboxes tick the task in the file. Nothing navigates the page.
 */
public final class ReaderView extends BorderPane {
    private final MainViewModel model;
    private final HostServices host;
    /** Made once the window is shown (or for the first note): WebKit takes about a second to start. */
    private WebView web;
    private final Label title = new Label();
    private final HBox banner = new HBox();
    private final Label bannerText = new Label();
    private final Button repair = new Button("Repair file…");
    private final StackPane centre = new StackPane();
    private final Label empty = new Label();
    private Place pendingScroll;
    /** The note whose page is loading, and the one whose page is on screen: a click belongs to the latter. */
    private NoteView loading;
    private NoteView live;

    public ReaderView(MainViewModel model, HostServices host) {
        this.model = model;
        this.host = host;
        setId("reader");
        Button back = new Button("←");
        back.setId("reader-back");
        back.setOnAction(e -> model.back());
        back.disableProperty().bind(model.canGoBackProperty().not());
        Button forward = new Button("→");
        forward.setId("reader-forward");
        forward.setOnAction(e -> model.forward());
        forward.disableProperty().bind(model.canGoForwardProperty().not());
        title.setId("reader-title");
        title.getStyleClass().add("reader-title");
        HBox bar = new HBox(back, forward, title);
        bar.getStyleClass().add("reader-bar");
        banner.getStyleClass().add("banner");
        banner.setId("mojibake-banner");
        repair.setId("repair-button");
        repair.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the banner's text wraps; the button does not
        repair.setOnAction(e -> model.repairShownNote(preview -> RepairDialog.confirm(getScene().getWindow(), preview)));
        banner.getChildren().addAll(bannerText, repair);
        bannerText.setWrapText(true);
        showBanner(false);
        empty.setId("empty-reader");
        empty.getStyleClass().add("empty-reader");
        empty.textProperty().bind(model.emptyText("Choose a note on the left, or press Ctrl+O to find one"));
        centre.getChildren().add(empty);
        VBox.setVgrow(centre, Priority.ALWAYS);
        setTop(new VBox(bar, banner));
        setCenter(centre);
        model.noteProperty().addListener((o, was, now) -> show(now));
        show(null);
    }

    private WebView web() {
        if (web == null) {
            web = new WebView();
            web.setId("reader-web");
            web.setContextMenuEnabled(false);
            WebEngine engine = web.getEngine();
            engine.setJavaScriptEnabled(true); // only for the app's own scrolling; the page's CSP allows no script
            engine.setUserStyleSheetLocation(null);
            engine.getLoadWorker().stateProperty().addListener((o, was, now) -> {
                if (now == Worker.State.SUCCEEDED) {
                    live = loading;
                    listenForClicks(engine);
                    scrollToPending();
                }
            });
            web.setVisible(false);
            centre.getChildren().add(0, web);
        }
        return web;
    }

    private void show(NoteView note) {
        boolean none = note == null;
        empty.setVisible(none);
        title.setText(none ? "" : note.title());
        if (none) {
            showBanner(false);
            if (web != null) {
                web.setVisible(false);
                web.getEngine().loadContent("");
            }
            return;
        }
        web().setVisible(true);
        if (note.mojibake()) {
            bannerText.setText("This note's text was garbled by a sync tool (mojibake). It is shown repaired; "
                    + "the file itself is unchanged.");
            repair.setVisible(true);
            showBanner(true);
        } else if (!note.warnings().isEmpty()) {
            bannerText.setText(String.join(" · ", note.warnings()));
            repair.setVisible(false);
            showBanner(true);
        } else {
            showBanner(false);
        }
        pendingScroll = model.placeProperty().get();
        loading = note;
        web().getEngine().loadContent(WebViewText.forLoadContent(note.html()));
    }

    private void showBanner(boolean visible) {
        banner.setVisible(visible);
        banner.setManaged(visible);
    }

    private void listenForClicks(WebEngine engine) {
        if (engine.getDocument() == null) {
            return;
        }
        ((EventTarget) engine.getDocument().getDocumentElement()).addEventListener("click", this::clicked, true);
    }

    private void clicked(Event event) {
        for (Node n = (Node) event.getTarget(); n != null; n = n.getParentNode()) {
            if (!(n instanceof Element e)) {
                continue;
            }
            String tag = e.getTagName().toLowerCase(java.util.Locale.ROOT);
            if (tag.equals("input") && e.hasAttribute("data-task-line")) {
                event.preventDefault();
                if (live != null) {
                    model.toggleTask(live, e.getAttribute("data-task-path"),
                            Integer.parseInt(e.getAttribute("data-task-line")));
                }
                return;
            }
            if (tag.equals("a")) {
                event.preventDefault();
                follow(e.getAttribute("href"));
                return;
            }
        }
    }

    /** The page's own hrefs; anything else is an external link, which only http(s) and mailto may be. */
    private void follow(String href) {
        if (href == null || href.isBlank()) {
            return;
        }
        Optional<AppLink> app = AppLinks.parse(href);
        if (app.isPresent()) {
            AppLink link = app.get();
            switch (link.kind()) {
                case NOTE -> model.open(new Place(link.target(), link.line().orElse(0), link.anchor()));
                case HEADING -> link.anchor().ifPresent(this::scrollToAnchor);
                case CREATE -> javafx.application.Platform.runLater(() -> offerToCreate(link.target()));
            }
            return;
        }
        String lower = href.toLowerCase(java.util.Locale.ROOT);
        if ((lower.startsWith("https://") || lower.startsWith("http://") || lower.startsWith("mailto:"))
                && host != null) {
            host.showDocument(href);
        }
    }

    private void offerToCreate(String target) {
        javafx.scene.control.Alert ask = new javafx.scene.control.Alert(
                javafx.scene.control.Alert.AlertType.CONFIRMATION,
                "No note is named “" + target + "” yet. Create it?", javafx.scene.control.ButtonType.CANCEL,
                javafx.scene.control.ButtonType.OK);
        ask.setHeaderText("Create a note");
        ask.initOwner(getScene().getWindow());
        ask.showAndWait().filter(b -> b == javafx.scene.control.ButtonType.OK)
                .ifPresent(b -> model.createNote(target));
    }

    private void scrollToPending() {
        Place p = pendingScroll;
        pendingScroll = null;
        if (p == null) {
            return;
        }
        if (p.line() > 0) {
            scrollToLine(p.line());
        } else {
            p.anchor().ifPresent(this::scrollToAnchor);
        }
    }

    /** The last block starting at or before the line: a line inside a paragraph shows that paragraph. */
    void scrollToLine(int line) {
        web().getEngine().executeScript("""
                (function(line){var best=null;document.querySelectorAll('[data-line]').forEach(function(e){
                  var l=parseInt(e.getAttribute('data-line'));if(l<=line&&(!best||l>=parseInt(best.getAttribute('data-line'))))best=e;});
                  if(best){best.scrollIntoView();best.classList.add('flash');}})(%d)""".formatted(line));
    }

    /** A heading's id, or {@code ^block}: the block's line, which the renderer recorded. */
    private void scrollToAnchor(String anchor) {
        NoteView note = model.noteProperty().get();
        if (anchor.startsWith("^") && note != null) {
            Integer line = note.blockLines().get(anchor.substring(1));
            if (line != null) {
                scrollToLine(line);
            }
            return;
        }
        web().getEngine().executeScript("(function(id){var e=document.getElementById(id);if(e)e.scrollIntoView();})('"
                + anchor.replace("\\", "\\\\").replace("'", "\\'") + "')");
    }

    /** The Note menu: open the file elsewhere. */
    List<MenuItem> actions() {
        MenuItem editor = new MenuItem("Open in default _editor");
        editor.setOnAction(e -> currentFile().ifPresent(f -> host.showDocument(f.toUri().toString())));
        MenuItem reveal = new MenuItem("_Reveal in file manager");
        reveal.setOnAction(e -> currentFile().ifPresent(f -> host.showDocument(f.getParent().toUri().toString())));
        MenuItem obsidian = new MenuItem("Open in _Obsidian");
        obsidian.setOnAction(e -> currentFile().ifPresent(f -> host.showDocument(
                "obsidian://open?path=" + URLEncoder.encode(f.toString(), StandardCharsets.UTF_8).replace("+", "%20"))));
        for (MenuItem item : List.of(editor, reveal, obsidian)) {
            item.disableProperty().bind(model.noteProperty().isNull());
        }
        obsidian.disableProperty().unbind();
        obsidian.disableProperty().bind(model.noteProperty().map(n -> !n.obsidian()).orElse(true));
        return List.of(editor, reveal, obsidian);
    }

    private Optional<Path> currentFile() {
        NoteView note = model.noteProperty().get();
        if (note == null || host == null || model.workspaceProperty().get() == null) {
            return Optional.empty();
        }
        return Optional.of(model.workspaceProperty().get().root().resolve(note.path()));
    }

    WebView webView() {
        return web();
    }
}
