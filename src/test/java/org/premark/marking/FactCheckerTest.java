package org.premark.marking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.premark.lang.Lexicon;
import org.premark.notes.Passage;

class FactCheckerTest {

    private final Terms terms = new Terms(null, Lexicon.english());
    private final FactChecker checker = new FactChecker(List.of(
            passage("n.p1", "General Secretary of the party", "Appointed in 1922 to coordinate the party."),
            passage("n.p2", "Lenin's funeral 27th January 1924", "Trotsky did not attend. Stalin carried the coffin."),
            passage("n.p3", "", "In 1922 Stalin appointed as party's first General Secretary.")), terms, 1800, 1999);

    private static Passage passage(String id, String heading, String text) {
        return new Passage(id, "n.txt", Integer.parseInt(id.substring(3)), heading, text, 0, text.length());
    }

    @Test
    void aYearTheNotesDoNotGiveForTheConceptConflicts() {
        FactChecker.Conflict c = checker.check("Stalin became General Secretary in 1917",
                terms.exactTerms("general secretary"), "general secretary").orElseThrow();
        assertEquals("1917", c.year());
        assertEquals(Set.of("1922"), c.noteYears());
    }

    @Test
    void headingDatesCount() {
        assertTrue(checker.check("Lenin's funeral in 1930 was organised by Stalin", terms.exactTerms("lenin's funeral"),
                "Lenin's funeral").isPresent());
        assertTrue(checker.check("Lenin's funeral in 1924 was organised by Stalin", terms.exactTerms("lenin's funeral"),
                "Lenin's funeral").isEmpty());
    }

    @Test
    void agreeingOrUndatedClaimsAndUnknownConceptsPass() {
        assertTrue(checker.check("He was General Secretary from 1922", terms.exactTerms("general secretary"), "x").isEmpty());
        assertTrue(checker.check("He was General Secretary", terms.exactTerms("general secretary"), "x").isEmpty());
        assertTrue(checker.check("The NKVD was set up in 1934", terms.exactTerms("nkvd"), "x").isEmpty());
        assertTrue(checker.check("General Secretary in 1921 and 1922", terms.exactTerms("general secretary"), "x").isEmpty());
    }
}
