package io.vaultdesk.app;

import java.time.Duration;

/** Test settings of an {@link OpenWorkspace} that other packages' tests need. */
public final class TestWorkspaces {
    private TestWorkspaces() {
    }

    /** A first build's partial catalogs after every committed chunk rather than once a second. */
    public static OpenWorkspace partialCatalogsEveryChunk(OpenWorkspace w) {
        w.partialCatalogsEvery(Duration.ZERO);
        return w;
    }
}
