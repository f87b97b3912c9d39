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

    /** A claim read with the given tags: words and tags alternate ("it", "PRON", "travels", "VERB", ...). */
    private List<PointScore> tagged(PointSignalImplicit s, String... wordsAndTags) {
        List<org.premark.claims.Token> tokens = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < wordsAndTags.length; i += 2) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            String w = wordsAndTags[i];
            String lemma = w.equals("is") || w.equals("was") ? "be" : w.toLowerCase(java.util.Locale.ROOT);
            tokens.add(new org.premark.claims.Token(w, lemma, wordsAndTags[i + 1], text.length(),
                    text.length() + w.length()));
            text.append(w);
        }
        String t = text.toString();
        List<String> all = terms.exactTerms(t);
        return s.score(new ClaimTerms(new Claim(0, 0, t, 0, t.length(), tokens, "", false, false), all, all),
                List.of());
    }

    @Test
    void aLabelVerbNamesThePointAloneOnlyWithWhatItIsDoneTo() {
        // "Filters" is the kidney point's own word, a verb: filtering anything anywhere is no kidney.
        RubricPoint kidney = new RubricPoint("kidney", "The kidney filters blood",
                "The kidney removes urea from the blood into the urine.", List.of("The kidney filters blood"),
                List.of(), List.of(), List.of());
        RubricPoint liver = new RubricPoint("liver", "Liver makes urea", "The liver breaks down amino acids into urea.",
                List.of("Liver makes urea"), List.of(), List.of(), List.of());
        Rubric r = rubric(kidney, liver);
        PointSignalImplicit s = signal(r);
        java.util.function.Predicate<List<PointScore>> kidneyScores = scores -> scores.stream()
                .anyMatch(p -> p.point().id().equals("kidney") && p.value() > 0);
        assertFalse(kidneyScores.test(tagged(s, "it", "PRON", "filters", "VERB", "through", "ADP", "the", "DET",
                "gills", "NOUN")), "a verb without an object names nothing");
        assertTrue(kidneyScores.test(tagged(s, "it", "PRON", "filters", "VERB", "the", "DET", "waste", "NOUN")),
                "a verb with its object names the point");
        assertTrue(kidneyScores.test(tagged(s, "waste", "NOUN", "is", "AUX", "filtered", "VERB")),
                "a passive verb has what it is done to as its subject");
        assertTrue(kidneyScores.test(tagged(s, "the", "DET", "filters", "NOUN", "clean", "VERB")),
                "the word as a noun names the point");
        assertTrue(kidneyScores.test(score(s, "it filters through the gills")),
                "a claim read without tags keeps every word");
    }
    @Test
    void anEverydayWordMakesNoPairAndNoPairReachesPastIt() {
        // "people" and "saw" are everyday words: "guards carried the casket, so people saw" is about a casket.
        RubricPoint burial = new RubricPoint("burial", "Burial rites",
                "Guards carried the casket, so people saw the honour.", List.of("Burial rites"), List.of(),
                List.of(), List.of());
        Set<String> everyday = Set.copyOf(terms.exactTerms("people saw"));
        Set<String> cues = PointSignalImplicit.cues(burial, terms, Set.of(), 2, everyday);
        assertTrue(cues.contains("carried casket"), cues.toString());
        assertFalse(cues.stream().anyMatch(c -> c.contains("people") || c.contains("saw")), cues.toString());
        assertFalse(cues.contains("casket honour"), "two words apart past the everyday words: " + cues);
        assertTrue(PointSignalImplicit.cues(burial, terms, Set.of(), 2).contains("carried people"),
                "without the everyday words the pair is read");
    }

    @Test
    void aVerbBesideItsObjectInTheWordingMatchesItsEverydayGroup() {
        // The teacher wrote "sap moves water into the xylem" once; students write "sends water" too. Only the verb
        // beside its object is widened: "moves water", not "moves ... xylem" two words on.
        RubricPoint uptake = new RubricPoint("uptake", "Plant part", "Sap moves water into the xylem.",
                List.of("Plant part"), List.of(), List.of(), List.of());
        Rubric r = rubric(uptake, leaves);
        VerbSynonyms verbs = new VerbSynonyms(Lexicon.english().groups(org.premark.lang.WordList.VERB_SYNONYMS)
                .values(), terms);
        PointSignalImplicit plain = signal(r);
        PointSignalImplicit widened = new PointSignalImplicit(r, terms, weights(r), MarkingSettings.defaults(),
                Set.of(), x -> verbs.widen(x, terms, 2));
        double threshold = MarkingSettings.defaults().matchThreshold();
        java.util.function.Predicate<List<PointScore>> uptakes = scores -> scores.stream()
                .anyMatch(p -> p.point().id().equals("uptake") && p.value() >= threshold);
        assertFalse(uptakes.test(score(plain, "the heart sends water upwards")), "no such pair without the group");
        assertTrue(uptakes.test(score(widened, "the heart sends water upwards")),
                "sends stands for moves beside its object");
        assertTrue(uptakes.test(score(widened, "sap moves it into the xylem")), "the pair as written still counts");
        assertFalse(uptakes.test(score(widened, "the heart sends sugar into the xylem")),
                "moves and xylem are not neighbours: that pair keeps its own verb");
    }

    @Test
    void aPairThatSpellsOutTheQuestionsAbbreviationNamesNoPoint() {
        // The question asks about ATP; "adenosine triphosphate" in a point's wording is the question's subject.
        RubricPoint made = new RubricPoint("made", "Made in mitochondria",
                "Adenosine triphosphate is made in the mitochondria of the cell.", List.of("Made in mitochondria"),
                List.of(), List.of(), List.of());
        RubricPoint used = new RubricPoint("used", "Used by muscles", "Muscles split it to contract.",
                List.of("Used by muscles"), List.of(), List.of(), List.of());
        Rubric r = new Rubric("energy", "Describe two steps in the life of AT in a cell. [2]", 2, "", true,
                new PointsScheme(2, List.of(new PointsScheme.Row(0, 0, 0), new PointsScheme.Row(1, 1, 1),
                        new PointsScheme.Row(2, PointsScheme.OPEN, 2))), List.of(made, used));
        PointSignalImplicit s = new PointSignalImplicit(r, terms, weights(r), MarkingSettings.defaults());
        double threshold = MarkingSettings.defaults().matchThreshold();
        assertTrue(score(s, "adenosine triphosphate is a molecule").stream().allMatch(p -> p.value() < threshold),
                "the question's subject in full names no step");
        assertTrue(score(s, "it comes from the mitochondria").stream()
                .anyMatch(p -> p.point().id().equals("made") && p.value() >= threshold));
    }
}
