package org.premark.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class AgreementTest {

    @Test
    void perfectAgreementHasKappaOne() {
        int[] m = {0, 1, 2, 3, 4, 5, 6};
        assertEquals(1.0, Agreement.qwk(m, m, 0, 6), 1e-12);
    }

    @Test
    void kappaMatchesAHandComputedExample() {
        // gold 0,1,2 vs predicted 0,2,2 on a 0..2 scale: weights (i-j)^2/4.
        // observed disagreement: one pair (1,2) weight 1/4 -> 0.25.
        // expected: gold hist [1,1,1], pred hist [1,0,2], n=3 -> sum w * g_i p_j / 3.
        int[] gold = {0, 1, 2};
        int[] pred = {0, 2, 2};
        double expected = 0;
        double[] g = {1, 1, 1};
        double[] p = {1, 0, 2};
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                expected += (i - j) * (i - j) / 4.0 * g[i] * p[j] / 3;
            }
        }
        assertEquals(1 - 0.25 / expected, Agreement.qwk(gold, pred, 0, 2), 1e-12);
    }

    @Test
    void systematicReversalIsNegative() {
        int[] gold = {0, 1, 2, 3, 4, 5, 6};
        int[] pred = {6, 5, 4, 3, 2, 1, 0};
        assertEquals(-1.0, Agreement.qwk(gold, pred, 0, 6), 1e-12);
    }

    @Test
    void exactWithinOneAndMae() {
        int[] gold = {2, 4, 6, 0};
        int[] pred = {2, 5, 3, 0};
        assertEquals(0.5, Agreement.exact(gold, pred), 1e-12);
        assertEquals(0.75, Agreement.within(gold, pred, 1), 1e-12);
        assertEquals(1.0, Agreement.meanAbsoluteError(gold, pred), 1e-12);
    }

    @Test
    void confusionRowsAreGoldColumnsArePredicted() {
        int[][] m = Agreement.confusion(new int[] {0, 1, 1}, new int[] {1, 1, 0}, 0, 1);
        assertArrayEquals(new int[] {0, 1}, m[0]);
        assertArrayEquals(new int[] {1, 1}, m[1]);
    }

    @Test
    void mismatchedOrEmptyInputIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Agreement.exact(new int[] {1}, new int[] {1, 2}));
        assertThrows(IllegalArgumentException.class, () -> Agreement.exact(new int[0], new int[0]));
        assertThrows(IllegalArgumentException.class, () -> Agreement.qwk(new int[] {7}, new int[] {1}, 0, 6));
    }

    @Test
    void countsGivePrecisionRecallAndF1() {
        Counts c = new Counts(6, 2, 4);
        assertEquals(0.75, c.precision(), 1e-12);
        assertEquals(0.6, c.recall(), 1e-12);
        assertEquals(2 * 0.75 * 0.6 / 1.35, c.f1(), 1e-12);
        assertEquals(new Counts(7, 2, 5), c.plus(new Counts(1, 0, 1)));
        assertThrows(IllegalArgumentException.class, () -> new Counts(-1, 0, 0));
    }
}
