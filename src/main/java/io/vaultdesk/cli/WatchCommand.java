package io.vaultdesk.cli;

import io.vaultdesk.app.VaultException;
import io.vaultdesk.app.VaultSession;
import io.vaultdesk.watch.AppliedChange;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
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
        VaultSession session = options.open();
        CountDownLatch stopped = new CountDownLatch(1);
        try {
            session.watch(changes -> print(out, changes));
        } catch (VaultException e) {
            closeQuietly(session);
            throw new CliFailure(e.getMessage(), VaultDeskCli.USER_ERROR);
        }
        // Ctrl+C runs the hooks: the watcher stops, the update under way finishes, the index closes cleanly.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            closeQuietly(session);
            stopped.countDown();
        }, "vaultdesk-watch-shutdown"));
        synchronized (out) {
            out.println("{\"ready\": true}");
            out.flush();
        }
        stopped.await();
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
