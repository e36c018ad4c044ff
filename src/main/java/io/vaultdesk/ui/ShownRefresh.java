package io.vaultdesk.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * A view that reads again when the vault changes, but only while it is on screen: a change while hidden marks it
 * stale, and it reads when it is next shown.
 */
final class ShownRefresh {
    private final BooleanProperty showing = new SimpleBooleanProperty(false);
    private final Runnable reload;
    private boolean stale = true;

    ShownRefresh(Runnable reload) {
        this.reload = reload;
        showing.addListener((o, was, now) -> {
            if (now && stale) {
                run();
            }
        });
    }

    void invalidate() {
        stale = true;
        if (showing.get()) {
            run();
        }
    }

    /** Reads now, whether shown or not (a filter changed). */
    void run() {
        stale = false;
        reload.run();
    }

    BooleanProperty showingProperty() {
        return showing;
    }
}
