package io.vaultdesk.testing;

import java.nio.file.Path;

/** A vault written to disk together with the oracle of what indexing it must report. */
public record GeneratedVault(Path root, Expected expected) {
}
