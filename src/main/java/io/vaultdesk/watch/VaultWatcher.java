package io.vaultdesk.watch;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryWatcher;
import io.vaultdesk.vault.VaultPaths;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Watches a vault folder recursively with directory-watcher (docs/decisions/0008-file-watching.md) on a thread of
 * its own, and reports vault-relative paths. Dot-folders are neither watched nor reported.
 */
final class VaultWatcher implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(VaultWatcher.class.getName());

    private final DirectoryWatcher watcher;
    private final ExecutorService thread;

    private VaultWatcher(DirectoryWatcher watcher, ExecutorService thread) {
        this.watcher = watcher;
        this.thread = thread;
    }

    /** Returns once every folder is registered: a change made after this returns is seen. */
    /** @param onFailure told when the watcher stops for good (its registration or event loop failed) */
    static VaultWatcher start(Path root, ChangeSink sink, java.util.function.Consumer<Exception> onFailure)
            throws IOException {
        DirectoryWatcher watcher = DirectoryWatcher.builder()
                .path(root)
                .fileHashing(false) // the index hashes what it reads; hashing here would read every file twice
                .fileTreeVisitor(new HiddenFolderSkippingVisitor())
                .listener(new io.methvin.watcher.DirectoryChangeListener() {
                    @Override
                    public void onEvent(DirectoryChangeEvent event) {
                        forward(root, event, sink);
                    }

                    @Override
                    public void onException(Exception e) {
                        LOG.log(Level.WARNING, "file watcher error; rescanning", e);
                        sink.lost("watcher error: " + e.getMessage());
                    }
                })
                .build();
        ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "vaultdesk-watcher");
            t.setDaemon(true);
            return t;
        });
        VaultWatcher started = new VaultWatcher(watcher, thread);
        watcher.watchAsync(thread).whenComplete((done, e) -> {
            if (e != null && !watcher.isClosed()) {
                LOG.log(Level.ERROR, "the file watcher stopped; changes on disk are no longer followed", e);
                onFailure.accept(new IOException("the file watcher stopped: " + e.getMessage(), e));
            }
        });
        return started;
    }

    private static void forward(Path root, DirectoryChangeEvent event, ChangeSink sink) {
        if (event.eventType() == DirectoryChangeEvent.EventType.OVERFLOW) {
            sink.lost("too many changes at once (event overflow)");
            return;
        }
        Path path = event.path();
        if (path == null || !path.startsWith(root) || path.equals(root)) {
            return;
        }
        String relative = VaultPaths.relative(root, path);
        if (!VaultPaths.isInHiddenFolder(relative)) {
            sink.changed(relative);
        }
    }

    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "closing the file watcher", e);
        }
        thread.shutdownNow();
    }
}
