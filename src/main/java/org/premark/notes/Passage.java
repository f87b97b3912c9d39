package org.premark.notes;

import java.util.Objects;

/**
 * A card-, bullet- or paragraph-sized piece of one notes file.
 *
 * @param id      file stem + ".p" + ordinal, e.g. {@code 001_0fd55eea29fdbcdc.p7}; stable for the same file content
 * @param source  the notes file name, e.g. {@code 001_0fd55eea29fdbcdc.txt}
 * @param ordinal 1-based position of the passage in its file
 * @param heading the nearest heading above the passage, without {@code ## }; "" if none
 * @param text    the passage text exactly as in the file (bullet markers included, heading line excluded)
 * @param start   offset of {@code text} in the file's text
 * @param end     offset just after {@code text}, so {@code fileText.substring(start, end).equals(text)}
 */
public record Passage(String id, String source, int ordinal, String heading, String text, int start, int end) {

    public Passage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(text, "text");
        if (id.isBlank()) {
            throw new IllegalArgumentException("id must not be blank");
        }
        if (source.isBlank()) {
            throw new IllegalArgumentException("source must not be blank, passage " + id);
        }
        if (ordinal < 1) {
            throw new IllegalArgumentException("ordinal must be >= 1, got " + ordinal + " for passage " + id);
        }
        if (text.isBlank()) {
            throw new IllegalArgumentException("text must not be blank, passage " + id);
        }
        if (start < 0) {
            throw new IllegalArgumentException("start must be >= 0, got " + start + " for passage " + id);
        }
        if (end - start != text.length()) {
            throw new IllegalArgumentException("end - start must equal text length " + text.length() + ", got "
                    + start + ".." + end + " for passage " + id);
        }
    }
}
