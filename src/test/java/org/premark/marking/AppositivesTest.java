package org.premark.marking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.premark.lang.Lexicon;

class AppositivesTest {

    private final Appositives appositives = new Appositives(Lexicon.english());

    @Test
    void anAppositiveNounPhraseGivesItsYearToTheWordsBeforeTheComma() {
        List<Appositives.Tie> ties = appositives.ties(
                "The duke took over as Lord Protector, a title the council handed him in 1547, and ruled for the boy");
        assertEquals(1, ties.size());
        assertEquals("The duke took over as Lord Protector", ties.get(0).head());
        assertEquals("a title the council handed him in 1547", ties.get(0).clause());
        assertEquals("1547", ties.get(0).year());
    }

    @Test
    void relativeClausesAndDashesTieTooWithAMonthBeforeTheYear() {
        assertEquals("1549", appositives.ties("They feared the new prayer book, which was introduced in June 1549")
                .get(0).year());
        assertEquals("Everyone blamed the rebels", appositives.ties("Everyone blamed the rebels - who started the rising on 8 July 1549")
                .get(0).head());
        assertEquals("1553", appositives.ties("the throne (the crown his cousin was given in 1553) was lost")
                .get(0).year());
    }

    @Test
    void aYearOfAnotherClauseIsNotTiedToTheNounPhrase() {
        // The year comes after "and": a clause of its own.
        assertTrue(appositives.ties("He became Lord Protector, a post that gave him power and in 1549 he fell").isEmpty());
        // The year is in the next comma chunk, which opens on no article or relative pronoun.
        assertTrue(appositives.ties("He became Lord Protector, a post that gave him power, then in 1549 he fell")
                .isEmpty());
        // The year dates the death, an event of its own after "when".
        assertTrue(appositives.ties("He was Lord Protector, a post he held when he died in 1552").isEmpty());
        // The clause says when the thing lasted to, or only that it existed, not when it began.
        assertTrue(appositives.ties("He was Lord Protector, a post he kept until 1549").isEmpty());
        assertTrue(appositives.ties("He was Lord Protector, a post he enjoyed in 1548").isEmpty());
        // A comma splice that opens on a name is no appositive.
        assertTrue(appositives.ties("He became Lord Protector, Somerset was given the job in 1547").isEmpty());
        assertTrue(appositives.ties("No comma here and a title given in 1547").isEmpty());
    }

    @Test
    void aTieNeedsAYear() {
        assertThrows(IllegalArgumentException.class, () -> new Appositives.Tie("head", "a clause", "15x7"));
    }
}
