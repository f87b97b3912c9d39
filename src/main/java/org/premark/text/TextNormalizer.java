package org.premark.text;

/**
 * Prepares an answer, as students type it, for the language models: case that the models can read, sentences
 * and list items that are glued together pulled apart. The result maps every character back to the answer as
 * sent, so spans reported to users stay offsets into the original. Implementations are thread-safe.
 */
public interface TextNormalizer {

    /** Leaves every text as it is. */
    TextNormalizer NONE = Normalized::identity;

    Normalized normalize(String text);
}
