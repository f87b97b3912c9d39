package org.premark.marking;

/** A stretch of the answer, by character offsets into the original text. */
public record Span(int start, int end, String text) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("span must satisfy 0 <= start <= end, got " + start + ".." + end);
        }
        if (text == null) {
            throw new IllegalArgumentException("text must not be null");
        }
    }
}
