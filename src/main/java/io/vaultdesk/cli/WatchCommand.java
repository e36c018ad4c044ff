package io.vaultdesk.cli;

import io.vaultdesk.app.VaultException;
import io.vaultdesk.app.VaultSession;
import io.vaultdesk.watch.AppliedChange;
import io.vaultdesk.watch.IndexListener;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Bring the index up to date, then keep it so: print {\"ready\": true} once watching, then one"
                + " JSON line per change applied to the index, until interrupted (Ctrl+C)."})
final class WatchCommand implements Callable<Integer> {
    @Mixin
    VaultOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        VaultSession session = options.open();
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicReference<Exception> failure = new AtomicReference<>();
        // Registered first: Ctrl+C even during the catch-up stops the watcher and closes the index cleanly.
        Thread shutdown = new Thread(() -> {
            closeQuietly(session);
            stopped.countDown();
        }, "vaultdesk-watch-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdown);
        try {
            session.watch(new IndexListener() {
                @Override
                public void indexChanged(List<AppliedChange> changes) {
                    print(out, changes);
                }

                @Override
                public void indexFailed(Exception e) {
                    failure.set(e); // never a silent gap: stop, say why, exit non-zero
                    stopped.countDown();
                }
            });
        } catch (VaultException e) {
            throw new CliFailure(e.getMessage(), VaultDeskCli.USER_ERROR);
        }
        synchronized (out) {
            out.println("{\"ready\": true}");
            out.flush();
        }
        stopped.await();
        if (failure.get() != null) {
            err.println("vaultdesk: the index stopped following the vault: " + failure.get().getMessage());
            err.flush();
            return 1;
        }
        return 0;
    }

    private static void print(PrintWriter out, List<AppliedChange> changes) {
        synchronized (out) {
            for (AppliedChange c : changes) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("path", c.change().path());
                line.put("change", c.change().kind().key());
                line.put("latency_ms", c.latencyMillis());
                out.println(Json.write(line));
            }
            out.flush();
        }
    }

    private static void closeQuietly(VaultSession session) {
        try {
            session.close();
        } catch (VaultException e) {
            System.getLogger(WatchCommand.class.getName()).log(System.Logger.Level.WARNING, e.getMessage(), e);
        }
    }
}
