package io.vaultdesk.testing;

import java.time.LocalDate;
import java.util.Optional;

/** The facts about one generated task line that the oracle counts. */
record TaskFact(char status, Optional<String> owner, Optional<LocalDate> due, Priority priority) {

    boolean isDone() {
        return status == 'x' || status == 'X';
    }

    boolean isCancelled() {
        return status == '-';
    }

    /** Every status other than done and cancelled, including in-progress `/` and custom ones, is open. */
    boolean isOpen() {
        return !isDone() && !isCancelled();
    }
}
