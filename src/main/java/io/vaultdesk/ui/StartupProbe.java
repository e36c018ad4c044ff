package io.vaultdesk.ui;

import java.util.Locale;
import javafx.application.Platform;
import javafx.concurrent.Worker;
import javafx.scene.web.WebView;
import javafx.stage.Stage;

/**
 * With {@code -Dvaultdesk.benchmark.startup=true} (bench/startup-benchmark.sh): when the catalog is in the sidebar
 * and the reader has rendered the note the app opens on start, prints one JSON line of milliseconds since launch
 * and quits. Launch is {@code -Dvaultdesk.benchmark.launchedAt} (epoch ms, set by the
 * script before {@code java}), else the process's start time.
 */
final class StartupProbe {
    /** Moments of the launch, each the first time it happens, in order, for the benchmark's breakdown. */
    private static final StringBuilder MARKS = new StringBuilder();
    /**
     * The CPU time the marking thread had used at each mark (the FX thread's but for the vault's opening and the
     * catalog's reading): wall time well above it means the thread waited.
     */
    private static final StringBuilder MARK_CPU = new StringBuilder();
    private static final java.util.Set<String> MARKED = new java.util.HashSet<>();
    /** Read once: the process's start time comes from /proc, which each mark would otherwise read again. */
    private static final long LAUNCHED_AT = launchedAt();
    private long window;
    private long catalog;
    private boolean listening;

    private StartupProbe() {
    }

    /** Notes how far the launch is, when the benchmark asked for the figures. */
    static synchronized void mark(String moment) {
        if (Boolean.getBoolean("vaultdesk.benchmark.startup") && MARKED.add(moment)) {
            MARKS.append(MARKS.length() == 0 ? "" : ", ").append('"').append(moment).append("\": ").append(since());
            MARK_CPU.append(MARK_CPU.length() == 0 ? "" : ", ").append('"').append(moment).append("\": ")
                    .append(java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime()
                            / 1_000_000);
        }
    }

    private static synchronized String marks() {
        return "{\"marks_ms\": {" + MARKS + "}, \"thread_cpu_at_marks_ms\": {" + MARK_CPU + "}}";
    }

    static void attachIfAsked(Stage stage, MainViewModel model) {
        if (Boolean.getBoolean("vaultdesk.benchmark.startup")) {
            new StartupProbe().attach(stage, model);
        }
    }

    private void attach(Stage stage, MainViewModel model) {
        window = stage.isShowing() ? since() : 0;
        stage.setOnShown(e -> window = since());
        // The reader makes its WebView for the first note: listen to it once it is there.
        model.noteProperty().addListener((o, was, now) -> {
            WebView web = (WebView) stage.getScene().lookup("#reader-web");
            if (web != null && !listening) {
                listening = true;
                web.getEngine().getLoadWorker().stateProperty().addListener((p, before, state) -> {
                    if (state == Worker.State.SUCCEEDED && model.noteProperty().get() != null && catalog > 0) {
                        long note = since();
                        System.out.printf(Locale.ROOT, "{\"startup_ms\": %d, \"usable_ms\": %d, \"window_ms\": %d, "
                                + "\"catalog_ms\": %d, \"first_note_ms\": %d}%n", Math.max(window, note),
                                Math.max(window, catalog), window, catalog, note);
                        System.out.println(marks());
                        if (Boolean.getBoolean("vaultdesk.benchmark.threads")) {
                            printThreadCpu();
                        }
                        System.out.flush();
                        Platform.exit();
                    }
                });
            }
        });
        model.catalogProperty().addListener((o, was, now) -> {
            if (catalog == 0 && now.size() > 0) {
                catalog = since();
            }
        });
    }

    /** Every thread's CPU so far, the busiest first: what competed with the window being drawn. */
    private static void printThreadCpu() {
        java.util.StringJoiner out = new java.util.StringJoiner(", ", "{\"thread_cpu_s\": {", "}}");
        io.vaultdesk.app.ThreadCpu.byName().entrySet().stream().filter(e -> e.getValue() >= 0.05)
                .sorted(java.util.Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> out.add(String.format(Locale.ROOT, "\"%s\": %.2f",
                        e.getKey().replace("\\", "\\\\").replace("\"", "\\\""), e.getValue())));
        System.out.println(out);
    }

    /** The launcher script's time before {@code java}, when it passed one; else the process's start. */
    private static long launchedAt() {
        Long script = Long.getLong("vaultdesk.benchmark.launchedAt");
        return script != null ? script
                : ProcessHandle.current().info().startInstant().map(i -> i.toEpochMilli()).orElse(0L);
    }

    private static long since() {
        return System.currentTimeMillis() - LAUNCHED_AT;
    }
}
