package org.premark.claims;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Small token tests shared by the connective, negation and splitting rules. */
final class Words {

    private static final Set<String> RELATIVE = Set.of("who", "whom", "whose", "which", "that", "where");

    private Words() {
    }

    /** The token's text in lower case with typographic apostrophes made plain, for table look-ups. */
    static String lower(Token t) {
        return plain(t.text()).toLowerCase(Locale.ROOT);
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
        return t.text().codePoints().anyMatch(Character::isLetterOrDigit);
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

    static boolean isRelative(String lower) {
        return RELATIVE.contains(lower);
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

    /**
     * True when {@code [from, to)} holds a verb that can head a clause of its own: not an infinitive after
     * "to", and not inside a relative clause ("Kamenev, who was ...").
     */
    static boolean clauseVerb(List<Token> tokens, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(to, tokens.size()); i++) {
            String w = lower(tokens.get(i));
            if (isRelative(w) && i > from) {
                return false;
            }
            if (isVerbal(tokens.get(i)) && !lower(tokens, i - 1).equals("to")) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a clause with its own subject starts at {@code j}: a few non-verb words, then a verb that is
     * not an infinitive, with no punctuation or relative pronoun in between ("he was ill", "Stalin won").
     */
    static boolean startsClause(List<Token> tokens, int j) {
        if (j >= tokens.size() || isVerbal(tokens.get(j)) || !isWord(tokens.get(j))
                || tokens.get(j).pos().equals("ADP")) {
            return false;
        }
        for (int k = j + 1; k < Math.min(tokens.size(), j + 7); k++) {
            Token t = tokens.get(k);
            if (!isWord(t) || isRelative(lower(t))) {
                return false;
            }
            if (isVerbal(t)) {
                return !lower(tokens, k - 1).equals("to");
            }
        }
        return false;
    }
}
