package org.premark.marking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.premark.lang.Lexicon;
import org.premark.notes.Passage;

class SwappedRolesTest {

    private final Terms terms = new Terms(null, Lexicon.english());

    /** Notes of my own on Tudor ministers; "treasury", "navy", "Calais", "Dover" and "rebels" are the things. */
    private final SwappedRoles roles = new SwappedRoles(List.of(
            passage("t.p1", "", "Cromwell, Wolsey and Cranmer served the king. Wolsey and Cromwell both rose fast."),
            passage("t.p2", "", "Cromwell ran the treasury, Wolsey ran the navy; Cranmer wrote books."),
            passage("t.p3", "", "Cromwell kept his house in Calais, while Wolsey kept one in Dover."),
            passage("t.p4", "", "Cromwell and Cranmer disliked each other. The rebels hated Wolsey.")),
            terms, t -> terms.exactTerms("treasury navy Calais Dover rebels books").contains(t), 8, 2);

    private static Passage passage(String id, String heading, String text) {
        return new Passage(id, "t.txt", Integer.parseInt(id.substring(3)), heading, text, 0, text.length());
    }

    @Test
    void namesListedWithOtherNamesInSeveralPlacesArePeople() {
        assertEquals(Set.of(terms.exact("cromwell"), terms.exact("wolsey"), terms.exact("cranmer")), roles.people());
    }

    @Test
    void twoPeopleGivenEachOthersPartAreFound() {
        SwappedRoles.Swap s = roles.find("wolsey ran the treasury and cromwell was in charge of the navy").orElseThrow();
        assertEquals("wolsey", s.person());
        assertEquals("treasury", s.claimed());
        assertEquals("navy", s.noted());
        assertEquals("cromwell", s.other());
        assertEquals("t.p2", s.passageId());
        // Across two sentences too.
        assertTrue(roles.find("Cromwell had a house in Dover. Wolsey had his in Calais.").isPresent());
    }

    @Test
    void theRightWayRoundOrOnePairingAloneIsNoConflict() {
        assertTrue(roles.find("Cromwell ran the treasury and Wolsey ran the navy").isEmpty());
        // One person tied to a thing the notes give another, with no swapped partner: the notes may be incomplete.
        assertTrue(roles.find("Wolsey ran the treasury for years.").isEmpty());
        // Both things for one person: not a swap.
        assertTrue(roles.find("Wolsey ran the treasury and the navy, and Cromwell ran the navy too").isEmpty());
    }

    @Test
    void pairingsTheNotesNeverSetSideBySideAreNoConflict() {
        // The notes tie the rebels to Wolsey and the treasury to Cromwell, but never in one sentence.
        assertTrue(roles.find("The rebels hated Cromwell while Wolsey ran the treasury").isEmpty());
    }

    @Test
    void aListOfNamesIsOneClauseButANewNameAfterOtherWordsStartsAnother() {
        // "Cromwell and Cranmer" share the navy here, one clause; Wolsey, in his own clause, has the treasury.
        assertTrue(roles.find("Wolsey ran the treasury and Cromwell and Cranmer ran the navy").isPresent());
        // With "while" between, Dover stays with the second name.
        assertTrue(roles.find("Wolsey kept a house in Calais while Cromwell kept one in Dover").isPresent());
    }

    @Test
    void theSettingsAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> new SwappedRoles(List.of(), terms, t -> true, 0, 2));
        assertThrows(IllegalArgumentException.class, () -> new SwappedRoles.Swap("a", "", "c", "d", "p"));
    }
}
