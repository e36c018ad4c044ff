package io.vaultdesk.ui;

import io.vaultdesk.app.Workspace;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/** A workspace that runs a test's hook before each of its calls, then the real one. */
final class WorkspaceProxy {
    /** What runs before a call of the workspace's own methods (not equals, hashCode or toString). */
    @FunctionalInterface
    interface BeforeCall {
        void before(Method method, Object[] args) throws Exception;
    }

    private WorkspaceProxy() {
    }

    static Workspace of(Workspace real, String label, BeforeCall hook) {
        return (Workspace) Proxy.newProxyInstance(Workspace.class.getClassLoader(), new Class<?>[] {Workspace.class},
                (proxy, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return switch (method.getName()) {
                            case "equals" -> proxy == args[0];
                            case "hashCode" -> System.identityHashCode(proxy);
                            default -> label + " " + real;
                        };
                    }
                    hook.before(method, args);
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
