package org.premark.marking;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.premark.rubric.LevelScheme;
import org.premark.rubric.MarkScheme;

class OtherReasonStakeTest {

    private final MarkScheme levels = LevelScheme.standard();

    @Test
    void anAnswerAlreadyAtFullMarksGainsNothingFromAnotherReason() {
        assertFalse(OtherReasonStake.EXPLAINED.changesMark(levels, 2, 0, false, 6));
        assertFalse(OtherReasonStake.IDENTIFIED.changesMark(levels, 2, 1, false, 6));
    }

    @Test
    void aNamedReasonMattersOnlyWhereOneMoreIdentifiedReasonRaisesTheLevel() {
        // One reason named (2): a second makes 3. One explained (4): one named makes 5.
        assertTrue(OtherReasonStake.IDENTIFIED.changesMark(levels, 0, 1, false, 2));
        assertTrue(OtherReasonStake.IDENTIFIED.changesMark(levels, 1, 0, false, 4));
        // Two named (3) stays 3; one explained and one named (5) stays 5.
        assertFalse(OtherReasonStake.IDENTIFIED.changesMark(levels, 0, 2, false, 3));
        assertFalse(OtherReasonStake.IDENTIFIED.changesMark(levels, 1, 1, false, 5));
        // A general answer (1) with one named reason is 2.
        assertTrue(OtherReasonStake.IDENTIFIED.changesMark(levels, 0, 0, true, 1));
    }

    @Test
    void anUncountedExplainedReasonMattersBelowFullMarks() {
        assertTrue(OtherReasonStake.EXPLAINED.changesMark(levels, 0, 2, false, 3));
        assertTrue(OtherReasonStake.EXPLAINED.changesMark(levels, 1, 1, false, 5));
    }

    @Test
    void aCountedReasonMattersWhenTheMarkFallsWithoutIt() {
        // Counted with one rubric reason explained: 6 falls to 4 without it.
        assertTrue(OtherReasonStake.COUNTED.changesMark(levels, 2, 0, false, 6));
        // Counted beside two explained rubric reasons: 6 either way.
        assertFalse(OtherReasonStake.COUNTED.changesMark(levels, 3, 0, false, 6));
    }

    @Test
    void countsThatCannotHoldTheReasonAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> OtherReasonStake.COUNTED.changesMark(levels, 0, 1, false, 2));
        assertThrows(IllegalArgumentException.class, () -> OtherReasonStake.EXPLAINED.changesMark(levels, -1, 0, false, 0));
    }
}
