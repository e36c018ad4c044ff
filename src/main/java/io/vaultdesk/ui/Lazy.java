package io.vaultdesk.ui;

import java.util.function.Supplier;

/** A view built the first time it is asked for, on the FX thread: launch only pays for what it shows. */
final class Lazy<T> {
    private final Supplier<T> build;
    private T value;

    Lazy(Supplier<T> build) {
        this.build = build;
    }

    T get() {
        if (value == null) {
            value = build.get();
        }
        return value;
    }

    boolean isBuilt() {
        return value != null;
    }
}
