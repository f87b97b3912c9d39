package org.premark.notes;

/** Corrects a misspelt word towards a known vocabulary. */
public interface SpellingCorrector {

    /** The lower-case corrected word, or the word lower-cased when it is known or has no close match. */
    String correct(String word);
}
