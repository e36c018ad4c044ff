package io.vaultdesk.ui;

import io.vaultdesk.app.BacklinkGroup;
import io.vaultdesk.app.EntityOverview;
import io.vaultdesk.app.UnlinkedGroup;
import io.vaultdesk.app.Workspace;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The open note's side panel, read from the index: the notes that link to it, its plain mentions elsewhere, and
 * for a person, account or project an overview. Used on the FX thread; the reads run on the shared workers.
 */
final class NotePanel {
    private final Background background;
    private final ObservableList<BacklinkGroup> backlinks = FXCollections.observableArrayList();
    private final ObservableList<UnlinkedGroup> unlinked = FXCollections.observableArrayList();
    private final ObjectProperty<Optional<EntityOverview>> overview = new SimpleObjectProperty<>(Optional.empty());
    /** Not read yet because a first build holds the index: it is read when that ends. */
    private final BooleanProperty awaitsVault = new SimpleBooleanProperty(false);
    private final LatestRequest request = new LatestRequest();

    NotePanel(Background background) {
        this.background = background;
    }

    void load(Workspace w, String path) {
        // the wait is over once the read is asked for: a read that fails must not leave the panel saying it waits
        awaitsVault.set(false);
        LatestRequest.Request<Read> r = request.next(
                () -> new Read(w.backlinks(path), w.overview(path), w.unlinkedMentions(path)), read -> {
                    backlinks.setAll(read.backlinks());
                    overview.set(read.overview());
                    unlinked.setAll(read.unlinked());
                });
        background.run(r.work(), r.apply());
    }

    /** Empty, and a read under way will not land. */
    void clear() {
        request.lapse();
        awaitsVault.set(false);
        backlinks.clear();
        unlinked.clear();
        overview.set(Optional.empty());
    }

    /** Empty until the first build ends and {@link #load} is called again. */
    void awaitVault() {
        clear();
        awaitsVault.set(true);
    }

    ObservableList<BacklinkGroup> backlinks() {
        return backlinks;
    }

    ObservableList<UnlinkedGroup> unlinked() {
        return unlinked;
    }

    ObjectProperty<Optional<EntityOverview>> overview() {
        return overview;
    }

    ReadOnlyBooleanProperty awaitsVault() {
        return awaitsVault;
    }

    private record Read(List<BacklinkGroup> backlinks, Optional<EntityOverview> overview,
                        List<UnlinkedGroup> unlinked) {
    }
}
