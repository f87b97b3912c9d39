package org.premark.reasoning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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

    /** A cause whose clause matched a point its block goes on to earn announces that point. */
    @Test
    void aCauseAnnouncingAPointTheBlockEarnsIsNotAnotherReason() {
        Clauses c = Clauses.of("|the towns turned against him", "because of|the plague in the ports", ".",
                "|the plague killed half the sailors");
        String[] points = {null, null, "plague"};
        String[] matched = {null, "plague", "plague"};
        assertEquals(List.of(), OTHER.find(c.answer.toString(), c.claims, c.terms, points, matched, Set.of(),
                FocusMatcherTest.matcher(), SPECIFIC, FocusMatcherTest.QUESTION));
        // A point the block does not earn (a later rule took it) leaves the cause a reason of the answer's own.
        String[] none = {null, null, null};
        assertEquals(1, OTHER.find(c.answer.toString(), c.claims, c.terms, none, matched, Set.of(),
                FocusMatcherTest.matcher(), SPECIFIC, FocusMatcherTest.QUESTION).size());
        // Nor does a match in another block count.
        Clauses apart = Clauses.of("|the towns turned against him", "because of|the plague in the ports", "\n",
                "|the plague killed half the sailors");
        assertEquals(1, OTHER.find(apart.answer.toString(), apart.claims, apart.terms, points, matched, Set.of(),
                FocusMatcherTest.matcher(), SPECIFIC, FocusMatcherTest.QUESTION).size());
        assertThrows(IllegalArgumentException.class, () -> OTHER.find(c.answer.toString(), c.claims, c.terms,
                points, new String[1], Set.of(), FocusMatcherTest.matcher(), SPECIFIC, FocusMatcherTest.QUESTION));
    }

    @Test
    void aDescriptionWithoutALinkToTheFocusIsNotAnotherReason() {
        Clauses c = Clauses.of("|there was a famine in 1316");
        assertEquals(List.of(), find(c, new String[] {null}, Set.of()));
    }

    @Test
    void aReasonInAParagraphWhereNoPointIsCreditedStandsAlone() {
        Clauses c = Clauses.of("|the king raised the salt tax", "so|the towns turned against him", "\n",
                "|the villages were empty", ".", "|the plague left the lords no one to work the land",
                "so|the lords turned against the king");
        String[] points = {"salt-tax", null, null, null, null};
        List<OtherReasons.Candidate> found = find(c, points, Set.of(1));
        assertEquals(1, found.size());
        int[] block = OTHER.block(c.answer.toString(), c.claims, found.get(0));
        assertEquals(2, block[0], "the block starts at the paragraph break");
        assertEquals(5, block[1]);
        assertEquals(true, OTHER.standsAlone(c.answer.toString(), c.claims, points, found.get(0)));
    }

    @Test
    void aLinkedSentenceInsideAParagraphThatEarnsAPointDoesNotStandAlone() {
        // Three sentences after the credited point, past the development window, but in the same paragraph.
        Clauses c = Clauses.of("|the king seized the castles", ".", "|the nobles were angry", ".",
                "|they met in the forest", ".", "|a famine then struck the north", "so|the lords turned against the king");
        String[] points = {"castles", null, null, null, null};
        List<OtherReasons.Candidate> found = find(c, points, Set.of());
        assertEquals(1, found.size(), "the finder names it for the teacher");
        assertEquals(false, OTHER.standsAlone(c.answer.toString(), c.claims, points, found.get(0)));
    }

    @Test
    void aSentenceOpeningANewReasonStartsABlockWithoutAParagraphBreak() {
        Clauses c = Clauses.of("|the king seized the castles", ".", "another|cause was a famine in the north",
                "so|the lords turned against the king");
        String[] points = {"castles", null, null};
        List<OtherReasons.Candidate> found = find(c, points, Set.of());
        assertEquals(1, found.size());
        assertEquals(1, OTHER.block(c.answer.toString(), c.claims, found.get(0))[0]);
        assertEquals(true, OTHER.standsAlone(c.answer.toString(), c.claims, points, found.get(0)));
    }

    /** Finds listed reasons among the last sentence of a paragraph. */
    static final OtherReasons LISTING = new OtherReasons(1, 2, List.of("also", "another"), List.of("and", "even"),
            List.of("also"), 1);

    static List<OtherReasons.Candidate> listed(OtherReasons finder, Clauses c, String[] points) {
        return finder.listed(c.answer.toString(), c.claims, c.terms, points, Set.of(), SPECIFIC,
                FocusMatcherTest.QUESTION);
    }

    @Test
    void aReasonAddedAtTheEndOfAListIsNamedAsIdentified() {
        Clauses c = Clauses.of("|the king raised the salt tax", ".", "|he seized the castles too", ".",
                "and|the plague emptied the villages");
        List<OtherReasons.Candidate> found = listed(LISTING, c, new String[] {"salt-tax", "castles", null});
        assertEquals(1, found.size());
        assertEquals("and the plague emptied the villages", found.get(0).text());
        assertEquals(List.of("plague"), found.get(0).specific());
    }

    @Test
    void anAddedReasonMayBeMarkedInsideItsFirstClause() {
        Clauses c = Clauses.of("|the king raised the salt tax", ".", "|a famine also struck the north");
        assertEquals(1, listed(LISTING, c, new String[] {"salt-tax", null}).size());
    }

    @Test
    void aListedReasonIsLookedForOnlyWhereTheSettingAllowsIt() {
        OtherReasons off = new OtherReasons(1, 2, List.of("also"), List.of("and"), List.of("also"), 0);
        Clauses c = Clauses.of("|the king raised the salt tax", ".", "and|the plague emptied the villages");
        assertEquals(List.of(), listed(off, c, new String[] {"salt-tax", null}));
    }

    @Test
    void anAddedSentenceThatTheParagraphGoesOnFromIsNotTheTailOfAList() {
        Clauses c = Clauses.of("|the king raised the salt tax", ".", "and|the plague emptied the villages", ".",
                "|the barons met in secret");
        assertEquals(List.of(), listed(LISTING, c, new String[] {"salt-tax", null, null}));
        Clauses own = Clauses.of("|the king raised the salt tax", ".", "and|the plague emptied the villages", "\n",
                "|the barons met in secret");
        assertEquals(1, listed(LISTING, own, new String[] {"salt-tax", null, null}).size(),
                "the paragraph ends at the break");
    }

    @Test
    void anAddedSentenceNeedsAReasonCreditedJustBeforeIt() {
        Clauses c = Clauses.of("|the king raised the salt tax", ".", "|the weather was cold", ".",
                "and|the plague emptied the villages");
        assertEquals(List.of(), listed(LISTING, c, new String[] {"salt-tax", null, null}));
    }

    /** The sentence before credits nothing but is where a credited reason's explanation reached the question. */
    @Test
    void anAddedSentenceMayFollowTheSentenceWhereALinkEnds() {
        Clauses c = Clauses.of("|the king raised the salt tax", ".", "|the towns turned against him", ".",
                "|a famine also struck the north");
        String[] points = {"salt-tax", null, null};
        assertEquals(List.of(), listed(LISTING, c, points), "the sentence before credits nothing and ends no link");
        List<OtherReasons.Candidate> found = LISTING.listed(c.answer.toString(), c.claims, c.terms, points,
                Set.of(1), SPECIFIC, FocusMatcherTest.QUESTION);
        assertEquals(List.of("famine"), found.get(0).specific());
    }

    /** A sentence opening "So …" goes on explaining the reason credited before it: the list goes on after it. */
    @Test
    void anAddedSentenceMayFollowASentenceThatGoesOnExplainingACreditedReason() {
        Clauses c = Clauses.of("|the king raised the salt tax", ".", "so|the merchants paid twice what they had", ".",
                "|a famine also struck the north");
        assertEquals(1, listed(LISTING, c, new String[] {"salt-tax", null, null}).size());
    }

    /** Students often add one line under the reasons they explained, as a paragraph of its own. */
    @Test
    void aOneSentenceParagraphAfterTheReasonsIsAListedReason() {
        Clauses alone = Clauses.of("|the king raised the salt tax", "\n", "|a famine also struck the north");
        List<OtherReasons.Candidate> found = listed(LISTING, alone, new String[] {"salt-tax", null});
        assertEquals(1, found.size());
        assertEquals("a famine also struck the north", found.get(0).text());
        // A paragraph that goes on after its first sentence is a reason of its own, explained or not, not a list.
        Clauses goesOn = Clauses.of("|the king raised the salt tax", "\n", "|a famine also struck the north", ".",
                "|the barons met in secret");
        assertEquals(List.of(), listed(LISTING, goesOn, new String[] {"salt-tax", null, null}));
    }

    @Test
    void aSentenceWithoutAnAddingWordOrWithNothingSpecificIsNotListed() {
        Clauses plain = Clauses.of("|the king raised the salt tax", ".", "|the plague emptied the villages");
        assertEquals(List.of(), listed(LISTING, plain, new String[] {"salt-tax", null}));
        Clauses vague = Clauses.of("|the king raised the salt tax", ".", "and|he was a weak man");
        assertEquals(List.of(), listed(LISTING, vague, new String[] {"salt-tax", null}));
        Clauses point = Clauses.of("|the king raised the salt tax", ".", "even|the castles were seized");
        assertEquals(List.of(), listed(LISTING, point, new String[] {"salt-tax", "castles"}),
                "a sentence that credits a point is that point");
    }

    @Test
    void aSentenceNamingAgainTheReasonItsBlockAnnouncedDevelopsThatReason() {
        // The block opens on the plague, a point is credited in passing, then the plague is linked to the focus.
        Clauses c = Clauses.of("|the king raised the salt tax", "so|the towns turned against him", ".",
                "another|cause was the plague", ".", "|the lords fled to their castles", ".",
                "so|the plague meant the peasants rebelled");
        String[] points = {"salt-tax", null, null, "castles", null};
        List<OtherReasons.Candidate> found = find(c, points, Set.of(1));
        assertEquals(1, found.size());
        assertEquals("so the plague meant the peasants rebelled", found.get(0).text());
        // Without the announcement the same sentence develops the castles just credited.
        Clauses plain = Clauses.of("|the king raised the salt tax", "so|the towns turned against him", ".",
                "|the lords fled to their castles", ".", "so|the plague meant the peasants rebelled");
        assertEquals(List.of(), find(plain, new String[] {"salt-tax", null, "castles", null}, Set.of(1)));
    }
}
