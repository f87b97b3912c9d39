package org.premark.notes;

/** Names of the Lucene fields of a passage document. */
final class NoteFields {

    /** Passage id: the document's stable key for updateDocument and for mapping hits back to passages. */
    static final String ID = "id";
    /** Nearest heading, analysed: card titles carry facts ("44 votes to 10"). */
    static final String HEADING = "heading";
    /** Passage text, analysed. */
    static final String TEXT = "text";

    private NoteFields() {
    }
}
