package org.premark.marking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.premark.lang.Lexicon;
import org.premark.notes.Passage;

class AllianceMembersTest {

    private final Terms terms = new Terms(null, Lexicon.english());

    /** Invented notes on a guild quarrel: the masons, the carters and the weavers took sides. */
    private final List<Passage> notes = List.of(
            passage("g.p1", "", "Harlow, Fenwick and Marsh formed an alliance to keep Tolland off the guild council."),
            passage("g.p2", "", "Later Tolland allied with Fenwick and Quayle, and the council split."),
            passage("g.p3", "", "Harlow and Quayle argued about the tolls. Marsh, Quayle and Tolland paid the fines."));

    private final Set<String> people = Set.of(terms.exact("Harlow"), terms.exact("Fenwick"), terms.exact("Marsh"),
            terms.exact("Tolland"), terms.exact("Quayle"));

    private final AllianceMembers members = new AllianceMembers(notes, terms, people, 3);

    private static Passage passage(String id, String heading, String text) {
        return new Passage(id, "g.txt", Integer.parseInt(id.substring(3)), heading, text, 0, text.length());
    }

    @Test
    void oneWrongMemberSetAgainstTheGroupIsFound() {
        AllianceMembers.Wrong w = members.find("Harlow joined with Tolland and Marsh against Fenwick, so the"
                + " carters won the vote.").orElseThrow();
        assertEquals("Tolland", w.wrong());
        assertEquals("Fenwick", w.instead());
        assertEquals(List.of("Harlow", "Marsh"), w.others());
        assertEquals("g.p1", w.passageId());
    }

    @Test
    void aGroupTheNotesGiveIsNoConflict() {
        assertTrue(members.find("Harlow joined with Fenwick and Marsh against Tolland.").isEmpty());
        // The later group of the notes, in another order and with another word for it.
        assertTrue(members.find("Quayle and Fenwick sided with Tolland against Harlow.").isEmpty());
    }

    @Test
    void withoutAClearSwapNothingIsFlagged() {
        // The person the notes have instead is not set against the group: the notes may simply be incomplete.
        assertTrue(members.find("Harlow joined with Tolland and Marsh to run the market.").isEmpty());
        // A group of two is too small to say which member is wrong.
        assertTrue(members.find("Harlow allied with Tolland against Fenwick.").isEmpty());
        // A group larger than any the notes give: not one member in another's place.
        assertTrue(members.find("Harlow joined with Tolland, Quayle and Marsh against Fenwick.").isEmpty());
        // People listed with no word that makes them a group.
        assertTrue(members.find("Harlow, Tolland and Marsh argued against Fenwick.").isEmpty());
    }

    @Test
    void theReachIsChecked() {
        assertThrows(IllegalArgumentException.class, () -> new AllianceMembers(notes, terms, people, -1));
        assertThrows(IllegalArgumentException.class, () -> new AllianceMembers.Wrong("Harlow", "", List.of("Marsh"),
                "g.p1"));
    }
}
