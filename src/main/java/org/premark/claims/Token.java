package org.premark.claims;

import java.util.Objects;

/**
 * One token of an answer.
 *
 * @param text  the token exactly as written ({@code answer.substring(start, end)})
 * @param lemma the lower-case lemma; the lower-cased text when the lemmatizer has none
 * @param pos   the Universal Dependencies part-of-speech tag (NOUN, VERB, AUX, PROPN, PART, PUNCT, ...)
 * @param start offset of the first character in the original answer text
 * @param end   offset after the last character in the original answer text
 */
public record Token(String text, String lemma, String pos, int start, int end) {

    public Token {
        Objects.requireNonNull(text, "text must not be null");
        Objects.requireNonNull(lemma, "lemma must not be null");
        Objects.requireNonNull(pos, "pos must not be null");
        if (text.isEmpty()) {
            throw new IllegalArgumentException("text must not be empty (at offset " + start + ")");
        }
        if (start < 0) {
            throw new IllegalArgumentException("start must be >= 0, got " + start);
        }
        if (end - start != text.length()) {
            throw new IllegalArgumentException("end - start must equal the length of '" + text + "' ("
                    + text.length() + "), got start " + start + " and end " + end);
        }
    }
}
