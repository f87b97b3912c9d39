package org.premark.marking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.premark.claims.Claim;
import org.premark.lang.Lexicon;
import org.premark.rubric.PointsScheme;
import org.premark.rubric.Rubric;
import org.premark.rubric.RubricPoint;

class PointSignalImplicitTest {

    private final Terms terms = new Terms(w -> w, Lexicon.english());

    private final RubricPoint roots = new RubricPoint("roots", "Roots", "Roots take up water and minerals from the soil.",
            List.of("Roots"), List.of(), List.of("The roots absorb water from the soil."), List.of());
    private final RubricPoint leaves = new RubricPoint("leaves", "Leaves", "Leaves make sugar by photosynthesis in sunlight.",
            List.of("Leaves"), List.of(), List.of("Leaves use sunlight to make sugar."), List.of());

    private Rubric rubric(RubricPoint... points) {
        return new Rubric("plant", "Describe two parts of a plant and what they do. [2]", 2, "", true,
                new PointsScheme(2, List.of(new PointsScheme.Row(0, 0, 0), new PointsScheme.Row(1, 1, 1),
                        new PointsScheme.Row(2, PointsScheme.OPEN, 2))),
                List.of(points));
    }

    private PointSignalImplicit signal(Rubric r) {
        return new PointSignalImplicit(r, terms, weights(r), MarkingSettings.defaults());
    }

    private TermWeights weights(Rubric r) {
        List<List<String>> docs = new ArrayList<>();
        for (RubricPoint p : r.points()) {
            docs.add(terms.exactTerms(p.label() + " " + p.description() + " " + String.join(" ", p.examples())));
        }
        return TermWeights.of(docs);
    }

    private List<PointScore> score(PointSignalImplicit s, String text) {
        List<String> t = terms.exactTerms(text);
        return s.score(new ClaimTerms(new Claim(0, 0, text, 0, text.length(), List.of(), "", false, false), t, t),
                List.of());
    }

    @Test
    void cuesArePairsOfNearbyContentWordsWithoutTheQuestionsWords() {
        Set<String> cues = PointSignalImplicit.cues(roots, terms, Set.copyOf(terms.exactTerms(rubric(roots).question())),
                2);
        assertTrue(cues.contains("water minerals"), cues.toString());
        assertTrue(cues.contains("absorb water"), cues.toString());
        assertFalse(cues.stream().anyMatch(c -> c.contains("plant")), "the question's words name the topic");
        assertFalse(cues.contains("roots soil"), "too far apart: " + cues);
    }

    @Test
    void aBarePointMatchesAnAnswerInOtherWordsOfItsDescription() {
        PointSignalImplicit s = signal(rubric(roots, leaves));
        List<PointScore> scores = score(s, "they soak up minerals and water from the ground");
        PointScore best = PointScorer.best(scores);
        assertEquals("roots", best.point().id());
        assertTrue(best.value() >= MarkingSettings.defaults().matchThreshold(), scores.toString());
        org.junit.jupiter.api.Assertions.assertSame(roots, best.point());
        assertTrue(score(s, "the plant is green").stream().allMatch(p -> p.value() == 0));
    }

    @Test
    void pointsWithWrittenCuesAreLeftToThem() {
        RubricPoint cued = new RubricPoint("roots", "Roots", roots.description(), List.of("root hairs"), List.of(),
                roots.examples(), List.of());
        assertTrue(PointSignalImplicit.written(cued));
        assertFalse(PointSignalImplicit.written(roots), "the label alone is not a written cue");
        assertTrue(score(signal(rubric(cued, leaves)), "they take up minerals and water").stream()
                .noneMatch(p -> p.point().id().equals("roots")));
        assertTrue(score(signal(rubric(cued, leaves)), "leaves make sugar").stream()
                .anyMatch(p -> p.point().id().equals("leaves")));
    }

    @Test
    void aPairThatAnotherPointAlsoWordsNamesNeither() {
        // Both the roots and the stem deal with water and minerals: the pair tells them apart no more than the topic.
        RubricPoint stem = new RubricPoint("stem", "Stem", "The stem carries minerals and water up to the leaves.",
                List.of("Stem"), List.of(), List.of("Water moves up the stem in tubes."), List.of());
        java.util.Map<String, Set<String>> wordings = java.util.Map.of("roots",
                PointSignalImplicit.wording(roots, terms), "stem", PointSignalImplicit.wording(stem, terms));
        assertTrue(PointSignalImplicit.sharedWithAnother("water minerals", "roots", wordings, terms));
        assertFalse(PointSignalImplicit.sharedWithAnother("absorb water", "roots", wordings, terms),
                "only the roots absorb");
        PointSignalImplicit s = signal(rubric(roots, stem, leaves));
        double threshold = MarkingSettings.defaults().matchThreshold();
        assertTrue(score(s, "water and minerals are needed").stream().allMatch(p -> p.value() < threshold),
                "a shared pair credits no point");
        PointScore best = PointScorer.best(score(s, "they absorb water"));
        assertEquals("roots", best.point().id());
        assertTrue(best.value() >= threshold);
    }

    @Test
    void aLabelWordNoOtherPointWordsNamesThePointAlone() {
        // "Xylem" is the stem point's own word; "long" only says what kind of stem; "water" is shared with the roots.
        RubricPoint stem = new RubricPoint("stem", "Long xylem water pipes", "The stem's xylem carries water upwards.",
                List.of("Long xylem water pipes"), List.of(), List.of("Xylem tubes carry water up the stem."),
                List.of());
        java.util.Map<String, Set<String>> wordings = java.util.Map.of("roots",
                PointSignalImplicit.wording(roots, terms), "stem", PointSignalImplicit.wording(stem, terms));
        Set<String> question = Set.copyOf(terms.exactTerms(rubric(roots).question()));
        Set<String> names = PointSignalImplicit.names(stem, terms, question, wordings, Set.of("long"));
        assertTrue(names.contains("xylem"), names.toString());
        assertTrue(names.contains("pipes"), names.toString());
        assertFalse(names.contains("water"), "the roots take up water too: " + names);
        assertFalse(names.contains("Long"), "a word that modifies a name names nothing: " + names);

        PointSignalImplicit s = new PointSignalImplicit(rubric(roots, stem), terms, weights(rubric(roots, stem)),
                MarkingSettings.defaults(), Set.of("long"));
        PointScore best = PointScorer.best(score(s, "it has xylem in it"));
        assertEquals("stem", best.point().id());
        assertTrue(best.value() >= MarkingSettings.defaults().matchThreshold(), best.toString());
        assertTrue(score(s, "it took a long time").stream().allMatch(p -> p.value() == 0));
    }
}
