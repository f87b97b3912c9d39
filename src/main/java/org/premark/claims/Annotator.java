package org.premark.claims;

import java.util.List;

/** The bare NLP pipeline: sentences, tokens, part-of-speech tags and lemmas for an answer. */
public interface Annotator {

    /**
     * Annotates {@code text}; offsets in the result refer to {@code text} itself.
     *
     * @return the sentences in text order; empty for blank text
     * @throws IllegalArgumentException if {@code text} is too long to be an answer
     */
    List<Sentence> annotate(String text);
}
