package io.vaultdesk.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/**
 * Runs the views' work off the FX thread: reads, searches, writes. Results come back on the FX thread.
 * Two threads, so a slow search never holds up opening a note.
 */
public final class Background {
    private static final AtomicInteger THREADS = new AtomicInteger();
    private final ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "vaultdesk-ui-worker-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
    });
    private final Consumer<Throwable> onFailure;

    public Background(Consumer<Throwable> onFailure) {
        this.onFailure = onFailure;
    }

    public <T> Task<T> run(Callable<T> work, Consumer<T> onSuccess) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        return submit(task, onSuccess);
    }

    public <T> Task<T> submit(Task<T> task, Consumer<T> onSuccess) {
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> onFailure.accept(task.getException()));
        if (executor.isShutdown()) {
            task.cancel(); // the window is closing: nothing new starts
            return task;
        }
        executor.execute(task);
        return task;
    }

    /** Lets what is queued finish; an interrupt could land inside H2, which closes its file on one. */
    public void shutdown() {
        executor.shutdown();
    }
}
