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

    /** A sentence that refers back to the argument carries a chain on, even past the sentences it may cross. */
    @Test
    void aSentenceReferringBackCarriesTheChainOnPastItsLength() {
        Clauses c = Clauses.of("|the king seized the castles of the nobles", ".",
                "|he took their horses too", ".",
                "|he gave the land to his cousins", ".",
                "|a lord treated like this could not trust him", ".",
                "so|the nobles rebelled against the crown");
        String[] points = {"castles", null, null, null, null};
        java.util.function.Predicate<org.premark.claims.Claim> back = cl -> cl.text().contains("like this")
                || cl.connective().equals("so");
        assertEquals(4, new ExplanationLinks(c.answer.toString(), c.claims, c.terms, points,
                FocusMatcherTest.matcher(), OPENERS, 2, back).link(0));
        assertEquals(-1, link(c, points, 0), "without the reference the chain ends after two sentences");
        Clauses plain = Clauses.of("|the king seized the castles of the nobles", ".",
                "|he took their horses too", ".",
                "|he gave the land to his cousins", ".",
                "|the harvest was poor that year", ".",
                "so|the nobles rebelled against the crown");
        assertEquals(-1, new ExplanationLinks(plain.answer.toString(), plain.claims, plain.terms, points,
                FocusMatcherTest.matcher(), OPENERS, 2, back).link(0),
                "a sentence that does not refer back ends the chain once its sentences are used up");
    }

    /** A run-on sentence may reach the outcome and then go on to the next reason: the chain ends in that outcome. */
    @Test
    void aChainEndsInAnOutcomeStatedBeforeTheSentenceMovesOnToAnotherPoint() {
        Clauses c = Clauses.of("|the king seized the castles of the nobles", ".",
                "|the lords lost their homes", "so|the lords turned against him",
                "|the second thing is that the harvest failed");
        assertEquals(2, link(c, new String[] {"castles", null, null, "harvest"}, 0));
        Clauses before = Clauses.of("|the king seized the castles of the nobles", ".",
                "|the harvest failed", "so|the peasants turned against him");
        assertEquals(-1, link(before, new String[] {"castles", "harvest", null}, 0),
                "another point before the outcome still ends the chain");
    }

    /** An outcome followed by "because" and another point is that point's outcome, not the chain's. */
    @Test
    void anOutcomeGivenAnotherPointAsItsReasonDoesNotEndTheChain() {
        Clauses c = Clauses.of("|the king seized the castles of the nobles", ".",
                "so|the peasants turned against him", "because|the harvest had failed");
        assertEquals(-1, link(c, new String[] {"castles", null, "harvest"}, 0));
    }

    /** A closing clause that points at the answer's reasons and only words the outcome is a bare tag. */
    @Test
    void aClosingTagThatOnlyWordsTheOutcomeLinksNothing() {
        Clauses c = Clauses.of("|the king seized the castles of the nobles", ".",
                "so|that is the reason the king was turned against");
        String[] points = {"castles", null};
        BareTags tags = new BareTags(List.of("reason", "reasons", "why"), 1);
        assertEquals(-1, new ExplanationLinks(c.answer.toString(), c.claims, c.terms, points,
                FocusMatcherTest.matcher(), OPENERS, 2, cl -> false, tags).link(0));
        assertEquals(1, link(c, points, 0), "without the summary words the clause reads as an outcome");
        Clauses own = Clauses.of("|the king seized the castles of the nobles", ".",
                "so|that is why the homeless barons turned against him");
        assertEquals(1, new ExplanationLinks(own.answer.toString(), own.claims, own.terms, points,
                FocusMatcherTest.matcher(), OPENERS, 2, cl -> false, tags).link(0),
                "a tag that says something of its own is still an outcome");
    }

    @Test
    void theArguedSentencesRunFromThePointToItsLink() {
        Clauses c = Clauses.of("|in 1215 the king seized the castles of the nobles", ".",
                "|the lords had nowhere to live", ".",
                "so|the lords turned against him", ".",
                "then|the king died");
        ExplanationLinks links = new ExplanationLinks(c.answer.toString(), c.claims, c.terms,
                new String[] {"castles", null, null, null}, FocusMatcherTest.matcher(), OPENERS, 2);
        assertEquals(java.util.Set.of(0, 1, 2), links.arguedSentences());
    }
}
