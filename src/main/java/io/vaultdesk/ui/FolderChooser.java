package io.vaultdesk.ui;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/** Asks the user for a vault folder. An interface because native choosers cannot run headless. */
@FunctionalInterface
public interface FolderChooser {
    Optional<Path> choose(Window owner);

    static FolderChooser system() {
        return owner -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Open vault");
            return Optional.ofNullable(chooser.showDialog(owner)).map(java.io.File::toPath);
        };
    }
}
