package io.vaultdesk.ui;

/** What fills the window's centre. */
public enum CentreView {
    /** The reader alone, with the backlinks panel. */
    READER,
    /** The task board, in the reader's and the backlinks panel's room. */
    BOARD,
    /** The meetings table above the reader. */
    MEETINGS,
    /** The list of people, accounts or projects above the reader. */
    ENTITIES,
    /** The Markdown editor with its preview. */
    EDITOR;

    static CentreView of(Section section) {
        return switch (section) {
            case TASKS -> BOARD;
            case MEETINGS -> MEETINGS;
            case PEOPLE, ACCOUNTS, PROJECTS -> ENTITIES;
            case ALL -> READER;
        };
    }
}
