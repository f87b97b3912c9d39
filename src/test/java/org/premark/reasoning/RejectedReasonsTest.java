package org.premark.reasoning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.premark.lang.Lexicon;

class RejectedReasonsTest {

    private static final RejectedReasons REJECTIONS = RejectedReasons.from(Lexicon.english());

    @Test
    void aDoubtAboutTheReasonBeforeRejectsIt() {
        assertTrue(REJECTIONS.rejects("but I don't believe this was the main cause"));
        assertTrue(REJECTIONS.rejects("though i doubt it mattered much"));
        assertTrue(REJECTIONS.rejects("I do not think that it was true"));
        assertTrue(REJECTIONS.rejects("but im not sure that was really it"));
    }

    @Test
    void aDoubtAboutANewFactRejectsNothing() {
        assertFalse(REJECTIONS.rejects("I don't think it was easy for the monks"));
        assertFalse(REJECTIONS.rejects("I don't think the barons trusted him"));
        assertFalse(REJECTIONS.rejects("it was the main reason"));
        assertFalse(REJECTIONS.rejects("I dont think"));
    }

    @Test
    void theRejectedReasonLosesItsCreditInItsSentence() {
        Clauses c = Clauses.of("|a few writers say the mill closed", "because|the river dried up",
                "but|I dont think that was it", ",|the owner had gone bankrupt");
        String[] points = {null, "drought", null, "bankruptcy"};
        ClauseOwnership.apply(c.claims, points, List.of(), REJECTIONS);
        assertArrayEquals(new String[] {null, null, null, "bankruptcy"}, points);
    }
}
