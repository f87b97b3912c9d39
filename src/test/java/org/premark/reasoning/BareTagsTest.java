package org.premark.reasoning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.premark.claims.Claim;

class BareTagsTest {

    static final BareTags TAGS = new BareTags(List.of("reason", "reasons", "why"), 1);

    static boolean bare(String text) {
        Claim claim = new Claim(0, 0, text, 0, text.length(), List.of(), "", false, false);
        return TAGS.bare(claim, Clauses.terms(text), FocusMatcherTest.matcher());
    }

    @Test
    void aTagThatOnlyWordsTheOutcomeIsBare() {
        assertTrue(bare("so that is the reason the king was turned against"));
        assertTrue(bare("That is why he lost the support"));
    }

    @Test
    void aSummaryConnectiveJoiningTheClauseBeforeIsNoTag() {
        String text = "that is why he was turned against";
        Claim joined = new Claim(1, 0, text, 0, text.length(), List.of(), "that is why", true, false);
        assertFalse(TAGS.bare(joined, Clauses.terms(text), FocusMatcherTest.matcher(), true));
        assertTrue(TAGS.bare(joined, Clauses.terms(text), FocusMatcherTest.matcher(), false),
                "opening its own sentence it tags what came before");
        String summary = "so that is the reason he was turned against";
        Claim inside = new Claim(1, 0, summary, 0, summary.length(), List.of(), "so", true, false);
        assertTrue(TAGS.bare(inside, Clauses.terms(summary), FocusMatcherTest.matcher(), true),
                "a summary word outside the connective still tags the answer's reasons");
    }

    @Test
    void aTagWithContentOfItsOwnIsAnOutcome() {
        assertFalse(bare("that is why the homeless barons turned against him"));
    }

    @Test
    void anOutcomeWithoutASummaryWordIsNoTag() {
        assertFalse(bare("so the barons turned against him"));
        assertFalse(BareTags.NONE.bare(new Claim(0, 0, "why", 0, 3, List.of(), "", false, false),
                List.of(), FocusMatcherTest.matcher()));
    }

    @Test
    void aNegativeContentBarIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new BareTags(List.of("why"), -1));
    }

    @Test
    void theScanFindsTheSameTagsAsTheSplit() {
        String[] pieces = {"why", "WHY", "Reason", "reasons", "reason's", "reasonable", "'why'", "why's", " ", ",",
            "-", "’", "\u0130", "\u212A", "é", "so", "that", "is", "3", "\n", "'"};
        Random random = new Random(9);
        for (int n = 0; n < 5000; n++) {
            StringBuilder text = new StringBuilder();
            int words = random.nextInt(8);
            for (int k = 0; k < words; k++) {
                text.append(pieces[random.nextInt(pieces.length)]);
                if (random.nextBoolean()) {
                    text.append(' ');
                }
            }
            String t = text.toString();
            assertEquals(TAGS.tagsBySplit(t), TAGS.tags(t), t);
        }
        assertTrue(TAGS.tags("That's WHY."));
        assertFalse(TAGS.tags("unreasonable"));
    }
}
