package io.vaultdesk.ui;

import io.vaultdesk.app.VaultCatalog;
import io.vaultdesk.app.meeting.EntityDraft;
import io.vaultdesk.index.IndexedNote;
import io.vaultdesk.vault.NoteKind;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** New person, account or project: a name, and for a person a role and company, for a project its account. */
final class NewEntityDialog extends Dialog<EntityDraft> {
    private final ComboBox<NoteKind> kind = new ComboBox<>();
    private final TextField name = new TextField();
    private final TextField role = new TextField();
    private final ComboBox<String> account = new ComboBox<>();

    NewEntityDialog(Window owner, VaultCatalog catalog, NoteKind initial) {
        initOwner(owner);
        setTitle("New note");
        setHeaderText("A person, an account or a project, in its own folder");
        kind.setId("entity-kind");
        kind.getItems().setAll(NoteKind.PERSON, NoteKind.ACCOUNT, NoteKind.PROJECT);
        kind.setValue(initial);
        kind.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(NoteKind k) {
                return k == null ? "" : switch (k) {
                    case PERSON -> "Person";
                    case ACCOUNT -> "Account";
                    default -> "Project";
                };
            }

            @Override
            public NoteKind fromString(String s) {
                return null;
            }
        });
        name.setId("entity-name");
        name.setPrefColumnCount(28);
        role.setId("entity-role");
        account.setId("entity-account");
        account.setEditable(true);
        account.getItems().setAll(catalog.notes(NoteKind.ACCOUNT).stream().map(IndexedNote::name).toList());
        Label roleLabel = new Label("Role");
        Label accountLabel = new Label("Company");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(10));
        grid.addRow(0, new Label("Kind"), kind);
        grid.addRow(1, new Label("Name"), name);
        grid.addRow(2, roleLabel, role);
        grid.addRow(3, accountLabel, account);
        Runnable fit = () -> {
            NoteKind k = kind.getValue();
            roleLabel.setVisible(k == NoteKind.PERSON);
            role.setVisible(k == NoteKind.PERSON);
            accountLabel.setText(k == NoteKind.PERSON ? "Company" : "Account");
            accountLabel.setVisible(k != NoteKind.ACCOUNT);
            account.setVisible(k != NoteKind.ACCOUNT);
        };
        kind.valueProperty().addListener((o, was, now) -> fit.run());
        fit.run();
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Button ok = (Button) getDialogPane().lookupButton(ButtonType.OK);
        ok.setText("Create");
        ok.disableProperty().bind(name.textProperty().isEmpty());
        setResultConverter(b -> b != ButtonType.OK ? null : new EntityDraft(kind.getValue(), name.getText(),
                kind.getValue() == NoteKind.PERSON ? Optional.of(role.getText()) : Optional.empty(),
                kind.getValue() == NoteKind.ACCOUNT ? Optional.empty()
                        : Optional.ofNullable(account.getEditor().getText())));
        setOnShown(e -> name.requestFocus());
    }
}
