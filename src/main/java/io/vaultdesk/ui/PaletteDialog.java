package io.vaultdesk.ui;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;

/**
 * A query field over a result list, as in the quick switcher and full-text search: typing queries in the
 * background (a stale answer is dropped), arrows move in the list, Enter opens, Escape closes.
 */
final class PaletteDialog<T> {
    private final Stage stage = new Stage(StageStyle.UTILITY);
    private final TextField query = new TextField();
    private final ListView<T> results = new ListView<>();
    private final MainViewModel model;
    private final Query<T> search;
    private long request;

    PaletteDialog(Window owner, MainViewModel model, String title, String prompt,
                  Query<T> search, Function<T, Node> cell, Consumer<T> open) {
        this.model = model;
        this.search = search;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(title);
        query.setId("palette-query");
        query.setPromptText(prompt);
        results.setId("palette-results");
        results.setPlaceholder(new Label("Nothing found"));
        results.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                Node graphic = empty || item == null ? null : cell.apply(item);
                if (graphic instanceof javafx.scene.layout.Region r) {
                    r.setMinWidth(0);
                    r.setPrefWidth(0); // follow the list's width; long snippets wrap instead of scrolling
                }
                setGraphic(graphic);
            }
        });
        query.textProperty().addListener((o, was, now) -> refresh(now));
        VBox root = new VBox(6, query, results);
        root.getStyleClass().add("palette");
        root.setStyle("-fx-padding: 10;");
        VBox.setVgrow(results, Priority.ALWAYS);
        Scene scene = new Scene(root, 640, 420);
        if (owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            switch (e.getCode()) {
                case ESCAPE -> stage.close();
                case ENTER -> {
                    T chosen = results.getSelectionModel().getSelectedItem();
                    if (chosen != null) {
                        stage.close();
                        open.accept(chosen);
                    }
                }
                case DOWN -> move(1);
                case UP -> move(-1);
                default -> {
                    return;
                }
            }
            e.consume();
        });
        results.setOnMouseClicked(e -> {
            T chosen = results.getSelectionModel().getSelectedItem();
            if (chosen != null) {
                stage.close();
                open.accept(chosen);
            }
        });
        stage.setScene(scene);
    }

    private void move(int by) {
        int size = results.getItems().size();
        if (size == 0) {
            return;
        }
        int at = Math.max(0, Math.min(size - 1, results.getSelectionModel().getSelectedIndex() + by));
        results.getSelectionModel().select(at);
        results.scrollTo(at);
    }

    private void refresh(String text) {
        long mine = ++request;
        model.run(() -> search.run(text), found -> {
            if (mine == request) {
                results.getItems().setAll(found);
                if (!found.isEmpty()) {
                    results.getSelectionModel().select(0);
                    results.scrollTo(0);
                }
            }
        });
    }

    /** A query of the workspace; it runs off the FX thread. */
    @FunctionalInterface
    interface Query<T> {
        List<T> run(String text) throws Exception;
    }

    void show(String initial) {
        query.setText(initial);
        refresh(initial);
        stage.show();
        query.requestFocus();
    }
}
