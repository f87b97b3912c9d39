package org.premark.marking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.premark.lang.Lexicon;
import org.premark.rubric.PointsScheme;
import org.premark.rubric.Rubric;
import org.premark.rubric.RubricPoint;

class DescriptionsTest {

    private final Terms terms = new Terms(w -> w, Lexicon.english());

    private static RubricPoint point(String id, String label, String description, String example) {
        return new RubricPoint(id, label, description, List.of(label), List.of(), List.of(example), List.of());
    }

    private Rubric rubric(RubricPoint... points) {
        return new Rubric("heat", "Starting with a hot pan, list and describe three ways heat moves. [3]", 3, "", true,
                new PointsScheme(3, List.of(new PointsScheme.Row(0, 0, 0), new PointsScheme.Row(1, PointsScheme.OPEN, 3)),
                        PointsScheme.CreditRule.DESCRIBED),
                List.of(points));
    }

    @Test
    void aShortLabelIsTheNameAndAStatementIsNamedByItsFirstWord() {
        assertEquals(terms.exactTerms("Convection"), Descriptions.name("Convection", terms, 2));
        assertEquals(terms.exactTerms("Forced convection"),
                Descriptions.name("Forced convection (fans and pumps)", terms, 2));
        assertEquals(terms.exactTerms("Radiators"),
                Descriptions.name("Radiators warm the air next to them by conduction", terms, 2));
    }

    @Test
    void aStepLabelBeyondItsNameIsDefiningContent() {
        // The label states the step; "through the handle" is what an answer must say, not just "the pan".
        RubricPoint handle = point("handle", "Heat leaves the pan through the metal handle",
                "The heat is conducted along the handle.", "The handle gets hot because metal conducts.");
        RubricPoint air = point("air", "Convection", "Warm air rises above the pan and cool air takes its place.",
                "The hot air above the pan rises in a current.");
        RubricPoint glow = point("glow", "Radiation", "The hot pan gives off infrared waves.",
                "You can feel the infrared heat with your hand near the pan.");
        Descriptions d = new Descriptions(rubric(handle, air, glow), terms, MarkingSettings.defaults());
        assertTrue(d.defining("handle").containsAll(terms.exactTerms("metal handle")), d.defining("handle").toString());
        assertFalse(d.defining("air").contains(terms.exact("convection")), "the name describes nothing");
        assertFalse(d.defining("handle").contains(terms.exact("pan")), "a question word describes nothing");
        assertTrue(d.described("handle", terms.exactTerms("it goes along the handle")));
        assertFalse(d.described("handle", terms.exactTerms("the pan is hot")));
        assertTrue(d.described("air", terms.exactTerms("convection, the warm air rises")));
        assertFalse(d.described("air", terms.exactTerms("convection")));
    }

    @Test
    void oneWordOnItsOwnDescribesNothingEvenADefiningOne() {
        RubricPoint glow = point("glow", "Radiation", "The hot pan gives off infrared waves.",
                "You can feel the infrared heat with your hand near the pan.");
        RubricPoint air = point("air", "Convection", "Warm air rises above the pan and cool air takes its place.",
                "The hot air above the pan rises in a current.");
        RubricPoint handle = point("handle", "Conduction", "The heat is conducted along the metal handle.",
                "The handle gets hot because metal conducts.");
        Descriptions d = new Descriptions(rubric(glow, air, handle), terms, MarkingSettings.defaults());
        assertTrue(d.defining("glow").contains(terms.exact("infrared")), d.defining("glow").toString());
        assertFalse(d.described("glow", terms.exactTerms("INFRARED")));
        assertTrue(d.described("glow", terms.exactTerms("infrared waves")));
    }

    @Test
    void anotherPointsNameDoesNotDescribeThisOne() {
        // "Evaporation, boiling" lists two names; "boiling" is in evaporation's description but says nothing of it.
        RubricPoint boil = point("boil", "Boiling", "Bubbles of vapour form inside the hot water.",
                "Bubbles rise through the water and burst.");
        RubricPoint evaporate = point("evaporate", "Evaporation", "Evaporation is slow boiling at the surface.",
                "Water at the surface turns to vapour.");
        RubricPoint glow = point("glow", "Radiation", "The hot pan gives off infrared waves.",
                "You can feel the infrared heat with your hand near the pan.");
        Descriptions d = new Descriptions(rubric(boil, evaporate, glow), terms, MarkingSettings.defaults());
        assertFalse(d.defining("evaporate").contains(terms.exact("boiling")), d.defining("evaporate").toString());
        assertFalse(d.described("evaporate", terms.exactTerms("evaporation and boiling")));
        assertTrue(d.described("evaporate", terms.exactTerms("evaporation, the surface water becomes vapour")));
    }

