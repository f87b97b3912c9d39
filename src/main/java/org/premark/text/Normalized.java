package org.premark.text;

import java.util.Arrays;
import java.util.Objects;

/**
 * Text prepared for the language models, with the way back to the text as the student sent it: every character
 * of {@link #text()} knows the offset of the original character it stands for. Rules only change a character's
 * case or insert separators (spaces, line breaks), so each original character keeps exactly one place.
 */
public final class Normalized {

    private final String original;
    private final String text;
    /** {@code origin[i]} is the original offset of {@code text.charAt(i)}; -1 for an inserted character. */
    private final int[] origin;

    private Normalized(String original, String text, int[] origin) {
        this.original = original;
        this.text = text;
        this.origin = origin;
    }

    /** The text unchanged. */
    public static Normalized identity(String text) {
        Objects.requireNonNull(text, "text");
        return new Normalized(text, text, null);
    }

    public String original() {
        return original;
    }

    public String text() {
        return text;
    }

    /** True when no rule changed anything. */
    public boolean unchanged() {
        return origin == null && text.equals(original);
    }

    /** Whether {@code text.charAt(i)} was inserted by a rule (it has no original character). */
    public boolean inserted(int i) {
        return origin != null && origin[i] < 0;
    }

    /**
     * The original offset where a span starting at normalised offset {@code start} starts: its first original
     * character at or after {@code start}.
     */
    public int originalStart(int start) {
        if (origin == null) {
            return start;
        }
        for (int i = start; i < text.length(); i++) {
            if (origin[i] >= 0) {
                return origin[i];
            }
        }
        return original.length();
    }

    /** The original offset after a span ending at normalised offset {@code end}: after its last original character. */
    public int originalEnd(int end) {
        if (origin == null) {
            return end;
        }
        for (int i = end - 1; i >= 0; i--) {
            if (origin[i] >= 0) {
                return origin[i] + 1;
            }
        }
        return 0;
    }

    /** Starts an edit of this text; the result's offsets map back to the same original. */
    Editor edit() {
        return new Editor(this);
    }

    /** Collects same-length replacements and insertions, applied in one pass by {@link #done()}. */
    static final class Editor {

        private final Normalized base;
        private final char[] chars;
        /** {@code inserts[i]}: text inserted before base character i; index length for the end. */
        private final String[] inserts;
        private boolean changed;

        private Editor(Normalized base) {
            this.base = base;
            this.chars = base.text.toCharArray();
            this.inserts = new String[chars.length + 1];
        }

        /** Replaces character {@code i} by {@code c} (same position, so offsets are unaffected). */
        Editor set(int i, char c) {
            if (chars[i] != c) {
                chars[i] = c;
                changed = true;
            }
            return this;
        }

        /** Inserts {@code s} (whitespace only) before character {@code i}; once per position. */
        Editor insert(int i, String s) {
            if (!s.isBlank()) {
                throw new IllegalArgumentException("only whitespace may be inserted, got '" + s + "'");
            }
            if (inserts[i] == null) {
                inserts[i] = s;
                changed = true;
            }
            return this;
        }

        Normalized done() {
            if (!changed) {
                return base;
            }
            StringBuilder out = new StringBuilder(chars.length + 8);
            int[] origin = new int[chars.length * 2 + 8];
            int n = 0;
            for (int i = 0; i <= chars.length; i++) {
                if (inserts[i] != null) {
                    for (int k = 0; k < inserts[i].length(); k++) {
                        out.append(inserts[i].charAt(k));
                        origin = grow(origin, n);
                        origin[n++] = -1;
                    }
                }
                if (i < chars.length) {
                    out.append(chars[i]);
                    origin = grow(origin, n);
                    origin[n++] = base.origin == null ? i : base.origin[i];
                }
            }
            return new Normalized(base.original, out.toString(), Arrays.copyOf(origin, n));
        }

        private static int[] grow(int[] a, int n) {
            return n < a.length ? a : Arrays.copyOf(a, a.length * 2);
        }
    }

    @Override
    public String toString() {
        return text;
    }
}
