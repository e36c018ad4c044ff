package io.vaultdesk.ui;

import io.vaultdesk.app.SearchHit;
import io.vaultdesk.app.SwitcherHit;
import io.vaultdesk.app.Workspace;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The two palettes: the quick switcher (Ctrl+O) and full-text search (Ctrl+Shift+F). */
final class Palettes {
    static final int SWITCHER_LIMIT = 50;
    static final int SEARCH_LIMIT = 200;

    private Palettes() {
    }

    static void quickSwitcher(Window owner, MainViewModel model) {
        Workspace w = model.workspaceProperty().get();
        if (w == null) {
            return;
        }
        new PaletteDialog<SwitcherHit>(owner, model, "Open note", "Type a note's name or alias",
                q -> w.switcher(q, SWITCHER_LIMIT), Palettes::switcherCell, h -> model.open(h.note().path()))
                .show("");
    }

    private static Node switcherCell(SwitcherHit hit) {
        Node name = Highlighted.of(hit.matched(), Highlighted.ranges(hit.match().positions()), "hit-title");
        Label where = new Label((hit.alias() ? "alias of " + hit.note().title() + " · " : "") + hit.note().path());
        where.getStyleClass().add("hit-path");
        return new VBox(1, name, where);
    }

    static void search(Window owner, MainViewModel model) {
        Workspace w = model.workspaceProperty().get();
        if (w == null) {
            return;
        }
        new PaletteDialog<SearchHit>(owner, model, "Search", "Search the text of every note (\"a phrase\", words)",
                q -> w.search(q, SEARCH_LIMIT), Palettes::searchCell, h -> model.open(h.note().path()))
                .show("");
    }

    private static Node searchCell(SearchHit hit) {
        VBox box = new VBox(2);
        Label title = new Label(hit.note().title() + "  (" + hit.occurrences() + ")");
        title.getStyleClass().add("hit-title-label");
        box.getChildren().add(title);
        for (SearchHit.Snippet s : hit.snippets()) {
            box.getChildren().add(Highlighted.of(s.text(),
                    s.highlights().stream().map(r -> new int[] {r.start(), r.end()}).toList(), "snippet"));
        }
        Label path = new Label(hit.note().path());
        path.getStyleClass().add("hit-path");
        box.getChildren().add(path);
        return box;
    }
}
