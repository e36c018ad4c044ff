package io.vaultdesk.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/** Back and forward through the places the reader showed, like a browser's. */
public final class History<T> {
    private final Deque<T> back = new ArrayDeque<>();
    private final Deque<T> forward = new ArrayDeque<>();
    private T current;

    /** A new place: what was current goes on the back stack; forward is forgotten. */
    public void visit(T place) {
        if (current != null && !current.equals(place)) {
            back.push(current);
        }
        current = place;
        forward.clear();
    }

    public Optional<T> back() {
        if (back.isEmpty()) {
            return Optional.empty();
        }
        if (current != null) {
            forward.push(current);
        }
        current = back.pop();
        return Optional.of(current);
    }

    public Optional<T> forward() {
        if (forward.isEmpty()) {
            return Optional.empty();
        }
        if (current != null) {
            back.push(current);
        }
        current = forward.pop();
        return Optional.of(current);
    }

    /** The current place is closed: the previous one becomes current, without a forward entry. */
    public Optional<T> close() {
        current = back.isEmpty() ? null : back.pop();
        return Optional.ofNullable(current);
    }

    public void clear() {
        back.clear();
        forward.clear();
        current = null;
    }

    public Optional<T> current() {
        return Optional.ofNullable(current);
    }

    public boolean canGoBack() {
        return !back.isEmpty();
    }

    public boolean canGoForward() {
        return !forward.isEmpty();
    }
}
