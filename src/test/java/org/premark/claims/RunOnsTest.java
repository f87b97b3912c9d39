package org.premark.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Cutting sentences typed without punctuation, on hand-tagged sentences written for the test. */
class RunOnsTest {

    private static final RunOns RUN_ONS = new RunOns(org.premark.lang.Lexicon.english());

    private static List<String> split(String spec) {
        Answer a = Answer.of(spec);
        return RUN_ONS.split(a.text(), a.sentences()).stream().map(Sentence::text).toList();
    }

    @Test
    void cutsBeforeAnOpenerThatStartsAClause() {
        assertEquals(List.of("the ice melts in the sun", "then the water runs down the hill"),
                split("the/DET ice/NOUN melts/VERB in/ADP the/DET sun/NOUN then/ADV the/DET water/NOUN runs/VERB"
                        + " down/ADP the/DET hill/NOUN"));
    }

    @Test
    void anOpenerInsideAClauseDoesNotCut() {
        assertEquals(List.of("the ice melts in the sun and it then runs down the hill"),
                split("the/DET ice/NOUN melts/VERB in/ADP the/DET sun/NOUN and/CCONJ it/PRON then/ADV runs/VERB"
                        + " down/ADP the/DET hill/NOUN"));
    }

    @Test
    void andBeforeAnOpenerGoesWithTheNewSentence() {
        assertEquals(List.of("the ice melts in the sun", "and then the water runs down the hill"),
                split("the/DET ice/NOUN melts/VERB in/ADP the/DET sun/NOUN and/CCONJ then/ADV the/DET water/NOUN"
                        + " runs/VERB down/ADP the/DET hill/NOUN"));
    }

    @Test
    void cutsBeforeANewSubjectAfterACompleteClause() {
        assertEquals(List.of("the king lost the war", "he fled to the coast"),
                split("the/DET king/NOUN lost/VERB the/DET war/NOUN he/PRON fled/VERB to/ADP the/DET coast/NOUN"));
        assertEquals(List.of("the king lost the war", "Harold fled to the coast"),
                split("the/DET king/NOUN lost/VERB the/DET war/NOUN Harold/PROPN fled/VERB to/ADP the/DET"
                        + " coast/NOUN"));
    }

    @Test
    void aSubjectAfterAVerbIsAComplementNotANewSentence() {
        assertEquals(List.of("the king knew he had lost the war at sea"),
                split("the/DET king/NOUN knew/VERB he/PRON had/AUX lost/VERB the/DET war/NOUN at/ADP sea/NOUN"));
    }

    @Test
    void punctuatedAndShortSentencesStay() {
        Answer a = Answer.of("the/DET king/NOUN lost/VERB the/DET war/NOUN ,/PUNCT he/PRON fled/VERB to/ADP"
                + " the/DET coast/NOUN");
        assertSame(a.sentences(), RUN_ONS.split(a.text(), a.sentences()));
        assertEquals(List.of("he lost he fled"), split("he/PRON lost/VERB he/PRON fled/VERB"));
    }

    @Test
    void partsKeepAFewWordsEach() {
        assertEquals(List.of("the king lost it he fled to the coast"),
                split("the/DET king/NOUN lost/VERB it/PRON he/PRON fled/VERB to/ADP the/DET coast/NOUN"));
    }
}
