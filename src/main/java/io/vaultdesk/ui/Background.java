package io.vaultdesk.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/**
 * Runs the views' work off the FX thread: reads, searches, writes. Results come back on the FX thread.
 * Two shared threads, so that one slow search does not hold up the rest.
 * <p>
 * Work that never touches the index (rendering a note from its file, filtering the sidebar's list in memory) runs
 * on a third thread, which those share ({@link #runBesideIndex}): a read of the index waits while a first build
 * holds it, and two such reads took both shared threads, so a note clicked then showed only when the build ended.
 */
public final class Background {
    private static final AtomicInteger THREADS = new AtomicInteger();
    private final ExecutorService executor = Executors.newFixedThreadPool(2, r -> thread(r, "vaultdesk-ui-worker-"));
    private final ExecutorService besideIndex = Executors.newSingleThreadExecutor(r -> thread(r, "vaultdesk-ui-beside-index-"));
    private final Consumer<Throwable> onFailure;

    public Background(Consumer<Throwable> onFailure) {
        this.onFailure = onFailure;
    }

    public <T> Task<T> run(Callable<T> work, Consumer<T> onSuccess) {
        return submit(task(work), onSuccess);
    }

    public <T> Task<T> submit(Task<T> task, Consumer<T> onSuccess) {
        return submit(executor, task, onSuccess);
    }

    /** For work that never touches the index: rendering a note from its file, filtering a list in memory. */
    public <T> Task<T> runBesideIndex(Callable<T> work, Consumer<T> onSuccess) {
        return submit(besideIndex, task(work), onSuccess);
    }

    private static <T> Task<T> task(Callable<T> work) {
        return new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
    }

    private <T> Task<T> submit(ExecutorService on, Task<T> task, Consumer<T> onSuccess) {
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> onFailure.accept(task.getException()));
        if (on.isShutdown()) {
            task.cancel(); // the window is closing: nothing new starts
            return task;
        }
        on.execute(task);
        return task;
    }

    /** Lets what is queued finish; an interrupt could land inside H2, which closes its file on one. */
    public void shutdown() {
        executor.shutdown();
        besideIndex.shutdown();
    }

    private static Thread thread(Runnable r, String prefix) {
        Thread t = new Thread(r, prefix + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
    }
}
