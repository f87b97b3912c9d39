package org.premark.claims;

import java.util.List;
import java.util.Objects;

/**
 * One sentence of an answer.
 *
 * @param index  position among the answer's sentences, from 0
 * @param text   the sentence exactly as written ({@code answer.substring(start, end)})
 * @param start  offset of the first character in the original answer text
 * @param end    offset after the last character in the original answer text
 * @param tokens the sentence's tokens in order, all inside {@code [start, end)}
 */
public record Sentence(int index, String text, int start, int end, List<Token> tokens) {

    public Sentence {
        Objects.requireNonNull(text, "text must not be null");
        if (index < 0) {
            throw new IllegalArgumentException("index must be >= 0, got " + index);
        }
        if (start < 0) {
            throw new IllegalArgumentException("start must be >= 0, got " + start);
        }
        if (end - start != text.length()) {
            throw new IllegalArgumentException("end - start must equal the text length " + text.length()
                    + ", got start " + start + " and end " + end);
        }
        tokens = List.copyOf(tokens);
        for (Token t : tokens) {
            if (t.start() < start || t.end() > end) {
                throw new IllegalArgumentException("token '" + t.text() + "' at " + t.start() + "-" + t.end()
                        + " lies outside sentence " + index + " at " + start + "-" + end);
            }
        }
    }
}
