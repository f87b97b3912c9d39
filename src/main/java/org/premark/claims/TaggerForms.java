package org.premark.claims;

import java.util.Locale;

/**
 * The forms of words the part-of-speech tagger is shown. The tagger learnt from edited English, where a word
 * that opens with a small letter and has a capital inside ("tRNA", "mRNA", "eBay") is rare, so it reads one as a
 * symbol or punctuation and misreads the words around it ("tRNA/PUNCT carries/NOUN"). Shown in lower case such a
 * word is read as the noun it is. Only what the tagger and lemmatizer see changes: tokens keep the text as
 * written. Stateless.
 */
final class TaggerForms {

    private TaggerForms() {
    }

    /** {@code words} with each camel-cased word lower-cased; the same array when none is. */
    static String[] of(String[] words) {
        String[] out = words;
        for (int i = 0; i < words.length; i++) {
            if (camelCased(words[i])) {
                if (out == words) {
                    out = words.clone();
                }
                out[i] = words[i].toLowerCase(Locale.ROOT);
            }
        }
        return out;
    }

    /** A word of letters and digits that opens with a small letter and has a capital after it ("tRNA"). */
    static boolean camelCased(String word) {
        if (word.isEmpty() || !Character.isLowerCase(word.codePointAt(0))) {
            return false;
        }
        boolean capital = false;
        for (int i = 0; i < word.length(); ) {
            int c = word.codePointAt(i);
            if (!Character.isLetterOrDigit(c)) {
                return false;
            }
            capital |= Character.isUpperCase(c);
            i += Character.charCount(c);
        }
        return capital;
    }
}
