package org.premark.marking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
    void aCuesDatingIsTheSameWhenRemembered() {
        // The first check reads the notes for the cue, the later ones take what it found.
        for (int n = 0; n < 3; n++) {
            FactChecker.Conflict c = checker.check("Stalin became General Secretary in 1917",
                    terms.exactTerms("general secretary"), "general secretary").orElseThrow();
            assertEquals(Set.of("1922"), c.noteYears());
            assertEquals("n.p1", c.passageId());
            assertTrue(checker.check("General Secretary in 1922", terms.exactTerms("general secretary"), "x").isEmpty());
        }
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

    /** Notes of my own: the siege and the coronation are each dated twice, the council to two different years. */
    private final FactChecker near = new FactChecker(List.of(
            passage("m.p1", "The siege of Orleans 1429", "The relief army reached the town in spring."),
            passage("m.p2", "", "The siege of Orleans was lifted in 1429 by the relief army."),
            passage("m.p3", "", "The coronation at Reims took place in 1429. The coronation at Reims followed in 1429."),
            passage("m.p4", "", "The royal council met in 1430. The royal council met again in 1433."),
            passage("m.p5", "", "The bridge tower fell in 1428."),
            passage("m.p6", "Trial at Rouen 1431", "The judges were bishops loyal to the English.")),
            terms, 1400, 1499, 8, 2, 2, Set.of("gave", "job", "went")::contains, t -> !t.equals("king"));

    @Test
    void aYearWithinTheSpanTheNotesGiveAConceptIsNoConflict() {
        // The notes have the council meeting in 1430 and 1433: it sat over those years.
        assertTrue(near.check("The royal council met in 1432", terms.exactTerms("royal council"), "royal council")
                .isEmpty());
        assertTrue(near.check("The royal council met in 1434", terms.exactTerms("royal council"), "royal council")
                .isEmpty(), "one year past the span is within the gap");
        FactChecker.Conflict c = near.check("The royal council met in 1436", terms.exactTerms("royal council"),
                "royal council").orElseThrow();
        assertEquals("1436", c.year());
        assertEquals(Set.of("1430", "1433"), c.noteYears());
        assertTrue(near.check("The royal council met in 1427", terms.exactTerms("royal council"), "royal council")
                .isPresent(), "before the span by more than the gap");
    }

    @Test
    void aYearNextToAConceptInALongSentenceIsCheckedAgainstTheNotes() {
        FactChecker.Conflict c = near.checkNear("The young king rode north with his captains, and after many weeks"
                + " of marching they broke the siege of Orleans in 1435 with the help of the relief army").orElseThrow();
        assertEquals("1435", c.year());
        assertEquals(Set.of("1429"), c.noteYears());
        assertEquals("siege of Orleans", c.concept(), "the concept is shown as the student wrote it");
        assertEquals("m.p1", c.passageId());
    }

    @Test
    void aYearIsTiedToTheWordsNearItNotToTheWholeSentence() {
        // The siege is named, but the year belongs to the retrial ten words later.
        assertTrue(near.checkNear("The siege of Orleans was a turning point and many years later, in 1456, a retrial"
                + " cleared her name").isEmpty());
        // The coronation is dated right, so the later year is about something else.
        assertTrue(near.checkNear("The coronation at Reims in 1429 gave the king new confidence").isEmpty());
    }

    @Test
    void onlyDatesTheNotesAreSureOfConflict() {
        // The council met in two different years, the bridge tower is dated only once.
        assertTrue(near.checkNear("Everything changed when the royal council met in 1445 at last").isEmpty());
        assertTrue(near.checkNear("The English lost when the bridge tower fell in 1440").isEmpty());
        // A card's heading is the notes' own date for its event.
        assertEquals("1431", near.checkNear("She was burned after the trial at Rouen in 1436").orElseThrow().noteYears()
                .iterator().next());
        // A year within the gap of the notes' date, or a range that includes it, is no conflict.
        assertTrue(near.checkNear("The siege of Orleans in 1430 was a great victory").isEmpty());
        assertTrue(near.checkNear("The siege of Orleans lasted from 1428 to 1429").isEmpty());
    }

    @Test
    void everydayWordsAndCommonNamesDateNothing() {
        assertTrue(near.checkNear("The king gave him a job in 1450 and he went home").isEmpty());
        assertTrue(near.checkNear("He had no years in his sentence at all").isEmpty());
    }

    /** My notes again, read with the appositive tie: the regency's heading gives no year, two sentences do. */
    private final FactChecker tied = new FactChecker(List.of(
            passage("r.p1", "The regency council", "Named in 1547 to rule for the boy king."),
            passage("r.p2", "", "In 1547 the dying king named a regency council of sixteen."),
            passage("r.p3", "Battle of Pinkie 1547", "The Scots were routed near Musselburgh."),
            passage("r.p4", "", "The prayer book was issued in 1549. A new prayer book followed in 1552.")),
            terms, 1500, 1599, 8, 2, 2, Set.of("gave", "job", "went", "post")::contains, t -> !t.equals("king"),
            new Appositives(Lexicon.english()), MarkingSettings.defaults().flagFactBoundReach());

    @Test
    void aYearInAnAppositiveIsCheckedAgainstTheNounPhraseBeforeTheComma() {
        // "regency council" is far more than the window's eight words from the year, yet the clause is about it.
        FactChecker.Conflict c = tied.checkNear("The old lords would not accept the decisions of the regency council,"
                + " a body that the dying old king had set up with his closest advisers for his young son in 1540")
                .orElseThrow();
        assertEquals("1540", c.year());
        assertEquals("regency council", c.concept());
        assertEquals(Set.of("1547"), c.noteYears());
        // A relative clause and a heading that gives the year itself.
        assertEquals("Battle of Pinkie", tied.checkNear("The English won the Battle of Pinkie, which took place in"
                + " 1560 near Musselburgh on the coast").orElseThrow().concept());
    }

    @Test
    void aRightYearOrAYearOfAnotherClauseIsNoConflict() {
        assertTrue(tied.checkNear("The lords resented the regency council, a body the king set up in 1547").isEmpty());
        // The year belongs to the clause after "and", which the window reads, and there it dates nothing.
        assertTrue(tied.checkNear("The lords resented the regency council, a body the dying king had set up for"
                + " his son, and in 1551 the old lords finally rebelled against the young protector").isEmpty());
        // The clause dates something else than the noun phrase's first date: "until" gives when it lasted to.
        assertTrue(tied.checkNear("The lords resented the regency council, a body that lasted until 1553").isEmpty());
        // The notes' prayer books span 1549 to 1552: a year inside the span is no conflict.
        assertTrue(tied.checkNear("Many rose against the prayer book, which was introduced in 1551").isEmpty());
        // A year of the head within the span makes the pair a range, not a conflict.
        assertTrue(tied.checkNear("From 1547 there was a regency council, a body the king set up in 1545").isEmpty());
    }

    @Test
    void aYearBeforeOrAfterAConceptInARunOnSentenceIsCheckedToo() {
        // "in YEAR, X …" and "someone's X in YEAR", lower case, in sentences that run on.
        assertEquals("1560", tied.checkNear("in 1560, the battle of pinkie was won by the english and the scots ran"
                + " away and the duke came home a hero and everybody cheered him in the streets").orElseThrow().year());
        assertEquals(Set.of("1547"), tied.checkNear("the lords hated him and the duke's battle of pinkie in 1560 was"
                + " the only thing people liked about him so he kept talking about it").orElseThrow().noteYears());
        // The year is many words on, in a clause about something else.
        assertTrue(tied.checkNear("the battle of pinkie was a great win for the english and the scots lost many men"
                + " and in 1560 the duke was long dead").isEmpty());
    }

    /** Notes of my own where a cue's words also meet by chance, and a state the notes end with "until". */
    private final FactChecker phrased = new FactChecker(List.of(
            passage("q.p1", "", "The duke, his brother and their servants tried to flee in 1549."),
            passage("q.p3", "", "The old duke was tried in 1551 and beheaded."),
            passage("q.p2", "", "The preacher stayed a Lollard until 1540, when he recanted.")), terms, 1500, 1599);

    @Test
    void aCuesWordsMustMeetInTheNotesAsAPhrase() {
        // "tried to flee" is not "was tried": notes that hold the words only scattered date nothing.
        assertTrue(phrased.check("The brother was tried in 1560", terms.exactTerms("brother was tried"),
                "brother was tried").isEmpty());
        // Where they meet as a phrase the cue is dated, and the scattered sentence still widens the span.
        FactChecker.Conflict c = phrased.check("The duke was tried in 1560", terms.exactTerms("duke was tried"),
                "duke was tried").orElseThrow();
        assertEquals(Set.of("1549", "1551"), c.noteYears());
        assertTrue(phrased.check("The duke was tried in 1550", terms.exactTerms("duke was tried"), "duke was tried")
                .isEmpty(), "inside the span the scattered sentence widened");
    }

    @Test
    void theStartOfAStateDoesNotConflictWithTheEndTheNotesGive() {
        // The notes say when he stopped being a Lollard; "from 1530" says when he became one.
        assertTrue(phrased.check("He had been a Lollard from 1530", terms.exactTerms("lollard"), "Lollard").isEmpty());
        assertTrue(phrased.check("He had been a Lollard since 1525", terms.exactTerms("lollard"), "Lollard").isEmpty());
        // A start after the notes' end still conflicts.
        assertTrue(phrased.check("He became a Lollard from 1550", terms.exactTerms("lollard"), "Lollard").isPresent());
    }

    @Test
    void aStateTheNotesBoundOnOneSideLeavesTheOtherOpen() {
        // The notes end his Lollard years in 1540 and say nothing of their start: any year before agrees.
        assertTrue(phrased.check("He was a Lollard in 1530", terms.exactTerms("lollard"), "Lollard").isEmpty());
        assertTrue(phrased.check("He turned Lollard when the bishops quarrelled in 1528", terms.exactTerms("lollard"),
                "Lollard").isEmpty());
        // An end that is not the notes' end, or a year after it, conflicts.
        assertTrue(phrased.check("He was a Lollard until 1530", terms.exactTerms("lollard"), "Lollard").isPresent());
        assertTrue(phrased.check("He was a Lollard in 1548", terms.exactTerms("lollard"), "Lollard").isPresent());
        // "not ... until" dates the start of what it negates: he joined the order then, so an earlier joining
        // conflicts, while the Lollard years the same sentence ends stay open before it.
        FactChecker negated = new FactChecker(List.of(
                passage("n.p1", "", "The elders distrusted him as he had not joined the order until 1540, having been"
                        + " a Lollard.")), terms, 1500, 1599);
        assertTrue(negated.check("He joined the order in 1530", terms.exactTerms("joined the order"), "joined")
                .isPresent());
        assertTrue(negated.check("He was a Lollard in 1530", terms.exactTerms("lollard"), "Lollard").isEmpty());
        // Notes that give only a start: a year after it agrees, an earlier start does not.
        FactChecker started = new FactChecker(List.of(
                passage("s.p1", "", "The abbot was a reformer from 1560 onwards.")), terms, 1500, 1599);
        assertTrue(started.check("The abbot was a reformer in 1570", terms.exactTerms("reformer"), "reformer").isEmpty());
        assertTrue(started.check("The abbot was a reformer from 1550", terms.exactTerms("reformer"), "reformer")
                .isPresent());
        assertTrue(started.check("The abbot was a reformer in 1550", terms.exactTerms("reformer"), "reformer")
                .isPresent());
    }

    @Test
    void aBoundWordReachesTheYearThroughAShortEventPhrase() {
        // He became a Lollard after the quarrel of 1530: a start, like "from 1530", so the notes' end agrees.
        assertTrue(phrased.check("He had been a Lollard after the quarrel in 1530", terms.exactTerms("lollard"),
                "Lollard").isEmpty());
        assertTrue(phrased.check("since the great bible of 1535 he was a Lollard", terms.exactTerms("lollard"),
                "Lollard").isEmpty());
        // An end reaches its year the same way: "until the quarrel in 1530" ends it ten years before the notes do.
        assertTrue(phrased.check("He was a Lollard until the quarrel in 1530", terms.exactTerms("lollard"), "Lollard")
                .isPresent());
        // Too many words between: the year is no bound, before the notes' end, so no conflict either way.
        assertTrue(phrased.check("He was a Lollard until he had a long quarrel with the bishop in 1530",
                terms.exactTerms("lollard"), "Lollard").isEmpty());
    }

    @Test
    void theEventPhrasesReachIsASetting() {
        // With no reach the bound word must stand right before "in": the year is then no end, and agrees.
        FactChecker noReach = new FactChecker(List.of(
                passage("q.p2", "", "The preacher stayed a Lollard until 1540, when he recanted.")), terms, 1500, 1599,
                1, 1, 1, t -> true, t -> false, null, 0);
        assertTrue(noReach.check("He was a Lollard until the quarrel in 1530", terms.exactTerms("lollard"),
                "Lollard").isEmpty());
        assertTrue(noReach.check("He was a Lollard until 1530", terms.exactTerms("lollard"), "Lollard").isPresent());
        assertEquals(3, MarkingSettings.defaults().flagFactBoundReach());
    }

    /** Notes of my own: a death given to the day, a murder given only by its year, a siege that lasted. */
    private final FactChecker moments = new FactChecker(List.of(
            passage("d.p1", "", "The old queen dies on March 24, 1603 at Richmond."),
            passage("d.p2", "", "The favourite was murdered in 1628 by an officer. The favourite was murdered in 1628."),
            passage("d.p3", "", "The siege of Rochelle ended in 1628. The siege of Rochelle ended in 1628.")),
            terms, 1500, 1699, 8, 2, 2, Set.of("went", "di", "die", "died", "dies")::contains,
            t -> t.equals("rochelle") || t.equals("favourit"), null, 3, 1);

    @Test
    void aYearOneOffTheDayTheNotesGiveAMomentConflicts() {
        // One source with the day is sure of a death, and a year one off is wrong: it happened on one day.
        FactChecker.Conflict c = moments.checkNear("Many feared the future because the old queen died in 1602 with"
                + " no child to follow her").orElseThrow();
        assertEquals("1602", c.year());
        assertEquals(Set.of("1603"), c.noteYears());
        assertTrue(moments.checkNear("Many feared the future because the old queen died in 1603").isEmpty());
        assertTrue(moments.checkNear("After the death of the old queen in 1603 the king came south").isEmpty());
        // Without the day a moment keeps the ordinary gap; a process (a siege) is no moment at all.
        assertTrue(moments.checkNear("The favourite was murdered in 1627 at the port").isEmpty());
        assertTrue(moments.checkNear("The favourite was murdered in 1625 at the port").isPresent());
        assertTrue(moments.checkNear("The siege of Rochelle ended in 1627 after a year").isEmpty());
        // A moment word dates an event though it is an everyday word and the name beside it is common.
        assertTrue(moments.checkNear("The old queen died in 1610").isPresent());
        assertEquals(1, MarkingSettings.defaults().flagFactMomentGap());
    }

    @Test
    void theSettingsAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> new FactChecker(List.of(),
                terms, 1400, 1499, 0, 2, 2, t -> false, t -> true));
    }
}
