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

    /** The scan gives what the two patterns it replaced gave, on chosen and on random text. */
    @Test
    void normaliseEqualsThePatternsItReplaced() {
        java.util.regex.Pattern notWord = java.util.regex.Pattern.compile("[^a-z0-9 ]+");
        java.util.regex.Pattern spaces = java.util.regex.Pattern.compile("\\s+");
        java.util.function.UnaryOperator<String> patterns = text -> spaces.matcher(notWord.matcher(
                text.toLowerCase(java.util.Locale.ROOT).replace("’", "").replace("'", "")).replaceAll(" "))
                .replaceAll(" ").strip();
        List<String> chosen = List.of("", " ", "I don't agree", "  It WASN’T  really, (about) money!! ",
                "that\tthe\nking's  debts", "Ünïcödé İstanbul ß 42%", "--a--b--", "'", "’x’ y", "\u00a0a\u2003b\u00a0");
        for (String t : chosen) {
            assertEquals(patterns.apply(t), ClauseOwnership.normalise(t), t);
        }
        java.util.Random random = new java.util.Random(7);
        String alphabet = "aZz09 '’,.-\t\nÉéİ\u00a0ß";
        for (int n = 0; n < 5000; n++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(20); i > 0; i--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertEquals(patterns.apply(b.toString()), ClauseOwnership.normalise(b.toString()), b.toString());
        }
    }
}
