package org.premark.reasoning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExplanationLinksTest {

    static final List<String> OPENERS = List.of("also", "another", "secondly");

    static int link(Clauses c, String[] points, int i) {
        return new ExplanationLinks(c.answer.toString(), c.claims, c.terms, points, FocusMatcherTest.matcher(),
                OPENERS, 2).link(i);
    }

    @Test
    void aConsequenceInTheSameSentenceThatReachesTheFocusExplains() {
        Clauses c = Clauses.of("|the king raised taxes on bread", "so|the poor turned against him");
        assertEquals(1, link(c, new String[] {"taxes", null}, 0));
    }

    @Test
    void aBecauseThatExplainsAnotherEventOfTheStoryDoesNot() {
        Clauses c = Clauses.of("|the king missed the harvest feast", "because|his advisers gave him the wrong day");
        assertEquals(-1, link(c, new String[] {null, "advisers"}, 1));
    }

    @Test
    void thePointGivenAsTheReasonForAnOutcomeBeforeItExplains() {
        Clauses c = Clauses.of("|the nobles rebelled", "because|the king had seized their castles");
        assertEquals(0, link(c, new String[] {null, "castles"}, 1));
    }

    @Test
    void aBareTagAfterADescriptionDoesNot() {
        Clauses c = Clauses.of("|the king seized the castles of the nobles", ".", "this is why|he lost");
        assertEquals(-1, link(c, new String[] {"castles", null}, 0));
    }

    @Test
    void aChainRunsOverTheNextSentencesThatDevelopThePoint() {
        Clauses c = Clauses.of("|the king seized the castles of the nobles", ".",
                "|the nobles had nowhere to live", ".",
                "because|they were homeless", "|they rebelled against the crown");
        assertEquals(3, link(c, new String[] {"castles", null, null, null}, 0));
    }

    @Test
    void aChainStopsAtANewReasonAParagraphOrAnotherPoint() {
        Clauses opener = Clauses.of("|the king seized the castles of the nobles", ".",
                "also|the harvest failed", "so|the peasants rebelled");
        assertEquals(-1, link(opener, new String[] {"castles", null, null}, 0));
        Clauses paragraph = Clauses.of("|the king seized the castles of the nobles", "\n",
                "|the harvest failed", "so|the peasants rebelled");
        assertEquals(-1, link(paragraph, new String[] {"castles", null, null}, 0));
        Clauses other = Clauses.of("|the king seized the castles of the nobles", ".",
                "|the harvest failed", "so|the peasants rebelled");
        assertEquals(-1, link(other, new String[] {"castles", "harvest", null}, 0));
    }

    @Test
    void anOutcomeStatedInThePointsOwnCausalClauseExplains() {
        Clauses c = Clauses.of("|they feared the army", "because|the king's army was too strong so everyone was too scared to rise");
        assertEquals(1, link(c, new String[] {null, "army"}, 1));
    }
}
