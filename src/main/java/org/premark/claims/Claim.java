package org.premark.claims;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One clause-sized statement of an answer.
 *
 * @param index      position among the answer's claims, from 0
 * @param sentence   index of the {@link Sentence} the claim comes from
 * @param text       the claim exactly as written ({@code answer.substring(start, end)}), without the
 *                   punctuation around it; it starts with its connective when that is a word
 * @param start      offset of the first character in the original answer text
 * @param end        offset after the last character in the original answer text
 * @param tokens     the claim's tokens, connective included
 * @param connective the lower-case connective that introduces the claim ("because", "which meant",
 *                   "and", ";" ...), or "" for none
 * @param causal     whether the connective links this claim to a cause or an outcome ("because", "so", "which
 *                   meant", "as a result", "due to", ...): the {@code causal} role in {@code connectives.txt}
 * @param negated    whether the claim's own clause holds a negation cue (not, n't, never, no, none, ...)
 */
public record Claim(int index, int sentence, String text, int start, int end, List<Token> tokens,
                    String connective, boolean causal, boolean negated) {

    public Claim {
        Objects.requireNonNull(text, "text must not be null");
        Objects.requireNonNull(connective, "connective must not be null");
        if (index < 0) {
            throw new IllegalArgumentException("index must be >= 0, got " + index);
        }
        if (sentence < 0) {
            throw new IllegalArgumentException("sentence must be >= 0, got " + sentence);
        }
        if (text.isBlank()) {
            throw new IllegalArgumentException("text must not be blank (claim " + index + ")");
        }
        if (start < 0) {
            throw new IllegalArgumentException("start must be >= 0, got " + start);
        }
        if (end - start != text.length()) {
            throw new IllegalArgumentException("end - start must equal the text length " + text.length()
                    + ", got start " + start + " and end " + end);
        }
        if (!connective.equals(connective.strip().toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("connective must be trimmed lower case, got '" + connective + "'");
        }
        if (causal && connective.isEmpty()) {
            throw new IllegalArgumentException("a causal claim needs its connective (claim " + index + ")");
        }
        tokens = List.copyOf(tokens);
    }
}
