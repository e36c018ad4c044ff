package io.vaultdesk.ui;

import static io.vaultdesk.ui.SampleWindow.onFx;
import static io.vaultdesk.ui.SampleWindow.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vaultdesk.app.Workspace;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The panel beside a note: what links here, and whether it waits for the first build. */
@ExtendWith(ApplicationExtension.class)
class NotePanelTest {
    @Test
    void aReadThatFailsDoesNotLeaveThePanelWaitingForTheVault() throws Exception {
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        Background background = new Background(failures::add);
        NotePanel panel = new NotePanel(background);
        // every call fails before it would reach the (absent) workspace behind
        Workspace failing = WorkspaceProxy.of(null, "closed", (method, args) -> {
            throw new IllegalStateException("the index is closed");
        });
        try {
            WaitForAsyncUtils.asyncFx(panel::awaitVault).get();
            assertTrue(onFx(() -> panel.awaitsVault().get()).call());
            WaitForAsyncUtils.asyncFx(() -> panel.load(failing, "Meetings/a.md")).get();
            waitUntil(() -> !failures.isEmpty());
            assertEquals("the index is closed", failures.get(0).getMessage());
            assertTrue(onFx(() -> !panel.awaitsVault().get()).call());
            assertTrue(onFx(() -> panel.backlinks().isEmpty()).call());
        } finally {
            background.shutdown();
        }
    }
}