    @Test
    void withoutItsNameAPointIsDescribedOnlyByMoreOfItsContent() {
        RubricPoint glow = point("glow", "Radiation", "The hot pan gives off infrared waves.",
                "You can feel the infrared heat with your hand near the pan.");
        RubricPoint air = point("air", "Convection", "Warm air rises above the pan and cool air takes its place.",
                "The hot air above the pan rises in a current.");
        RubricPoint handle = point("handle", "Heat leaves the pan through the metal handle",
                "The heat is conducted along the handle.", "The handle gets hot because metal conducts.");
        Descriptions d = new Descriptions(rubric(glow, air, handle), terms, MarkingSettings.defaults());
        assertTrue(d.described("glow", terms.exactTerms("radiation, the pan sends out infrared")));
        assertFalse(d.described("glow", terms.exactTerms("the pan sends out infrared")),
                "one defining word without the name is a hint");
        assertTrue(d.described("glow", terms.exactTerms("the pan sends out infrared waves")));
        // A label that states a step has no name to say: one defining term is enough.
        assertTrue(d.described("handle", terms.exactTerms("it goes along the handle")));
        Descriptions lenient = new Descriptions(rubric(glow, air, handle), terms,
                MarkingSettings.defaults().with(java.util.Map.of("credit.described-unnamed-extra-terms", "0")));
        assertTrue(lenient.described("glow", terms.exactTerms("the pan sends out infrared")));
    }

    @Test
    void aOneWordCueNamesThePointAndDescribesNothing() {
        RubricPoint handle = new RubricPoint("handle", "Heat leaves the pan through the metal handle",
                "Heat travels along the metal handle by conduction.", List.of("conduction", "along the handle"),
                List.of(), List.of("The metal handle gets hot by conduction."), List.of());
        RubricPoint air = point("air", "Convection", "Warm air rises above the pan and cool air takes its place.",
                "The hot air above the pan rises in a current.");
        RubricPoint glow = point("glow", "Radiation", "The hot pan gives off infrared waves.",
                "You can feel the infrared heat with your hand near the pan.");
        Descriptions d = new Descriptions(rubric(handle, air, glow), terms, MarkingSettings.defaults());
        assertFalse(d.defining("handle").contains(terms.exact("conduction")), d.defining("handle").toString());
        assertFalse(d.described("handle", terms.exactTerms("conduction happens next")));
        assertTrue(d.described("handle", terms.exactTerms("conduction heats the handle")));
    }

    @Test
    void aWordWhoseRootIsTheQuestionsRestatesIt() {
        // The question asks about the "movement" of heat: saying a way "moves heat" says nothing of which way.
        Rubric r = new Rubric("heat-moves", "List and describe three ways that cause the movement of heat. [3]", 3, "",
                true, new PointsScheme(3, List.of(new PointsScheme.Row(0, 0, 0),
                        new PointsScheme.Row(1, PointsScheme.OPEN, 3)), PointsScheme.CreditRule.DESCRIBED),
                List.of(point("air", "Convection", "Warm air moves upwards and cooler air sinks in its place.",
                                "A current of hot air rises over the stove."),
                        point("glow", "Radiation", "The hot pan sends out infrared waves.",
                                "Infrared waves move through empty space."),
                        point("handle", "Conduction", "Heat passes along the metal from particle to particle.",
                                "The spoon's handle warms up by conduction.")));
        Descriptions d = new Descriptions(r, terms, MarkingSettings.defaults());
        assertFalse(d.defining("air").contains(terms.exact("moves")), d.defining("air").toString());
        assertFalse(d.described("air", terms.exactTerms("convection moves the heat")));
        assertTrue(d.described("air", terms.exactTerms("convection, warm air rises")));
        assertEquals(java.util.Set.of(terms.exact("movement"), terms.exact("move")),
                Descriptions.roots("movement", terms, java.util.Set.of("ment", "ion")));
        assertEquals(java.util.Set.of(terms.exact("air")), Descriptions.roots("air", terms, java.util.Set.of("ion")),
                "a word no longer than its ending and two letters keeps only its own term");
    }

