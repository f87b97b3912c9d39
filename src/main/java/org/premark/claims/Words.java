package org.premark.claims;

import java.util.List;
import java.util.Locale;

/** Small token tests shared by the connective, negation and splitting rules; they read no word list. */
final class Words {

    private Words() {
    }

    /** The token's text in lower case with typographic apostrophes made plain, for table look-ups. */
    static String lower(Token t) {
        String s = t.text();
        // Most tokens are already plain lower-case ASCII: one scan then, and no copies.
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x7F || c >= 'A' && c <= 'Z' || c == '`' || c == '\t' || c == '\u000B' || c == '\f') {
                return plain(s).toLowerCase(Locale.ROOT);
            }
        }
        return s;
    }

    /** {@link #lower} of {@code tokens.get(i)}, or "" outside the list. */
    static String lower(List<Token> tokens, int i) {
        return i >= 0 && i < tokens.size() ? lower(tokens.get(i)) : "";
    }

    /** The POS of {@code tokens.get(i)}, or "" outside the list. */
    static String pos(List<Token> tokens, int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).pos() : "";
    }

    /** Replaces typographic quotes, dashes and spaces by ASCII ones of the same length. */
    static String plain(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char r = switch (c) {
                case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u00B4', '`' -> '\'';
                case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> '"';
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
                case '\u00A0', '\u2007', '\u202F', '\t', '\u000B', '\f' -> ' ';
                default -> c;
            };
            if (r != c) {
                if (b == null) {
                    b = new StringBuilder(s);
                }
                b.setCharAt(i, r);
            }
        }
        return b == null ? s : b.toString();
    }

    /** True when the token holds a letter or a digit. */
    static boolean isWord(Token t) {
        String s = t.text();
        // A loop rather than codePoints().anyMatch: every rule asks this of every token.
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    /** True for VERB and AUX, including combined tags such as AUX+PART. */
    static boolean isVerbal(Token t) {
        for (String part : t.pos().split("\\+")) {
            if (part.equals("VERB") || part.equals("AUX")) {
                return true;
            }
        }
        return false;
    }

    /** True when some token in {@code [from, to)} is a word. */
    static boolean anyWord(List<Token> tokens, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(to, tokens.size()); i++) {
            if (isWord(tokens.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** True when some token in {@code [from, to)} is verbal. */
    static boolean anyVerb(List<Token> tokens, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(to, tokens.size()); i++) {
            if (isVerbal(tokens.get(i))) {
                return true;
            }
        }
        return false;
    }
}
