package org.premark.marking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.premark.rubric.PointsScheme;
import org.premark.rubric.Rubric;
import org.premark.rubric.RubricPoint;

class AcronymsTest {

    private Rubric rubric(String... synonyms) {
        RubricPoint p = new RubricPoint("filtered", "Blood is filtered in the kidney", "The kidney filters the blood.",
                List.of("filters the blood"), List.of(synonyms), List.of(), List.of());
        return new Rubric("kidney", "Describe how the kidney cleans the blood. [1]", 1, "", true,
                new PointsScheme(1, List.of(new PointsScheme.Row(0, 0, 0),
                        new PointsScheme.Row(1, PointsScheme.OPEN, 1))), List.of(p));
    }

    @Test
    void anAbbreviationBesideItsWordsInOneLineBecomesASynonymOfThem() {
        assertEquals(List.of("GFR, glomerular filtration rate"),
                Acronyms.implied("the glomerular filtration rate, the GFR"));
        assertEquals(List.of("PCT, proximal convoluted tubule"),
                Acronyms.implied("first proximal convoluted tubule, first PCT"));
        Rubric widened = Acronyms.widen(rubric("kidney tubule, nephron", "outer CT, outer convoluted tubule"));
        assertEquals(List.of("kidney tubule, nephron", "outer CT, outer convoluted tubule", "CT, convoluted tubule"),
                widened.points().get(0).synonyms());
    }

    @Test
    void onlyCapitalsThatAreTheWordsInitialsCount() {
        assertEquals(List.of(), Acronyms.implied("big vessel, big artery"), "one word for another is no abbreviation");
        assertEquals(List.of(), Acronyms.implied("renal BV, renal artery wall"), "letters other than the initials");
        assertEquals(List.of(), Acronyms.implied("renal ct, renal convoluted tubule"), "not in capitals");
        assertEquals(List.of(), Acronyms.implied("GFR, glomerular filtration rate"),
                "a whole member already stands for the whole other");
        assertTrue(Acronyms.stands("ER", List.of("endoplasmic", "reticulum")));
        assertFalse(Acronyms.stands("ER", List.of("reticulum")));
        Rubric plain = rubric("kidney tubule, nephron");
        assertSame(plain, Acronyms.widen(plain));
    }

    @Test
    void aPairSpellsOutAnAbbreviationByItsInitialsOrByTheFirstInitialBeforeTheSecondWord() {
        assertEquals(java.util.Set.of("ATP", "mRNA"), Acronyms.abbreviations("Does ATP reach the mRNA in the pH of a cell?"),
                "one capital (pH) makes no abbreviation");
        assertTrue(Acronyms.spellsOut("carbon", "dioxide", java.util.Set.of("CD")));
        assertTrue(Acronyms.spellsOut("messenger", "rna", java.util.Set.of("mRNA")), "m + RNA");
        assertFalse(Acronyms.spellsOut("transfer", "rna", java.util.Set.of("mRNA")));
        assertFalse(Acronyms.spellsOut("carbon", "atoms", java.util.Set.of("CD", "mRNA")));
    }
}
