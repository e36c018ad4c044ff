package io.vaultdesk.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * A view's requests of one kind, of which only the latest counts. One replaced before a worker reached it is not
 * run at all (a worker may reach it only after a read that waited for the index); one replaced while it ran is not
 * applied.
 */
final class LatestRequest {
    private final AtomicLong latest = new AtomicLong();

    /** The work and the step that applies its result, for {@link Background}. */
    record Request<T>(Callable<T> work, Consumer<T> apply) {
    }

    /** A new latest request; those before it lapse. */
    <T> Request<T> next(Callable<T> work, Consumer<T> apply) {
        long mine = latest.incrementAndGet();
        return new Request<>(() -> mine != latest.get() ? null : work.call(), result -> {
            if (result != null && mine == latest.get()) {
                apply.accept(result);
            }
        });
    }

    /** Whatever is under way lapses. */
    void lapse() {
        latest.incrementAndGet();
    }
}
