package org.premark.marking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.premark.claims.Claim;
import org.premark.lang.Lexicon;
import org.premark.lang.WordList;
import org.premark.rubric.PointsScheme;
import org.premark.rubric.Rubric;
import org.premark.rubric.RubricPoint;

class VerbSynonymsTest {

    private final Terms terms = new Terms(w -> w, Lexicon.english());
    private final VerbSynonyms verbs = new VerbSynonyms(Lexicon.english().groups(WordList.VERB_SYNONYMS).values(),
            terms);

    private final RubricPoint toStomach = new RubricPoint("to-stomach", "Food travels down the oesophagus",
            "Swallowed food travels down the oesophagus to the stomach.", List.of("travels to the stomach"),
            List.of(), List.of("The food travels down to the stomach."), List.of());
    private final RubricPoint transport = new RubricPoint("active-uptake", "Active transport (needs energy)",
            "The gut wall uses energy to take up sugars against the gradient.", List.of("active transport"),
            List.of(), List.of("Active transport uses energy."), List.of());

    private Rubric rubric(RubricPoint... points) {
        return new Rubric("digestion", "Starting with swallowing, list and describe the steps of digestion. [2]", 2,
                "", true, new PointsScheme(2, List.of(new PointsScheme.Row(0, 0, 0),
                        new PointsScheme.Row(1, PointsScheme.OPEN, 2)), PointsScheme.CreditRule.DESCRIBED),
                List.of(points));
    }

    @Test
    void aVerbInACueGainsItsEverydayGroup() {
        Rubric widened = verbs.widen(rubric(toStomach), terms, 2);
        List<String> synonyms = widened.points().get(0).synonyms();
        assertEquals(1, synonyms.size(), synonyms.toString());
        assertTrue(synonyms.get(0).contains("goes") && synonyms.get(0).contains("sent"), synonyms.toString());
    }

    @Test
    void aVerbInsideThePointsNameIsANounAndIsNotWidened() {
        // "Active transport" names the process: "active, it moves" must not describe it by its own name.
        Rubric r = rubric(transport);
        assertSame(r, verbs.widen(r, terms, 2));
    }

    @Test
    void aStudentsOtherVerbMatchesTheCueButOnlyWithTheCuesOtherWords() {
        Rubric widened = verbs.widen(rubric(toStomach, transport), terms, 2);
        List<List<String>> docs = new ArrayList<>();
        widened.points().forEach(p -> docs.add(terms.exactTerms(p.label() + " " + p.description())));
        PointSignalLexical signal = new PointSignalLexical(widened, terms, TermWeights.of(docs),
                MarkingSettings.defaults());
        double threshold = MarkingSettings.defaults().matchThreshold();
        assertTrue(score(signal, "then the food is sent to the stomach") >= threshold);
        assertTrue(score(signal, "the chewed food heads for the stomach") >= threshold);
        assertTrue(score(signal, "then it goes to the mouth") < threshold, "the cue's place is still needed");
        PointSignalLexical plain = new PointSignalLexical(rubric(toStomach, transport), terms, TermWeights.of(docs),
                MarkingSettings.defaults());
        assertTrue(score(plain, "then the food is sent to the stomach") < threshold, "without the group");
    }

    @Test
    void verbsOfJoiningTwoThingsStandForEachOtherButNotForBecomingAMember() {
        // A teacher writes "glucose units bond into starch"; students write "link up" or "attach to each other".
        RubricPoint chain = new RubricPoint("starch", "Glucose units bond into starch",
                "Many glucose units are joined into a long starch chain.", List.of("glucose units bond"), List.of(),
                List.of(), List.of());
        List<String> synonyms = verbs.widen(rubric(chain), terms, 2).points().get(0).synonyms();
        assertEquals(1, synonyms.size(), synonyms.toString());
        assertTrue(synonyms.get(0).contains("linked") && synonyms.get(0).contains("attaches"), synonyms.toString());
        assertTrue(!synonyms.get(0).contains("joined"), "joining a party is no bond: " + synonyms);
    }

    @Test
    void fasteningVerbsStandForEachOtherAndBringingIsTravelling() {
        RubricPoint fixed = new RubricPoint("to-stomach", "The bolus attaches to the stomach wall",
                "The bolus attaches to the stomach wall.", List.of("attaches to the stomach wall"), List.of(),
                List.of(), List.of());
        Rubric widened = verbs.widen(rubric(fixed), terms, 2);
        String group = widened.points().get(0).synonyms().get(0);
        assertTrue(group.contains("binds") && group.contains("docks") && group.contains("sticks"), group);
        String travel = verbs.widen(rubric(toStomach), terms, 2).points().get(0).synonyms().get(0);
        assertTrue(travel.contains("brings") && travel.contains("delivers"), travel);
    }

    @Test
    void aChainOfThingsSaysTheyAreBonded() {
        RubricPoint bonded = new RubricPoint("starch", "Glucose units bond into starch",
                "Glucose units bond to each other.", List.of("glucose units bond"), List.of(), List.of(), List.of());
        Rubric widened = verbs.widen(rubric(bonded, toStomach), terms, 2);
        List<List<String>> docs = new ArrayList<>();
        widened.points().forEach(p -> docs.add(terms.exactTerms(p.label() + " " + p.description())));
        PointSignalLexical s = new PointSignalLexical(widened, terms, TermWeights.of(docs), MarkingSettings.defaults());
        List<String> chain = terms.exactTerms("the glucose units make a long chain");
        assertTrue(s.score(chain, chain).get(0).value() >= MarkingSettings.defaults().matchThreshold(),
                "a chain of units is units bonded");
        List<String> apart = terms.exactTerms("the glucose units float apart");
        assertTrue(s.score(apart, apart).get(0).value() < MarkingSettings.defaults().matchThreshold());
    }

    @Test
    void verbsOfOneThingFittingAnotherStandForEachOther() {
        // A teacher writes "the key matches the lock"; students write "pairs with", "fits", "corresponds to".
        RubricPoint fit = new RubricPoint("lock", "The enzyme matches its substrate",
                "The enzyme's active site matches the substrate's shape.", List.of("enzyme matches the substrate"),
                List.of(), List.of(), List.of());
        String group = verbs.widen(rubric(fit), terms, 2).points().get(0).synonyms().get(0);
        assertTrue(group.contains("pairs") && group.contains("fits") && group.contains("corresponds")
                && group.contains("recognises"), group);
    }

    @Test
    void verbsOfFetchingAThingStandForEachOtherButNotPicking() {
        RubricPoint refill = new RubricPoint("refill", "The bee collects more nectar",
                "The bee goes back to a flower for more nectar.", List.of("bee collects nectar"), List.of(),
                List.of(), List.of());
        String group = verbs.widen(rubric(refill), terms, 2).points().get(0).synonyms().get(0);
        assertTrue(group.contains("grabs") && group.contains("gathers") && group.contains("retrieves"), group);
        assertTrue(!group.contains("picks"), "picking is also choosing: " + group);
    }

    private double score(PointSignalLexical s, String text) {
        List<String> t = terms.exactTerms(text);
        return s.score(new ClaimTerms(new Claim(0, 0, text, 0, text.length(), List.of(), "", false, false), t, t),
                List.of()).stream().filter(p -> p.point().id().equals("to-stomach"))
                .mapToDouble(PointScore::value).max().orElse(0);
    }
}
