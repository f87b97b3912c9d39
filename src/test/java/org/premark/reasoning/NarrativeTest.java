package org.premark.reasoning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NarrativeTest {

    static final Narrative NARRATIVE = new Narrative(List.of("then", "after", "in", "later", "when"), 5, 0.5, 0.15);

    static Narrative.Verdict decide(Clauses c) {
        return NARRATIVE.decide(c.answer.toString(), c.claims, c.terms, FocusMatcherTest.matcher());
    }

    @Test
    void eventsInOrderWithNoLinkToTheFocusAreANarrative() {
        Clauses c = Clauses.of("|in 1215 the barons met the king at a meadow", ".",
                "then|they wrote a long charter", ".", "|the king sealed it", ".",
                "later|the pope cancelled the charter", ".", "|in 1216 the king died of dysentery", ".",
                "after|that his son was crowned");
        Narrative.Verdict v = decide(c);
        assertTrue(v.narrative());
        assertEquals(6, v.sentences());
        assertEquals(0, v.links());
    }

    @Test
    void theSameStoryWithLinksToTheFocusIsAnArgument() {
        Clauses c = Clauses.of("|in 1215 the barons met the king at a meadow", ".",
                "then|the king broke his promises", "so|the barons turned against him", ".",
                "|in 1216 the king seized their castles", "so|the nobles rebelled against him", ".",
                "later|the pope cancelled the charter", ".", "|in 1216 the king died");
        assertFalse(decide(c).narrative());
    }

    /** A chain argued over several sentences counts in each of them, not only where it reaches the focus. */
    @Test
    void theSentencesOfAnArguedChainCountAsLinks() {
        Clauses c = Clauses.of("|in 1213 the king took the castles of the nobles", ".",
                "|the lords had nowhere to live", ".",
                "then|at the council they turned against him", "so|the king was outvoted", ".",
                "|in 1215 the barons met the king at a meadow", ".",
                "later|the pope cancelled the charter", ".", "|in 1216 the king died", ".",
                "after|that his son was crowned");
        assertTrue(decide(c).narrative(), "one linked sentence in seven is a story");
        Narrative.Verdict argued = NARRATIVE.decide(c.answer.toString(), c.claims, c.terms,
                FocusMatcherTest.matcher(), java.util.Set.of(0, 1, 2));
        assertFalse(argued.narrative());
        assertEquals(3, argued.links());
    }

    @Test
    void aShortAnswerOrOneWithoutStepsInTimeIsNotANarrative() {
        assertFalse(decide(Clauses.of("|in 1215 the barons met the king", ".", "then|they wrote a charter")).narrative());
        Clauses argued = Clauses.of("|the king was greedy", ".", "|the taxes were heavy", ".", "|the barons were angry",
                ".", "|the harvest was poor", ".", "|the church was unhappy");
        assertFalse(decide(argued).narrative());
    }

    @Test
    void aTimeMarkerOpensAStepOnlyWhenATimeFollowsABarePreposition() {
        assertTrue(NARRATIVE.opensWithTimeMarker("In 1924 the king died"));
        assertTrue(NARRATIVE.opensWithTimeMarker("Then the king died"));
        assertFalse(NARRATIVE.opensWithTimeMarker("In his speech the king lied"));
    }

    /** The marker is read after leading punctuation and case, as a whole word, whatever the quick check skips. */
    @Test
    void aTimeMarkerIsAWholeFirstWordAfterPunctuation() {
        assertTrue(NARRATIVE.opensWithTimeMarker("\"Then, the king died"));
        assertTrue(NARRATIVE.opensWithTimeMarker("- LATER the king fled"));
        assertFalse(NARRATIVE.opensWithTimeMarker("Thence the king fled"));
        assertFalse(NARRATIVE.opensWithTimeMarker("The king died then"));
        assertFalse(NARRATIVE.opensWithTimeMarker("Then"));
        assertFalse(NARRATIVE.opensWithTimeMarker("..."));
        assertEquals("later", Narrative.firstWord("- later, the king"));
        assertEquals("", Narrative.firstWord("é!"));
    }
}
