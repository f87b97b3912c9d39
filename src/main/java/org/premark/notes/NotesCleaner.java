package org.premark.notes;

/** Turns raw revision notes (web-page text with clutter) into the corpus format described in docs/notes.md. */
public interface NotesCleaner {

    /** Returns the cleaned text; cleaning cleaned text gives the same text. */
    String clean(String raw);
}
