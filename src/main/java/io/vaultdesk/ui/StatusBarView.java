package io.vaultdesk.ui;

import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Bottom: what the app is doing, and indexing progress with counts while a vault is being read. */
public final class StatusBarView extends HBox {
    public StatusBarView(MainViewModel model) {
        getStyleClass().add("status-bar");
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(model.statusProperty());
        ProgressBar progress = new ProgressBar();
        progress.setId("progress");
        progress.setPrefWidth(180);
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.busyProperty());
        progress.managedProperty().bind(model.busyProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label vault = new Label();
        vault.textProperty().bind(model.catalogProperty().map(c -> c.size() == 0 ? "" : c.size() + (c.size() == 1 ? " note" : " notes")));
        getChildren().addAll(progress, status, gap, vault);
    }
}
