package org.premark.claims;

import java.util.List;
import java.util.Set;
import org.premark.lang.Lexicon;
import org.premark.lang.WordList;

/** Where clauses start and whether a span holds one; reads the language's relative pronouns. Immutable. */
final class Clauses {

    private final Set<String> relative;

    Clauses(Lexicon lexicon) {
        this.relative = Set.copyOf(lexicon.words(WordList.RELATIVE_PRONOUNS));
    }

    boolean isRelative(String lower) {
        return relative.contains(lower);
    }

    /**
     * True when {@code [from, to)} holds a verb that can head a clause of its own: not an infinitive after
     * "to", and not inside a relative clause ("Kamenev, who was ...").
     */
    boolean clauseVerb(List<Token> tokens, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(to, tokens.size()); i++) {
            String w = Words.lower(tokens.get(i));
            if (isRelative(w) && i > from) {
                return false;
            }
            if (Words.isVerbal(tokens.get(i)) && !Words.lower(tokens, i - 1).equals("to")) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a clause with its own subject starts at {@code j}: a few non-verb words, then a verb that is
     * not an infinitive, with no punctuation or relative pronoun in between ("he was ill", "Stalin won").
     */
    boolean startsClause(List<Token> tokens, int j) {
        if (j >= tokens.size() || Words.isVerbal(tokens.get(j)) || !Words.isWord(tokens.get(j))
                || tokens.get(j).pos().equals("ADP")) {
            return false;
        }
        for (int k = j + 1; k < Math.min(tokens.size(), j + 7); k++) {
            Token t = tokens.get(k);
            if (!Words.isWord(t) || isRelative(Words.lower(t))) {
                return false;
            }
            if (Words.isVerbal(t)) {
                return !Words.lower(tokens, k - 1).equals("to");
            }
        }
        return false;
    }
}
