package org.premark.marking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.premark.claims.Claim;
import org.premark.claims.ClaimSplitter;
import org.premark.claims.Token;
import org.premark.lang.Lexicon;
import org.premark.rubric.PointsScheme;
import org.premark.rubric.Rubric;
import org.premark.rubric.RubricPoint;

class LabelVerbsTest {

    private final Terms terms = new Terms(w -> w, Lexicon.english());

    /** A splitter that tags each label as this map says: word, tag, lemma triples. */
    private static ClaimSplitter tagging(Map<String, String[]> tags) {
        return text -> {
            String[] t = tags.get(text);
            List<Token> tokens = new ArrayList<>();
            int at = 0;
            for (int i = 0; t != null && i < t.length; i += 3) {
                tokens.add(new Token(t[i], t[i + 2], t[i + 1], at, at + t[i].length()));
                at += t[i].length() + 1;
            }
            return List.of(new Claim(0, 0, text, 0, text.length(), tokens, "", false, false));
        };
    }

    private static final Map<String, String[]> TAGS = Map.of(
            "Ice melted", new String[] {"Ice", "NOUN", "ice", "melted", "AUX", "melt"},
            "Steam rises", new String[] {"Steam", "NOUN", "steam", "rises", "VERB", "rise"},
            "Kettle lids", new String[] {"Kettle", "NOUN", "kettle", "lids", "VERB", "lid"},
            "Heat across gaps", new String[] {"Heat", "NOUN", "heat", "across", "AUX", "across", "gaps", "NOUN", "gap"},
            "Warm air", new String[] {"Warm", "VERB", "warm", "air", "NOUN", "air"},
            "Water boiled", new String[] {"Water", "NOUN", "water", "boiled", "VERB", "boil"},
            "Radiation", new String[] {"Radiation", "NOUN", "radiation"});

    @Test
    void aLabelsVerbAfterItsFirstWordIsItsActionNotAName() {
        ClaimSplitter s = tagging(TAGS);
        assertEquals(Set.of("melted"), LabelVerbs.verbs("Ice melted", s, terms), "a participle the tagger calls AUX");
        assertEquals(Set.of("boiled"), LabelVerbs.verbs("Water boiled", s, terms));
        assertEquals(Set.of(), LabelVerbs.verbs("Warm air", s, terms), "the first word is what the label is about");
        assertEquals(Set.of(), LabelVerbs.verbs("Kettle lids", s, terms), "an -s word may be a plural noun");
        assertEquals(Set.of(), LabelVerbs.verbs("Steam rises", s, terms));
        assertEquals(Set.of(), LabelVerbs.verbs("Heat across gaps", s, terms), "an uninflected AUX is no verb");
        assertEquals(Set.of(), LabelVerbs.verbs("Radiation", s, terms));
        assertEquals(Set.of(), LabelVerbs.verbs("Radiation", text -> List.of(), terms), "no tagger, no verbs");
    }

    private static RubricPoint point(String id, String label, String description, String example) {
        return new RubricPoint(id, label, description, List.of(label), List.of(), List.of(example), List.of());
    }

    private static Rubric rubric(RubricPoint... points) {
        return new Rubric("heat", "Starting with a hot pan, list and describe three ways heat moves. [3]", 3, "", true,
                new PointsScheme(3, List.of(new PointsScheme.Row(0, 0, 0), new PointsScheme.Row(1, PointsScheme.OPEN, 3)),
                        PointsScheme.CreditRule.DESCRIBED),
                List.of(points));
    }

    @Test
    void aTwoWordLabelWithAVerbStatesAStepSoSayingItDescribesIt() {
        RubricPoint ice = point("ice", "Ice melted", "The frozen water turns liquid in the warmth.",
                "Solid water becomes liquid.");
        RubricPoint glow = point("glow", "Radiation", "The hot pan gives off infrared waves.",
                "You can feel the infrared heat with your hand near the pan.");
        RubricPoint boil = point("boil", "Water boiled", "Bubbles of vapour form inside the hot water.",
                "Bubbles rise through the water and burst.");
        Rubric r = rubric(ice, glow, boil);
        LabelVerbs verbs = LabelVerbs.of(r, tagging(TAGS), terms);
        assertEquals(Set.of("melted"), verbs.of("ice"));
        Descriptions named = new Descriptions(r, terms, MarkingSettings.defaults());
        Descriptions read = new Descriptions(r, terms, MarkingSettings.defaults(), verbs);
        List<String> said = terms.exactTerms("the ice has melted");
        assertFalse(named.described("ice", said), "read as a name, the label only identifies the step");
        assertTrue(read.described("ice", said), "with its verb the label says what happens");
        assertFalse(read.described("ice", terms.exactTerms("the ice is cold")), "the thing alone says nothing");
    }

    @Test
    void aLabelsVerbAloneDoesNotNameThePoint() {
        RubricPoint ice = point("ice", "Ice melted", "The frozen water turns liquid in the warmth.",
                "Solid water becomes liquid.");
        RubricPoint glow = point("glow", "Radiation", "The hot pan gives off infrared waves.",
                "You can feel the infrared heat with your hand near the pan.");
        Rubric r = rubric(ice, glow);
        List<List<String>> docs = new ArrayList<>();
        r.points().forEach(p -> docs.add(terms.exactTerms(p.label() + " " + p.description() + " "
                + String.join(" ", p.examples()))));
        TermWeights weights = TermWeights.of(docs);
        PointSignalImplicit plain = new PointSignalImplicit(r, terms, weights, MarkingSettings.defaults(), Set.of(),
                x -> x);
        PointSignalImplicit read = new PointSignalImplicit(r, terms, weights, MarkingSettings.defaults(), Set.of(),
                x -> x, LabelVerbs.of(r, tagging(TAGS), terms));
        String text = "the butter was melted";
        assertTrue(best(plain, text) > 0, "the lone label verb used to name the step");
        assertEquals(0.0, best(read, text), "a verb alone says nothing of which step");
        assertTrue(best(read, "the ice") > 0, "the label's nouns still name it");
    }

    private double best(PointSignalImplicit s, String text) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (String w : text.split(" ")) {
            String pos = w.equals("melted") ? "VERB" : w.equals("was") ? "AUX" : w.equals("the") ? "DET" : "NOUN";
            tokens.add(new Token(w, w.equals("was") ? "be" : w.toLowerCase(Locale.ROOT), pos, at, at + w.length()));
            at += w.length() + 1;
        }
        List<String> all = terms.exactTerms(text);
        return s.score(new ClaimTerms(new Claim(0, 0, text, 0, text.length(), tokens, "", false, false), all, all),
                List.of()).stream().filter(p -> p.point().id().equals("ice")).mapToDouble(PointScore::value).max()
                .orElse(0);
    }
}
