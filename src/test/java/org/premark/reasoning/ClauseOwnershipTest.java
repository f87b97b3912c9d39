package org.premark.reasoning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClauseOwnershipTest {

    static final java.util.Set<String> DENIALS = org.premark.lang.Lexicon.english().words(org.premark.lang.WordList.DENIALS);

    @Test
    void aReasonNamedOnlyToBeRejectedIsNotCredited() {
        Clauses c = Clauses.of("|some historians blame the weather", "but|I don't agree", ".",
                "|the real cause was the tax on salt");
        String[] points = {"weather", null, "salt-tax"};
        assertEquals(List.of(0), ClauseOwnership.apply(c.claims, points, DENIALS));
        assertArrayEquals(new String[] {null, null, "salt-tax"}, points);
    }

    @Test
    void aDenialInThePointsOwnClauseClearsIt() {
        Clauses c = Clauses.of("|the revolt wasnt really about the salt tax", ".", "|it was about the weather");
        String[] points = {"salt-tax", "weather"};
        ClauseOwnership.apply(c.claims, points, DENIALS);
        assertArrayEquals(new String[] {null, "weather"}, points);
    }

    @Test
    void aDenialOpeningTheNextSentenceRejectsThePointBeforeIt() {
        Clauses c = Clauses.of("|many say the harvest failed", ".", "|this is not true", ".", "|the army mutinied");
        String[] points = {"harvest", null, "mutiny"};
        ClauseOwnership.apply(c.claims, points, DENIALS);
        assertArrayEquals(new String[] {null, null, "mutiny"}, points);
    }

    @Test
    void aClauseContinuingReportedSpeechIsADetailOfTheReportingPoint() {
        Clauses c = Clauses.of("|the bishop's letter warned the king about his debts",
                "and|that he should sack his treasurer");
        String[] points = {"bishop-letter", "treasurer"};
        assertEquals(List.of(1), ClauseOwnership.apply(c.claims, points, DENIALS));
        assertArrayEquals(new String[] {"bishop-letter", null}, points);
    }

    @Test
    void twoReasonsInOneSentenceBothStay() {
        Clauses c = Clauses.of("|the king was arrogant", "and|the barons distrusted him",
                "because|he had sided with France");
        String[] points = {"arrogance", null, "france"};
        assertEquals(List.of(), ClauseOwnership.apply(c.claims, points, DENIALS));
        assertArrayEquals(new String[] {"arrogance", null, "france"}, points);
    }
}
