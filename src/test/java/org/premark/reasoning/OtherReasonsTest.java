package org.premark.reasoning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class OtherReasonsTest {

    static final OtherReasons OTHER = new OtherReasons(1, 2, List.of("also", "another"));
    /** Pretend the notes know these words well and rarely: specific content. */
    static final Predicate<String> SPECIFIC = Set.of("plague", "famine", "castles", "tax", "salt")::contains;

    static List<OtherReasons.Candidate> find(Clauses c, String[] points, Set<Integer> linkEnds) {
        return OTHER.find(c.answer.toString(), c.claims, c.terms, points, linkEnds, FocusMatcherTest.matcher(),
                SPECIFIC, FocusMatcherTest.QUESTION);
    }

    @Test
    void aSpecificCauseLinkedToTheFocusOutsideTheRubricIsNamed() {
        Clauses c = Clauses.of("|the king raised the salt tax", "so|the towns turned against him", ".",
                "another|problem was the plague", "so|the peasants rebelled");
        List<OtherReasons.Candidate> found = find(c, new String[] {"salt-tax", null, null, null}, Set.of(1));
        assertEquals(1, found.size());
        assertEquals("another problem was the plague so the peasants rebelled", found.get(0).text());
        assertEquals(List.of("plague"), found.get(0).specific());
    }

    @Test
    void aVagueCauseIsNotAnotherReason() {
        Clauses c = Clauses.of("|he was just a bad and lazy king", "so|everyone turned against him");
        assertEquals(List.of(), find(c, new String[] {null, null}, Set.of()));
    }

    @Test
    void aSentenceDevelopingAPointJustCreditedBelongsToIt() {
        Clauses c = Clauses.of("|the king seized the castles", ".", "|the nobles lost their homes because of the famine",
                "so|they rebelled");
        assertEquals(List.of(), find(c, new String[] {"castles", null, null}, Set.of()));
    }

    @Test
    void aDescriptionWithoutALinkToTheFocusIsNotAnotherReason() {
        Clauses c = Clauses.of("|there was a famine in 1316");
        assertEquals(List.of(), find(c, new String[] {null}, Set.of()));
    }
}
