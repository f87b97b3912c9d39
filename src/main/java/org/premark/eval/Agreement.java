package org.premark.eval;

/** Agreement statistics between two lists of integer marks on the scale min..max. */
public final class Agreement {

    private Agreement() {
    }

    /** Quadratic weighted kappa (Cohen); 1 when both raters are constant and agree, 0 when chance-level. */
    public static double qwk(int[] gold, int[] predicted, int min, int max) {
        check(gold, predicted);
        int k = max - min + 1;
        double[][] observed = new double[k][k];
        double[] g = new double[k];
        double[] p = new double[k];
        for (int i = 0; i < gold.length; i++) {
            int a = gold[i] - min;
            int b = predicted[i] - min;
            if (a < 0 || a >= k || b < 0 || b >= k) {
                throw new IllegalArgumentException("mark out of " + min + ".." + max + ": " + gold[i] + " / " + predicted[i]);
            }
            observed[a][b]++;
            g[a]++;
            p[b]++;
        }
        int n = gold.length;
        double num = 0;
        double den = 0;
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double w = (double) (i - j) * (i - j) / ((double) (k - 1) * (k - 1));
                num += w * observed[i][j];
                den += w * g[i] * p[j] / n;
            }
        }
        if (den == 0) {
            return num == 0 ? 1.0 : 0.0;
        }
        return 1.0 - num / den;
    }

    public static double exact(int[] gold, int[] predicted) {
        return within(gold, predicted, 0);
    }

    public static double within(int[] gold, int[] predicted, int tolerance) {
        check(gold, predicted);
        int ok = 0;
        for (int i = 0; i < gold.length; i++) {
            if (Math.abs(gold[i] - predicted[i]) <= tolerance) {
                ok++;
            }
        }
        return (double) ok / gold.length;
    }

    public static double meanAbsoluteError(int[] gold, int[] predicted) {
        check(gold, predicted);
        double sum = 0;
        for (int i = 0; i < gold.length; i++) {
            sum += Math.abs(gold[i] - predicted[i]);
        }
        return sum / gold.length;
    }

    /** Rows are the examiner's marks, columns the marker's. */
    public static int[][] confusion(int[] gold, int[] predicted, int min, int max) {
        check(gold, predicted);
        int[][] m = new int[max - min + 1][max - min + 1];
        for (int i = 0; i < gold.length; i++) {
            m[gold[i] - min][predicted[i] - min]++;
        }
        return m;
    }

    private static void check(int[] gold, int[] predicted) {
        if (gold.length != predicted.length) {
            throw new IllegalArgumentException("gold has " + gold.length + " marks but predicted has " + predicted.length);
        }
        if (gold.length == 0) {
            throw new IllegalArgumentException("no marks to compare");
        }
    }
}
