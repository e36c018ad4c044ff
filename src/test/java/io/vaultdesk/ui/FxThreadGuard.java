package io.vaultdesk.ui;

import io.vaultdesk.app.NonBlocking;
import io.vaultdesk.app.Workspace;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
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
        return (Workspace) Proxy.newProxyInstance(Workspace.class.getClassLoader(), new Class<?>[] {Workspace.class},
                (proxy, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return switch (method.getName()) {
                            case "equals" -> proxy == args[0];
                            case "hashCode" -> System.identityHashCode(proxy);
                            default -> "guarded " + real;
                        };
                    }
                    if (Platform.isFxApplicationThread() && !method.isAnnotationPresent(NonBlocking.class)) {
                        violations.add(method.getName());
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    public List<String> violations() {
        return List.copyOf(violations);
    }
}