    @Test
    void aShortLabelWithAPathWordStatesAStepAndIsNamedByItsFirstWord() {
        assertEquals(terms.exactTerms("brick chimney"), Descriptions.name("The brick chimney", terms, 2));
        assertEquals(terms.exactTerms("brick"), Descriptions.name("Out via the brick chimney", terms, 2));
        RubricPoint flue = point("flue", "Out via the brick chimney", "Smoke and hot gas leave the house by the chimney.",
                "The hot gas rises up the chimney.");
        RubricPoint air = point("air", "Convection", "Warm air rises above the pan and cool air takes its place.",
                "The hot air above the pan rises in a current.");
        RubricPoint glow = point("glow", "Radiation", "The hot pan gives off infrared waves.",
                "You can feel the infrared heat with your hand near the pan.");
        Descriptions d = new Descriptions(rubric(flue, air, glow), terms, MarkingSettings.defaults());
        // Going out through the chimney is the step itself: saying it describes the point.
        assertTrue(d.described("flue", terms.exactTerms("the smoke escapes through the brick chimney")));
        assertFalse(d.described("flue", terms.exactTerms("brick walls")));
    }

    @Test
    void aClauseThatSaysAWholeStatementLabelDescribesItsStep() {
        // Steam, the lid and reaching it are every step's words, so none defines the first step on its own; but
        // the label states that step, and an answer that says all of it says the step as the teacher put it.
        RubricPoint reach = point("reach", "Steam reaches the lid", "Hot vapour rises up and meets the cold top.",
                "The vapour climbs until it meets the top.");
        RubricPoint drops = point("drops", "Drops form on the lid", "The steam reaches the lid and condenses.",
                "Water drops gather under the lid.");
        RubricPoint fall = point("fall", "Drops fall back", "The drops grow on the lid, reach a size and fall.",
                "Heavy drops fall from the lid back into the pan.");
        Descriptions d = new Descriptions(rubric(reach, drops, fall), terms, MarkingSettings.defaults());
        assertFalse(d.defining("reach").contains(terms.exact("lid")), d.defining("reach").toString());
        assertTrue(d.described("reach", terms.exactTerms("then the steam reaches the lid")));
        assertFalse(d.described("reach", terms.exactTerms("the steam reaches the ceiling")),
                "part of the label is not the step");
        // A label that is a name ("Drops fall back" is a statement, "Convection" a name) is not described by itself.
        RubricPoint air = point("air", "Convection", "Warm air rises above the pan and cool air takes its place.",
                "The hot air above the pan rises in a current.");
        Descriptions named = new Descriptions(rubric(air, drops, fall), terms, MarkingSettings.defaults());
        assertFalse(named.described("air", terms.exactTerms("convection happens")));
    }

    @Test
    void theQuestionsAbbreviationWrittenInFullDescribesNothing() {
        Rubric r = new Rubric("energy", "List and describe three steps in the life of AT in a cell. [3]", 3, "", true,
                new PointsScheme(3, List.of(new PointsScheme.Row(0, 0, 0), new PointsScheme.Row(1, PointsScheme.OPEN, 3)),
                        PointsScheme.CreditRule.DESCRIBED),
                List.of(point("made", "Mitochondria", "Adenosine triphosphate comes out of the mitochondria.",
                                "The mitochondria release it."),
                        point("used", "Muscles", "Muscles split it to contract.", "A muscle uses it to pull."),
                        point("store", "Stores", "Cells keep little of it in store.", "Cells hold a small stock.")));
        Descriptions d = new Descriptions(r, terms, MarkingSettings.defaults());
        assertFalse(d.defining("made").contains(terms.exact("adenosine")), d.defining("made").toString());
        assertFalse(d.described("made", terms.exactTerms("mitochondria and adenosine triphosphate")));
        assertTrue(d.described("made", terms.exactTerms("mitochondria release it")));
    }
}
