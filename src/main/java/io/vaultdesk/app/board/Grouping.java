package io.vaultdesk.app.board;

/** Which grouping the board's lanes follow; the other one groups the cards inside each lane. */
public enum Grouping {
    /** A lane per owner, a column per due bucket. */
    OWNER_FIRST,
    /** A lane per due bucket, the owners' cards grouped inside it. */
    DUE_FIRST
}
