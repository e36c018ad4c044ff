package io.vaultdesk.ui;

import io.vaultdesk.app.VaultCatalog;
import io.vaultdesk.app.meeting.MeetingDraft;
import io.vaultdesk.app.meeting.MeetingFileName;
import io.vaultdesk.app.meeting.MeetingTemplate;
import io.vaultdesk.index.IndexedNote;
import io.vaultdesk.vault.NoteKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import org.controlsfx.control.textfield.TextFields;

/**
 * New meeting (Ctrl+N): title, date (today), account and participants completed from the vault's account and
 * people notes; where meetings go and which template fills them are remembered with the settings.
 */
final class NewMeetingDialog extends Dialog<MeetingDraft> {
    static final String FOLDER = "meetings.folder";
    static final String TEMPLATE = "meetings.template";

    private final TextField title = new TextField();
    private final DatePicker date = new DatePicker(LocalDate.now());
    private final ComboBox<String> account = new ComboBox<>();
    private final TextField participant = new TextField();
    private final ObservableList<String> participants = FXCollections.observableArrayList();
    final TextField folder = new TextField();
    final TextField template = new TextField();

    NewMeetingDialog(Window owner, VaultCatalog catalog, String folderSetting, String templateSetting) {
        initOwner(owner);
        setTitle("New meeting");
        setHeaderText("A meeting note with the sections of your template");
        title.setId("meeting-title");
        title.setPromptText("What the meeting is about");
        date.setId("meeting-date");
        account.setId("meeting-account");
        account.setEditable(true);
        account.setPromptText("Account (optional)");
        account.getItems().setAll(names(catalog, NoteKind.ACCOUNT));
        account.setMaxWidth(Double.MAX_VALUE);
        List<String> people = names(catalog, NoteKind.PERSON);
        participant.setId("meeting-participant");
        participant.setPromptText("Type a name, Enter to add");
        TextFields.bindAutoCompletion(participant, people);
        participant.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                addParticipant();
                e.consume();
            }
        });
        Button add = new Button("Add");
        add.setOnAction(e -> addParticipant());
        ListView<String> chosen = new ListView<>(participants);
        chosen.setId("meeting-participants");
        chosen.setPrefHeight(110);
        chosen.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                participants.remove(chosen.getSelectionModel().getSelectedItem());
            }
        });
        chosen.setPlaceholder(new Label("No participants yet"));
        folder.setId("meeting-folder");
        folder.setText(folderSetting);
        folder.setPromptText(MeetingFileName.DEFAULT_FOLDER);
        template.setId("meeting-template");
        template.setText(templateSetting);
        template.setPromptText(MeetingTemplate.DEFAULT_PATH);
        GridPane where = new GridPane();
        where.setHgap(8);
        where.setVgap(6);
        where.addRow(0, new Label("Folder"), folder);
        where.addRow(1, new Label("Template"), template);
        TitledPane options = new TitledPane("Where it goes", where);
        options.setExpanded(false);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(10));
        grid.addRow(0, new Label("Title"), title);
        grid.addRow(1, new Label("Date"), date);
        grid.addRow(2, new Label("Account"), account);
        grid.addRow(3, new Label("Participants"), new HBox(6, participant, add));
        grid.add(chosen, 1, 4);
        grid.add(options, 0, 5, 2, 1);
        title.setPrefColumnCount(32);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(title.textProperty().isEmpty()
                .or(date.valueProperty().isNull()));
        ((Button) getDialogPane().lookupButton(ButtonType.OK)).setText("Create");
        setResultConverter(b -> b == ButtonType.OK ? draft() : null);
        setOnShown(e -> title.requestFocus());
    }

    private void addParticipant() {
        String name = participant.getText().strip();
        if (!name.isEmpty() && !participants.contains(name)) {
            participants.add(name);
        }
        participant.clear();
    }

    MeetingDraft draft() {
        addParticipant(); // a name typed but not yet added counts
        String a = account.getEditor().getText();
        return new MeetingDraft(title.getText(), date.getValue(), Optional.ofNullable(a), List.copyOf(participants));
    }

    private static List<String> names(VaultCatalog catalog, NoteKind kind) {
        return catalog.notes(kind).stream().map(IndexedNote::name).sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }
}
