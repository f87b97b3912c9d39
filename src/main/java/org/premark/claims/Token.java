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

    // The tagger gives Universal Dependencies tags; the Penn Treebank forms are read too, so that the rules of the
    // stages above say what a word is in one place and do not depend on the tag set a model was trained with.

    /** A noun or a proper noun ("ribosome", "Trotsky"). */
    public boolean noun() {
        return pos.equals("NOUN") || pos.equals("PROPN") || pos.startsWith("NN");
    }

    /** A proper noun, a name ("Trotsky", "Moscow"). */
    public boolean properNoun() {
        return pos.equals("PROPN") || pos.startsWith("NNP");
    }

    /** A verb, an auxiliary or a modal ("carries", "was", "could"). */
    public boolean verb() {
        return pos.equals("VERB") || pos.equals("AUX") || pos.startsWith("VB") || pos.equals("MD");
    }

    /** An adverb ("quickly", "then"). */
    public boolean adverb() {
        return pos.equals("ADV") || pos.startsWith("RB");
    }

    /** A preposition or postposition ("into", "of"), or the infinitive "to". */
    public boolean adposition() {
        return pos.equals("ADP") || pos.equals("IN") || pos.equals("TO");
    }

    /** A pronoun ("it", "they", "his"). */
    public boolean pronoun() {
        return pos.equals("PRON") || pos.startsWith("PRP");
    }

    /** A determiner ("the", "a", "this"). */
    public boolean determiner() {
        return pos.equals("DET") || pos.startsWith("DT");
    }

    /** A coordinating conjunction ("and", "but"). */
    public boolean coordinator() {
        return pos.equals("CCONJ") || pos.equals("CC");
    }
}
