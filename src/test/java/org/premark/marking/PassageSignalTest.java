package org.premark.marking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.premark.notes.NotesSearcherLucene;
import org.premark.notes.Passage;
import org.premark.rubric.LevelScheme;
import org.premark.rubric.Rubric;
import org.premark.rubric.RubricPoint;

class PassageSignalTest {

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
    private final PassageSignal signal = new PassageSignal(notes, rubric, MarkingSettings.defaults());
    private final PointMatcher.Phrase phrase = new PointMatcher.Phrase(List.of("x"), java.util.Set.of("x"), false, true, 1,
            "x");

    @Test
    void aNearMissConfirmedByTheNotesReachesTheThreshold() {
        PointMatcher.Score near = new PointMatcher.Score(enrolment, 0.55, phrase);
        PointMatcher.Score other = new PointMatcher.Score(exile, 0.1, phrase);
        PointMatcher.Score s = signal.confirm("young workers joined and obeyed their local organiser", false,
                List.of(near, other), near);
        assertEquals("enrolment", s.point().id());
        assertEquals(MarkingSettings.defaults().matchThreshold(), s.value());
    }

    @Test
    void notesPointingElsewhereNegationAndWeakScoresChangeNothing() {
        PointMatcher.Score near = new PointMatcher.Score(enrolment, 0.55, phrase);
        assertSame(near, signal.confirm("he was deported to Turkey in 1929", false, List.of(near), near));
        assertSame(near, signal.confirm("young workers obeyed their local organiser", true, List.of(near), near));
        PointMatcher.Score weak = new PointMatcher.Score(enrolment, 0.2, phrase);
        assertSame(weak, signal.confirm("young workers obeyed their local organiser", false, List.of(weak), weak));
    }
}
