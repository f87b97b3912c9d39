package org.premark.reasoning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.premark.lang.Lexicon;

class CounterfactualsTest {

    static final Counterfactuals WORDS = new Counterfactuals(List.of("if", "unless"),
            List.of("would", "wouldnt", "could have"), List.of("without"), List.of("as if"));

    @Test
    void aConditionWithWhatWouldFollowArguesInItsSentence() {
        Clauses c = Clauses.of("|the barons were angry", ".",
                "|if the queen had paid them", "|they would have stayed loyal", ".", "|the harvest failed");
        boolean[] conditional = WORDS.conditional(c.claims);
        assertArrayEquals(new boolean[] {false, true, true, false}, conditional);
        assertArrayEquals(new boolean[] {false, false, true, false}, WORDS.consequences(c.claims, conditional),
                "only the clause that says what would follow ends the link");
    }

    @Test
    void aConditionCutFromItsConsequenceFindsItInTheNextSentence() {
        Clauses c = Clauses.of("|if a lord lost his lands to the crown", ".", "|he wouldn't trust the crown again",
                ".", "|the king went hunting");
        assertArrayEquals(new boolean[] {true, true, false}, WORDS.conditional(c.claims));
    }

    @Test
    void aConditionWithNoConsequenceOrAComparisonIsNoArgument() {
        Clauses c = Clauses.of("|if it rained the fair was held indoors", ".", "|the lords met in the hall", ".",
                "|he spoke to the lords as if they were servants", "|who would obey him");
        assertArrayEquals(new boolean[] {false, false, false, false}, WORDS.conditional(c.claims));
    }

    @Test
    void aClauseOpeningOnWithoutIsAConditionAndItsOwnConsequence() {
        Clauses c = Clauses.of("|without the bishops on his side he had no friends at court", ".",
                "|he left without a word");
        boolean[] conditional = WORDS.conditional(c.claims);
        assertArrayEquals(new boolean[] {true, false}, conditional);
        assertArrayEquals(new boolean[] {true, false}, WORDS.consequences(c.claims, conditional));
    }

    @Test
    void theEnglishListLoads() {
        Clauses c = Clauses.of("|if the letter had been read out", "|the chancellor could have lost his seat");
        assertArrayEquals(new boolean[] {true, true}, Counterfactuals.from(Lexicon.english()).conditional(c.claims));
        assertArrayEquals(new boolean[] {false, false}, Counterfactuals.NONE.conditional(c.claims));
    }

    @Test
    void normaliseDropsApostrophesAndFoldsEveryOtherMarkToOneSpace() {
        assertEquals("if he hadnt gone hed have won", Counterfactuals.normalise("  If he HADN'T gone, he’d have won!! "));
        assertEquals("without a b", Counterfactuals.normalise("Without—a 1917 ' b"));
        assertEquals("", Counterfactuals.normalise(" 12, 3 ... "));
        String[] samples = {"Wouldn't it; be' (odd)?", "ÉCOLE–de l’état", "a''b  c", "", "x\ty\nz", "'start and end'"};
        for (String t : samples) {
            String regex = t.toLowerCase(java.util.Locale.ROOT).replace("'", "").replace("’", "")
                    .replaceAll("[^a-z]+", " ").strip();
            assertEquals(regex, Counterfactuals.normalise(t), t);
        }
    }
}
