package org.premark.marking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.premark.claims.Claim;
import org.premark.notes.NotesSearcherLucene;
import org.premark.notes.Passage;
import org.premark.rubric.LevelScheme;
import org.premark.rubric.Rubric;
import org.premark.rubric.RubricPoint;

class PointSignalNotesTest {

    private static Passage passage(int n, String text) {
        return new Passage("n.p" + n, "n.txt", n, "", text, 0, text.length());
    }

    private final NotesSearcherLucene notes = NotesSearcherLucene.of(List.of(
            passage(1, "Stalin supervised the Lenin Enrolment of 1924, which doubled party membership with young"
                    + " workers who did what their local organiser told them."),
            passage(2, "Trotsky was exiled to Alma-Ata in 1928 and deported to Turkey in 1929.")));
    private final RubricPoint enrolment = new RubricPoint("enrolment", "Lenin Enrolment", "d",
            List.of("Lenin Enrolment", "new party members"), List.of(), List.of(), List.of());
    private final RubricPoint exile = new RubricPoint("exile", "Exile", "d", List.of("exiled to Turkey"), List.of(),
            List.of(), List.of());
    private final Rubric rubric = new Rubric("r", "Why? [6]", 6, "notes", true, LevelScheme.standard(),
            List.of(enrolment, exile));
    private final PointSignalNotes signal = new PointSignalNotes(notes, rubric, MarkingSettings.defaults());
    private final Phrase phrase = new Phrase(List.of("x"), java.util.Set.of("x"), false, true, 1,
            "x");

    @Test
    void aNearMissConfirmedByTheNotesReachesTheThreshold() {
        PointScore near = new PointScore(enrolment, 0.55, phrase);
        PointScore other = new PointScore(exile, 0.1, phrase);
        PointScore s = signal.confirm("young workers joined and obeyed their local organiser", false,
                List.of(near, other), near);
        assertEquals("enrolment", s.point().id());
        assertEquals(MarkingSettings.defaults().matchThreshold(), s.value());
    }

    @Test
    void notesPointingElsewhereNegationAndWeakScoresChangeNothing() {
        PointScore near = new PointScore(enrolment, 0.55, phrase);
        assertSame(near, signal.confirm("he was deported to Turkey in 1929", false, List.of(near), near));
        assertSame(near, signal.confirm("young workers obeyed their local organiser", true, List.of(near), near));
        PointScore weak = new PointScore(enrolment, 0.2, phrase);
        assertSame(weak, signal.confirm("young workers obeyed their local organiser", false, List.of(weak), weak));
    }

    @Test
    void asASignalItAddsOnlyTheConfirmedScore() {
        PointScore near = new PointScore(enrolment, 0.55, phrase);
        PointScore other = new PointScore(exile, 0.1, phrase);
        Claim claim = claim("young workers joined and obeyed their local organiser");
        List<PointScore> added = signal.score(new ClaimTerms(claim, List.of("a"), List.of("a")), List.of(near, other));
        assertEquals(List.of(new PointScore(enrolment, MarkingSettings.defaults().matchThreshold(), phrase)), added);
        assertEquals(List.of(), signal.score(new ClaimTerms(claim, List.of("a"), List.of()), List.of(near, other)),
                "a negated claim is left to the wording");
        PointScorer scorer = new PointScorer(List.of((c, earlier) -> List.of(near, other), signal));
        assertEquals(MarkingSettings.defaults().matchThreshold(),
                scorer.best(new ClaimTerms(claim, List.of("a"), List.of("a"))).value());
    }

    private static Claim claim(String text) {
        return new Claim(0, 0, text, 0, text.length(), List.of(), "", false, false);
    }
}
