package org.premark.notes;

/** A notes corpus that cannot be used (missing folder, no notes, a binary or non-UTF-8 file); the message names it. */
public final class NotesException extends Exception {

    public NotesException(String message) {
        super(message);
    }

    public NotesException(String message, Throwable cause) {
        super(message, cause);
    }
}
