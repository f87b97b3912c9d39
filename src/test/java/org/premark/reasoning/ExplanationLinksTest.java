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

    static int linkWith(Clauses c, String[] points, int i, java.util.function.Predicate<org.premark.claims.Claim> rejects) {
        return new ExplanationLinks(c.answer.toString(), c.claims, c.terms, points, FocusMatcherTest.matcher(),
                OPENERS, 2, cl -> false, new BareTags(List.of("reason", "reasons", "why"), 1),
                CounterfactualsTest.WORDS, rejects).link(i);
    }

    /** "If …, … would …" states a cause and its outcome without a causal connective. */
    @Test
    void aConditionLinksThePointToWhatWouldFollow() {
        Clauses split = Clauses.of("|if the king had returned the castles", "|the barons would have kept their support");
        assertEquals(1, linkWith(split, new String[] {"castles", null}, 0, cl -> false));
        assertEquals(-1, link(split, new String[] {"castles", null}, 0), "without the condition words, no link");
        Clauses one = Clauses.of("|the barons would have kept their support if he had not seized the castles");
        assertEquals(0, linkWith(one, new String[] {"castles"}, 0, cl -> false));
        Clauses without = Clauses.of("|without their castles the barons had no reason left for their support");
        assertEquals(0, linkWith(without, new String[] {"castles"}, 0, cl -> false));
        Clauses background = Clauses.of("|the barons withdrew their support after the castles were seized",
                "|and wondered what would happen if he came for their farms");
        assertEquals(-1, linkWith(background, new String[] {null, "farms"}, 1, cl -> false),
                "a focus clause beside the condition is not what would follow from it");
    }

    /** Reasoning by a condition inside a chain is argument, not story: it does not use up the chain's sentences. */
    @Test
    void aConditionalSentenceCarriesTheChainOn() {
        Clauses c = Clauses.of("|the king seized the castles of the nobles", ".",
                "|if a lord lost his home", "|he would look for a new master", ".",
                "|the lords met at the river", ".",
                "|they were angry", "so|they rebelled against the crown");
        String[] points = {"castles", null, null, null, null, null};
        assertEquals(5, linkWith(c, points, 0, cl -> false));
        assertEquals(-1, link(c, points, 0), "counted as story, the sentences run out first");
    }

    /** A focus clause that is itself the cause of the "so" after it explains another event. */
    @Test
    void aFocusClauseThatCausesTheNextEventDoesNotEndTheChain() {
        Clauses cause = Clauses.of("|the king seized the castles of the nobles", ".",
                "|the barons withdrew their support", "so|they built forts of their own");
        assertEquals(-1, link(cause, new String[] {"castles", null, null}, 0));
        Clauses outcome = Clauses.of("|the king seized the castles of the nobles", ".",
                "|the barons had nowhere to live", "so|they withdrew their support");
        assertEquals(2, link(outcome, new String[] {"castles", null, null}, 0));
        Clauses developed = Clauses.of("|the king seized the castles of the nobles", ".",
                "|the barons withdrew their support", "|the castles had been in their families for years",
                "so|they built forts of their own");
        assertEquals(1, link(developed, new String[] {"castles", null, "castles", null}, 0),
                "a sentence that goes on with the point argues it, whatever the order");
        Clauses apart = Clauses.of("|the king seized the castles of the nobles", ".",
                "|the barons withdrew their support", "while|he was abroad", "so|they built forts of their own");
        assertEquals(1, link(apart, new String[] {"castles", null, null, null}, 0),
                "the \"so\" explains the clause right before it, not one further back");
    }

    /** A sentence that raises a reason only to reject it argues against it, so no chain ends there. */
    @Test
    void aSentenceThatRejectsAReasonEndsTheChain() {
        Clauses c = Clauses.of("|the king raised the tax on salt", ".",
                "|some writers claim", "so|the lords rebelled against the crown", "but|i do not agree");
        String[] points = {"salt", null, null, null};
        assertEquals(2, linkWith(c, points, 0, cl -> false));
        assertEquals(-1, linkWith(c, points, 0, cl -> cl.text().contains("do not agree")));
    }

    /** "…, which is why …" joins the consequence to the clause before; even after a denial it is no bare tag. */
    @Test
    void aJoinedWhichIsWhyIsALinkNotATag() {
        Clauses joined = Clauses.of("|the king did not see that the nobles were arming", "which is why|he was turned against");
        assertEquals(1, linkWith(joined, new String[] {"arming", null}, 0, cl -> false));
        Clauses tag = Clauses.of("|the king did not see that the nobles were arming", ".", "that is why|he was turned against");
        assertEquals(-1, linkWith(tag, new String[] {"arming", null}, 0, cl -> false),
                "on its own after a full stop it is a bare tag");
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
