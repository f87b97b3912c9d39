package org.premark.marking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.premark.lang.Lexicon;
import org.premark.rubric.Focus;
import org.premark.rubric.LevelScheme;
import org.premark.rubric.Rubric;
import org.premark.rubric.RubricPoint;

class OutcomeCuesTest {

    private static final Terms TERMS = new Terms(null, Lexicon.english());

    private static RubricPoint point(String id, String label, String... cues) {
        return new RubricPoint(id, label, label + ".", List.of(cues), List.of(), List.of(), List.of());
    }

    private static Rubric rubric(Focus focus, RubricPoint... points) {
        return new Rubric("weavers", "Why did the weavers' guild lose its charter? [6]", 6, "", true,
                LevelScheme.standard(), List.of(points), focus);
    }

    private static final Focus LOST = new Focus("the guild lost its charter",
            List.of("banished", "stripped of", "charter revoked", "nobody left to defend"));

    @Test
    void aCueThatOnlyTellsHowTheStoryEndedIsDroppedFromAReason() {
        Rubric r = rubric(LOST,
                point("price-rigging", "Rigging the price of cloth", "fixed cloth prices", "banished in 1352",
                        "banished from the town"),
                point("plague", "Plague killed the masters", "masters died of plague", "the town emptied"));
        Rubric dropped = OutcomeCues.drop(r, TERMS);
        assertEquals(List.of("fixed cloth prices"), dropped.points().get(0).cues(),
                "a year and the town (which another point names) are no words of the reason's own");
        assertSame(r.points().get(1), dropped.points().get(1));
    }

    @Test
    void aPointNamedAfterTheOutcomeAndAReasonWithNothingElseKeepTheirCues() {
        Rubric r = rubric(LOST,
                point("defenders", "Nobody left to defend the guild", "nobody left to defend", "masters banished"),
                point("exile", "Exile of the wardens", "banished in 1352"));
        assertSame(r, OutcomeCues.drop(r, TERMS), "the first is named after the outcome; the second would lose all");
        Rubric noFocus = rubric(Focus.NONE, point("price-rigging", "Rigging the price of cloth", "banished in 1352",
                "fixed cloth prices"));
        assertSame(noFocus, OutcomeCues.drop(noFocus, TERMS));
    }

    @Test
    void aCueWithAWordOfItsOwnBesideTheOutcomeStays() {
        Set<String> outcome = Set.copyOf(TERMS.exactTerms("banished"));
        assertTrue(OutcomeCues.outcomeOnly(TERMS.exactTerms("banished in 1352"), outcome, Set.of(), Set.of()));
        assertFalse(OutcomeCues.outcomeOnly(TERMS.exactTerms("banished for rigging prices"), outcome, Set.of(),
                Set.of()));
        assertFalse(OutcomeCues.outcomeOnly(TERMS.exactTerms("fixed cloth prices"), outcome, Set.of(), Set.of()),
                "no word of the outcome at all");
    }
}
