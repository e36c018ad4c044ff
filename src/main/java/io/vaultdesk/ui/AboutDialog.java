package io.vaultdesk.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/** Version, what VaultDesk is, and the libraries it ships with, each with its licence. */
final class AboutDialog {
    private AboutDialog() {
    }

    static void show(Window owner, String version) {
        StringBuilder libraries = new StringBuilder();
        for (ThirdParty t : ThirdParty.all()) {
            libraries.append(t.name()).append(' ').append(t.version()).append(" — ").append(t.licence()).append('\n');
        }
        TextArea list = new TextArea(libraries.toString().strip());
        list.setId("about-libraries");
        list.setEditable(false);
        list.setWrapText(true);
        list.setPrefRowCount(12);
        Alert a = new Alert(Alert.AlertType.INFORMATION, "A desktop workspace for a vault of Markdown meeting notes.\n"
                + "The vault is the source of truth; the index can always be rebuilt.\n\n"
                + "Runs on Java " + System.getProperty("java.version") + ". Bundled libraries and their licences:");
        a.setTitle("About VaultDesk");
        a.setHeaderText("VaultDesk " + version);
        a.getDialogPane().setExpandableContent(list);
        a.getDialogPane().setExpanded(true);
        a.initOwner(owner);
        a.show();
    }
}
