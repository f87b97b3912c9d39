package org.premark.eval;

import java.util.Locale;

/** {@code count} of {@code of} answers; the value is n/a (NaN) when there are none to count. */
public record Share(int count, int of) {

    public Share {
        if (of < 0 || count < 0 || count > of) {
            throw new IllegalArgumentException("need 0 <= count <= of, got " + count + " of " + of);
        }
    }

    /** count ÷ of, or NaN when {@code of} is 0 (nothing to measure). */
    public double value() {
        return of == 0 ? Double.NaN : (double) count / of;
    }

    /** Like {@code 0.750 (6 of 8)}, or {@code n/a (0 of 0)}. */
    public String format() {
        return (of == 0 ? "n/a" : String.format(Locale.ROOT, "%.3f", value())) + " (" + count + " of " + of + ")";
    }
}
