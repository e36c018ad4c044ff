package io.vaultdesk.ui;

import io.vaultdesk.app.NonBlocking;
import io.vaultdesk.app.Workspace;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.application.Platform;

/**
 * The UI-never-blocks guard: the window under test gets its workspace through this proxy, which records every
 * call made on the FX thread to a method not marked {@link NonBlocking}. A test fails if any was made.
 */
public final class FxThreadGuard {
    private final List<String> violations = new CopyOnWriteArrayList<>();

    public Workspace wrap(Workspace real) {
        return WorkspaceProxy.of(real, "guarded", (method, args) -> {
            if (Platform.isFxApplicationThread() && !method.isAnnotationPresent(NonBlocking.class)) {
                violations.add(method.getName());
            }
        });
    }

    public List<String> violations() {
        return List.copyOf(violations);
    }
}
