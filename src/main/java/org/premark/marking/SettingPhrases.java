package org.premark.marking;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiPredicate;
import org.premark.claims.Claim;
import org.premark.claims.Token;

/**
 * A point is credited only from the part of a clause that is about it. A clause that opens with a phrase setting
 * it in time or place ({@code setting-openers.txt}: "During the great flood the army built dams", "Before he died
 * he wrote a will") is about what its own subject did then; the opening phrase is the backdrop. When the words
 * that matched the point lie only in that phrase, so that the rest of the clause, from its subject on, no longer
 * matches the point, the clause does not earn it: "During the great flood of that year the mayor was away" says
 * where the mayor was, not that there was a flood. A clause whose own part still matches keeps the point ("In
 * 1921 the army built dams").
 *
 * <p>The subject is the noun phrase right before the clause's first verb (nouns, names, adjectives and numbers,
 * joined by "and", "of" or a comma; a pronoun alone; it ends at an article, a year, or a common noun before a
 * name: "In the spring Smith …"). When that noun phrase
 * starts right after the opener, the opener opens a clause of its own ("Before <i>he</i> died …"), and the main
 * clause is the next subject and verb after it. A clause with no subject after its opening phrase (a fragment)
 * is left alone. Immutable; thread-safe.
 */
final class SettingPhrases {

    private final Set<String> openers;
    private final Set<String> relatives;
    private final Set<String> possessives;

    /**
     * @param openers   the words that open a setting phrase ({@code setting-openers.txt})
     * @param relatives the words that open a relative clause ({@code relative-pronouns.txt}): the verb of "the
     *                  sailors, whose wives had waited, …" is not the sailors' own
     * @param possessives the possessive words ({@code possessive-words.txt}), which open a subject as an article does
     */
    SettingPhrases(Set<String> openers, Set<String> relatives, Set<String> possessives) {
        this.openers = Set.copyOf(openers);
        this.relatives = Set.copyOf(relatives);
        this.possessives = Set.copyOf(possessives);
    }

    /**
     * Clears, in place, the credit of clauses whose point is named only in their opening setting phrase.
     *
     * @param stillMatches whether a clause (the part of a credited clause from its main subject on) matches the
     *                     point of the score it was credited for
     */
    void apply(List<Claim> claims, List<PointScore> best, boolean[] credited,
            BiPredicate<Claim, PointScore> stillMatches) {
        for (int i = 0; i < claims.size(); i++) {
            if (!credited[i] || best.get(i) == null) {
                continue;
            }
            Claim c = claims.get(i);
            int main = mainStart(c.tokens());
            if (main <= 0) {
                continue;
            }
            if (!stillMatches.test(rest(c, main), best.get(i))) {
                credited[i] = false;
            }
        }
    }

    /** The part of {@code c} from token {@code from} on, as a claim of its own (same index, sentence, negation). */
    static Claim rest(Claim c, int from) {
        List<Token> tokens = c.tokens();
        int start = tokens.get(from).start();
        String text = c.text().substring(start - c.start());
        return new Claim(c.index(), c.sentence(), text, start, c.end(), tokens.subList(from, tokens.size()), "",
                false, c.negated());
    }

    /**
     * The index of the token where the clause's main part (its subject) starts after an opening setting phrase, or
     * -1 when the clause opens with none or has no subject and verb after it.
     */
    int mainStart(List<Token> tokens) {
        int o = 0;
        // "and then in 1921 …": the joining words before the phrase are not part of it.
        while (o < tokens.size() && !openers.contains(tokens.get(o).text().toLowerCase(Locale.ROOT))
                && (tokens.get(o).coordinator() || tokens.get(o).adverb() || tokens.get(o).pos().equals("PUNCT"))) {
            o++;
        }
        if (o >= tokens.size() || !openers.contains(tokens.get(o).text().toLowerCase(Locale.ROOT))) {
            return -1;
        }
        int v1 = nextVerb(tokens, o + 1);
        if (v1 < 0) {
            return -1;
        }
        // "In 1941 the sailors, whose wives had waited …, were …": the subject is the phrase before the relative.
        for (int k = o + 2; k < v1; k++) {
            Token before = tokens.get(k - 1);
            if (relatives.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))
                    && (before.noun() || before.text().equals(","))) {
                int end = before.text().equals(",") ? k - 1 : k;
                int s = subjectStart(tokens, end, o + 1);
                return s < end && s > o + 1 ? s : -1;
            }
        }
        int s1 = subjectStart(tokens, v1, o + 1);
        if (s1 == v1) {
            return -1;
        }
        if (s1 > o + 1) {
            return s1;
        }
        // The opener opens a clause ("before he died"): the main clause is the next subject and verb.
        for (int v = nextVerb(tokens, v1 + 1); v >= 0; v = nextVerb(tokens, v + 1)) {
            if (tokens.get(v - 1).verb()) {
                continue;
            }
            int s = subjectStart(tokens, v, v1 + 1);
            if (s < v) {
                return s;
            }
        }
        return -1;
    }

    private static int nextVerb(List<Token> tokens, int from) {
        for (int k = from; k < tokens.size(); k++) {
            if (tokens.get(k).verb()) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Where the noun phrase ending right before {@code verb} starts, not before {@code floor}; {@code verb} when
     * there is none. A pronoun is a phrase alone; an article or a possessive ends it ("the NKVD"); a year ends it
     * before the year ("in 1928 people" → "people"), being the setting's own.
     */
    private int subjectStart(List<Token> tokens, int verb, int floor) {
        int start = verb;
        for (int k = verb - 1; k >= floor; k--) {
            Token t = tokens.get(k);
            String pos = t.pos();
            if (t.pronoun() || t.determiner()) {
                // A pronoun is the whole subject; an article or possessive opens it.
                return start == verb || t.determiner() || possessive(t) ? k : start;
            }
            if (t.noun() && !t.properNoun() && k + 1 < verb && tokens.get(k + 1).properNoun()) {
                // "In the spring Smith was sacked": a common noun before a name is the setting's.
                return start;
            }
            if (t.noun() || pos.equals("ADJ") || pos.startsWith("JJ")) {
                start = k;
            } else if (pos.equals("NUM") || pos.equals("CD")) {
                if (year(t.text())) {
                    return start;
                }
                start = k;
            } else if (start < verb && k > floor && (t.coordinator() || t.text().equals(",")
                    || t.text().equalsIgnoreCase("of")) && nounLike(tokens.get(k - 1))) {
                // "Zinoviev and Kamenev were", "thousands of officers were": one subject.
                start = k;
            } else {
                return start;
            }
        }
        return start;
    }

    private static boolean nounLike(Token t) {
        return t.noun() || t.pos().equals("NUM") || t.pos().equals("CD") || t.pos().equals("ADJ");
    }

    private boolean possessive(Token t) {
        return possessives.contains(t.text().toLowerCase(Locale.ROOT));
    }

    private static boolean year(String text) {
        return text.length() == 4 && text.chars().allMatch(Character::isDigit);
    }
}
