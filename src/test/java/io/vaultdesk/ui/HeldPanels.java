package io.vaultdesk.ui;

import io.vaultdesk.app.Workspace;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A workspace whose reads of a note's panel (backlinks, overview, unlinked mentions) can be held, as a first build
 * holds the index, and are recorded with what the test says of that moment. Rendering a note can be held too.
 */
final class HeldPanels {
    private static final Set<String> PANEL_READS = Set.of("backlinks", "overview", "unlinkedMentions");

    /** One read of a panel: the note's path, and whether the test's condition held when the read began. */
    record PanelRead(String path, boolean conditionHeld) {
    }

    private final List<PanelRead> reads = new CopyOnWriteArrayList<>();
    private volatile CountDownLatch held;
    private volatile CountDownLatch rendersHeld;
    private volatile BooleanSupplier condition = () -> true;

    Workspace wrap(Workspace real) {
        return WorkspaceProxy.of(real, "held", (method, args) -> {
            if (method.getName().equals("backlinks")) {
                reads.add(new PanelRead((String) args[0], condition.getAsBoolean()));
            }
            CountDownLatch latch = PANEL_READS.contains(method.getName()) ? held
                    : method.getName().equals("read") ? rendersHeld : null;
            if (latch != null) {
                latch.await(30, TimeUnit.SECONDS);
            }
        });
    }

    /** Panel reads wait from now until {@link #release}. */
    void hold() {
        held = new CountDownLatch(1);
    }

    /** Notes are rendered ({@code Workspace.read}) only after {@link #release}. */
    void holdRendering() {
        rendersHeld = new CountDownLatch(1);
    }

    void release() {
        for (CountDownLatch latch : new CountDownLatch[] {held, rendersHeld}) {
            if (latch != null) {
                latch.countDown();
            }
        }
        held = null;
        rendersHeld = null;
    }

    /** What each later read records as {@link PanelRead#when}. */
    void recordWhether(BooleanSupplier now) {
        condition = now;
    }

    List<PanelRead> reads() {
        return List.copyOf(reads);
    }
}
