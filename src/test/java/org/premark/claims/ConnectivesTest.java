package org.premark.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.premark.lang.Lexicon;

/** The connective table and its context rules over hand-tagged token lists. */
class ConnectivesTest {

    private static final Lexicon LEXICON = Lexicon.english();
    private static final Connectives CONNECTIVES = new Connectives(LEXICON, new Clauses(LEXICON));

    private static Connectives.Match at(String spec, int i) {
        return CONNECTIVES.at(Answer.tokens(spec), i);
    }

    @Test
    void longestPhraseWins() {
        Connectives.Match m = at("As/ADP a/DET result/NOUN of/ADP this/PRON Stalin/PROPN won/VERB", 0);
        assertEquals("as a result of this", m.connective());
        assertEquals(5, m.length());
        assertEquals("because of", at("because/SCONJ of/ADP this/PRON", 0).connective());
        assertEquals("which meant", at("which/PRON meant/VERB he/PRON won/VERB", 0).connective());
        assertEquals("this led to", at("this/PRON led/VERB to/ADP his/PRON fall/NOUN", 0).connective());
        assertEquals("that is why", at("that/PRON 's/AUX why/ADV he/PRON won/VERB", 0).connective());
    }

    @Test
    void causalAndNonCausalConnectives() {
        for (String c : List.of("because", "because of", "as a result", "as a result of", "as a result of this",
                "so", "so that", "therefore", "thus", "hence", "this meant", "which meant", "meaning",
                "which allowed", "this allowed", "allowing", "which led to", "this led to", "leading to",
                "led to", "resulting in", "consequently", "due to", "since", "as", "in order to", "which made",
                "this made", "this gave", "which gave", "enabling", "enabled")) {
            assertTrue(CONNECTIVES.isCausal(c), c);
        }
        for (String c : List.of("", "and", "but", "while", "whereas", "although", "however", "also", "then",
                "first", "later", ";", ":")) {
            assertFalse(CONNECTIVES.isCausal(c), c);
        }
    }

    @Test
    void misspellingsAndSymbolsMapToTheirConnective() {
        assertEquals("because", at("he/PRON won/VERB becuase/SCONJ he/PRON was/AUX clever/ADJ", 2).connective());
        assertEquals("because", at("he/PRON won/VERB cos/SCONJ he/PRON was/AUX clever/ADJ", 2).connective());
        assertEquals("therefore", at("therfore/ADV he/PRON won/VERB", 0).connective());
        assertEquals("and", at("he/PRON won/VERB &/CCONJ they/PRON lost/VERB", 2).connective());
    }

    @Test
    void soRules() {
        assertEquals("so", at("he/PRON was/AUX clever/ADJ so/ADV he/PRON won/VERB", 3).connective());
        assertEquals("so that", at("he/PRON lied/VERB so/SCONJ that/SCONJ he/PRON won/VERB", 2).connective());
        assertNull(at("the/DET so/ADV -/PUNCT called/VERB Left/PROPN", 1));
        assertNull(at("not/PART so/ADV popular/ADJ", 1));
        assertNull(at("he/PRON did/VERB so/ADV", 2));
        assertNull(at("a/DET year/NOUN or/CCONJ so/ADV later/ADV he/PRON won/VERB", 3));
        assertNull(at("he/PRON thought/VERB so/ADV ./PUNCT", 2));
        assertNull(at("he/PRON was/AUX so/ADV clever/ADJ that/SCONJ he/PRON won/VERB", 2));
        assertNull(at("he/PRON had/VERB so/ADV much/ADJ power/NOUN", 2));
        assertNull(at("purges/NOUN ,/PUNCT trials/NOUN and/CCONJ so/ADV on/ADP", 4));
        // a mis-tagged subject after "so" still starts a clause
        assertEquals("so", at("he/PRON was/AUX ill/ADJ so/ADV trotsky/ADJ lost/VERB", 3).connective());
    }

    @Test
    void thenFirstAndLaterOnlyAsSentenceAdverbs() {
        assertEquals("then", at("then/ADV he/PRON joined/VERB Bukharin/PROPN", 0).connective());
        assertNull(at("since/ADP then/ADV he/PRON ruled/VERB", 1));
        assertNull(at("the/DET first/ADJ leader/NOUN", 1));
        assertNull(at("at/ADP first/ADV he/PRON waited/VERB", 1));
        assertNull(at("the/DET later/ADJ purges/NOUN", 1));
        assertNull(at("until/SCONJ then/ADV he/PRON waited/VERB", 1));
        assertNull(at("by/ADP then/ADV he/PRON had/VERB lost/VERB", 1));
    }

    @Test
    void whileOnlyAsAContrast() {
        assertEquals("while", at("Stalin/PROPN stayed/VERB while/SCONJ Trotsky/PROPN left/VERB", 2).connective());
        assertNull(at("for/ADP a/DET while/NOUN he/PRON waited/VERB", 2));
        assertNull(at("after/ADP a/DET little/ADJ while/NOUN he/PRON won/VERB", 3));
    }

    @Test
    void verbConnectivesNeedTheirCausalSense() {
        assertNull(at("he/PRON was/AUX led/VERB to/PART believe/VERB it/PRON", 2));
        assertEquals("led to", at("this/DET alliance/NOUN led/VERB to/ADP victory/NOUN", 2).connective());
        assertNull(at("the/DET meaning/NOUN of/ADP it/PRON", 1));
        assertEquals("meaning", at("he/PRON won/VERB ,/PUNCT meaning/VERB Trotsky/PROPN lost/VERB", 3)
                .connective());
    }
}
