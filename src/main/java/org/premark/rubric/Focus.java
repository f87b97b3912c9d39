package org.premark.rubric;

import java.util.List;
import java.util.Objects;

/**
 * What a question asks to be explained, and the words students use when they reach it. A reason is explained
 * only when its causal link ends in the focus ("so the delegates <i>voted for Stalin</i>"), directly or
 * through a chain.
 *
 * @param outcome the outcome to be explained, in a few words ("Trotsky lost the leadership struggle"); "" for none
 * @param words   phrases of 1–5 words that state the outcome or a step straight into it ("lost support",
 *                "outvoted", "too scared to oppose"); empty when the rubric names no focus
 * @param subject what an answer to this question must be about ("Trotsky", "NKVD"): an answer that names none
 *                of these is probably on another question and goes to review; may be empty
 */
public record Focus(String outcome, List<String> words, List<String> subject) {

    /** The most words a focus phrase may have: a phrase names a step, it is not a sentence. */
    public static final int MAX_PHRASE_WORDS = 5;

    /** A rubric without a focus: explanation then only needs a substantive linked clause, as before. */
    public static final Focus NONE = new Focus("", List.of(), List.of());

    /** A focus without a subject. */
    public Focus(String outcome, List<String> words) {
        this(outcome, words, List.of());
    }

    public Focus {
        Objects.requireNonNull(outcome, "outcome");
        outcome = outcome.strip();
        Objects.requireNonNull(words, "words");
        for (String w : words) {
            if (w == null || w.isBlank()) {
                throw new IllegalArgumentException("focus words must not contain blank entries, got " + words);
            }
        }
        words = List.copyOf(words);
        Objects.requireNonNull(subject, "subject");
        for (String w : subject) {
            if (w == null || w.isBlank()) {
                throw new IllegalArgumentException("focus subject must not contain blank entries, got " + subject);
            }
        }
        subject = List.copyOf(subject);
        if (outcome.isEmpty() != words.isEmpty()) {
            throw new IllegalArgumentException("a focus needs both an outcome and words, got '" + outcome + "' and "
                    + words);
        }
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }
}
