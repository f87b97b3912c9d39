package org.premark.marking;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.premark.claims.Claim;
import org.premark.lang.Lexicon;
import org.premark.notes.SpellingCorrectorLucene;
import org.premark.rubric.RubricPoint;

/** A rubric on why a young king's barons turned on his uncle, written for these tests. */
class FearedThingsTest {

    private static final Lexicon LEXICON = Lexicon.english();
    private static final Terms TERMS = new Terms(null, LEXICON);
    private static final RubricPoint USURPER = point("usurper", "Fear of a usurper", "commanded the guard");
    private static final RubricPoint OBEY = point("obey", "Fear made the barons obey", "did as they were told");
    private static final RubricPoint GUARD = point("guard", "The guard and fear of a coup", "commanded the guard");
    private static final RubricPoint LANDS = point("lands", "Seized lands", "took their castles");

    private static RubricPoint point(String id, String label, String cue) {
        return new RubricPoint(id, label, label + ".", List.of(cue), List.of(), List.of(), List.of());
    }

    private final StringBuilder answer = new StringBuilder();
    private final List<Claim> claims = new ArrayList<>();
    private final List<PointScore> best = new ArrayList<>();
    private final List<List<String>> claimTerms = new ArrayList<>();
    /** How the clauses' words become terms: as written, or spelling-corrected as a marker does. */
    private Terms read = TERMS;
    private int sentence;

    /** One clause of the current sentence; {@code point} is what it matched, or null. */
    private FearedThingsTest clause(String text, RubricPoint point) {
        if (!claims.isEmpty() && claims.get(claims.size() - 1).sentence() == sentence) {
            answer.append(", ");
        }
        int start = answer.length();
        answer.append(text);
        claims.add(new Claim(claims.size(), sentence, text, start, answer.length(), List.of(), "", false, false));
        List<String> t = TERMS.exactTerms(text);
        claimTerms.add(read.studentTerms(List.of(text)));
        best.add(point == null ? null : new PointScore(point, 1.0,
                new Phrase(t, new LinkedHashSet<>(t), false, false, 1.0, text)));
        return this;
    }

    private FearedThingsTest stop() {
        answer.append(". ");
        sentence++;
        return this;
    }

    private FearedThingsTest newParagraph() {
        answer.append("\n\n");
        return this;
    }

    private boolean[] apply(int window) {
        boolean[] credited = new boolean[claims.size()];
        for (int i = 0; i < credited.length; i++) {
            credited[i] = best.get(i) != null;
        }
        FearedThings.of(List.of(USURPER, OBEY, GUARD, LANDS), LEXICON, window)
                .apply(answer.toString(), claims, claimTerms, best, credited);
        return credited;
    }

    @Test
    void onlyALabelThatOpensWithTheFeelingOfSomethingIsAFeelingPoint() {
        assertEquals(List.of("usurper"),
                FearedThings.of(List.of(USURPER, OBEY, GUARD, LANDS), LEXICON, 1).feelings());
    }

    @Test
    void theFearedThingToldAsAFactIsNotTheFear() {
        clause("The uncle commanded the guard for ten years", USURPER).stop()
                .clause("He won every battle he fought", null).stop();
        assertArrayEquals(new boolean[] {false, false}, apply(1));
    }

    @Test
    void theFearSaidInTheSameSentenceOrTheNextKeepsTheCredit() {
        clause("The barons were frightened", null).clause("because the uncle commanded the guard", USURPER).stop();
        assertArrayEquals(new boolean[] {false, true}, apply(1));

        clause("The uncle also commanded the guard", USURPER).stop()
                .clause("So the barons grew suspicious of what he might do", null).stop();
        assertArrayEquals(new boolean[] {false, true, true, false}, apply(1));
    }

    @Test
    void theFearMustBeNearAndInTheSameParagraph() {
        clause("Everyone dreaded the uncle", null).stop()
                .clause("The kingdom was poor", null).stop()
                .clause("He commanded the guard", USURPER).stop();
        assertArrayEquals(new boolean[] {false, false, false}, apply(1));
        assertArrayEquals(new boolean[] {false, false, true}, apply(2));

        claims.clear();
        best.clear();
        claimTerms.clear();
        answer.setLength(0);
        clause("The barons feared the uncle", null).stop().newParagraph()
                .clause("He commanded the guard", USURPER).stop();
        assertArrayEquals(new boolean[] {false, false}, apply(1));
    }

    @Test
    void otherPointsKeepTheirCreditWithoutAnyFeeling() {
        clause("The barons did as they were told", OBEY).stop()
                .clause("The uncle commanded the guard", GUARD).stop()
                .clause("He took their castles", LANDS).stop();
        assertArrayEquals(new boolean[] {true, true, true}, apply(0));
    }

    /** The feeling is read from the clause's corrected terms, so a misspelt feeling still says it. */
    @Test
    void aMisspeltFeelingIsReadAsCorrected() {
        read = new Terms(SpellingCorrectorLucene.of(List.of("barons", "grew", "frightened", "uncle", "guard")),
                LEXICON);
        clause("The barons grew frightend of the uncle", null).stop()
                .clause("He commanded the guard", USURPER).stop();
        assertArrayEquals(new boolean[] {false, true}, apply(1));

        // A word that corrects to no feeling is still no feeling.
        claims.clear();
        best.clear();
        claimTerms.clear();
        answer.setLength(0);
        clause("The barons grew frigid towards the uncle", null).stop()
                .clause("He commanded the guard", USURPER).stop();
        assertArrayEquals(new boolean[] {false, false}, apply(1));
    }

    @Test
    void termsMustCoverEveryClause() {
        clause("He commanded the guard", USURPER).stop();
        boolean[] credited = {true};
        assertThrows(IllegalArgumentException.class, () -> FearedThings.of(List.of(USURPER), LEXICON, 1)
                .apply(answer.toString(), claims, List.of(), best, credited));
    }

    @Test
    void aNegativeWindowIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> FearedThings.of(List.of(USURPER), LEXICON, -1));
    }
}
