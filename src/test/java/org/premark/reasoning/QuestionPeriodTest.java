package org.premark.reasoning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.premark.rubric.LevelScheme;
import org.premark.rubric.Rubric;
import org.premark.rubric.RubricPoint;

class QuestionPeriodTest {

    /** "Why did the railway boom begin?": its causes lie in 1825–1836. */
    static final Rubric RAILWAYS = new Rubric("railway-boom", "Why did a railway boom begin in Britain? [6]", 6, "",
            true, LevelScheme.standard(), List.of(
                    new RubricPoint("first-line", "First passenger line", "A passenger line opened in 1825.",
                            List.of("passenger line"), List.of(), List.of("Trains carried passengers from 1825."),
                            List.of()),
                    new RubricPoint("profits", "Early profits", "Early lines paid large dividends by 1836.",
                            List.of("dividends"), List.of(), List.of(), List.of())));

    static QuestionPeriod period(int tolerance, int minYears) {
        return QuestionPeriod.of(RAILWAYS, tolerance, minYears, 1800, 1999);
    }

    @Test
    void anAnswerWhoseYearsMostlyLieInAnotherPeriodIsOutside() {
        QuestionPeriod.Outside o = period(2, 2).outside("The lines were nationalised in 1948 and many closed in"
                + " 1963 after a report; steam ended in 1968.");
        assertNotNull(o);
        assertEquals(1825, o.from());
        assertEquals(1836, o.to());
        assertEquals(List.of(1948, 1963, 1968), o.years());
    }

    @Test
    void yearsInsideThePeriodOrJustOutsideItKeepTheAnswer() {
        assertNull(period(2, 2).outside("The line of 1825 was followed by another in 1830 and a mania in 1845."),
                "most of its years are the question's");
        assertNull(period(2, 2).outside("Shares rose in 1837 and 1838."), "within the tolerance of the last year");
        assertNotNull(period(0, 2).outside("Shares rose in 1837 and 1838."));
    }

    @Test
    void oneYearOutsideIsNotEnoughEvidence() {
        assertNull(period(2, 2).outside("Steam ended in 1968, and in 1968 the last engine ran."),
                "the same year twice is one year");
        assertNotNull(period(2, 1).outside("Steam ended in 1968."));
        assertNull(period(2, 2).outside("No year at all."));
    }

    @Test
    void numbersThatAreNotYearsAreIgnored() {
        assertNull(period(2, 2).outside("It cost £2000 and carried 3000 people, 12345 tons."));
    }

    @Test
    void aRubricThatGivesFewerThanTwoYearsHasNoPeriod() {
        Rubric undated = new Rubric("undated", "Why did the boom begin?", 6, "", true, LevelScheme.standard(),
                List.of(new RubricPoint("profits", "Profits", "Lines paid in 1836.", List.of("profits"), List.of(), List.of(),
                        List.of())));
        assertNull(QuestionPeriod.of(undated, 2, 2, 1800, 1999));
        assertThrows(IllegalArgumentException.class, () -> QuestionPeriod.of(RAILWAYS, -1, 2, 1800, 1999));
        assertThrows(IllegalArgumentException.class, () -> QuestionPeriod.of(RAILWAYS, 2, 0, 1800, 1999));
    }

    @Test
    void aThinVerdictOutOfPeriodIsAnUnsureZero() {
        OffTopic.Verdict thin = new OffTopic.Verdict(false, true, 6, 1, List.of(), false);
        OffTopic.Verdict v = thin.outOfPeriod(new QuestionPeriod.Outside(1825, 1836, List.of(1948, 1963)), List.of(2));
        assertTrue(v.offTopic());
        assertTrue(v.unsure(), "it names the subject, so the teacher checks the zero");
        assertEquals(List.of(2), v.dropped());
        assertThrows(IllegalStateException.class, () -> OffTopic.Verdict.ON_TOPIC.outOfPeriod(
                new QuestionPeriod.Outside(1825, 1836, List.of(1948, 1963)), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new OffTopic.Verdict(false, true, 6, 1, List.of(), false,
                new QuestionPeriod.Outside(1825, 1836, List.of(1948))));
    }
}
