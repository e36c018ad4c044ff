package io.vaultdesk.testing;

import java.util.Optional;

/** Someone at a meeting, and their note when they have one. */
record Participant(String name, Optional<NoteTarget> note) {
}
