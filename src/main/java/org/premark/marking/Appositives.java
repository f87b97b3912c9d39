package org.premark.marking;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.premark.lang.Lexicon;
import org.premark.lang.WordList;

/**
 * Finds the years a sentence gives the noun phrase before a comma through an appositive or a relative clause:
 * "Stalin became General Secretary, a job Trotsky gave him in 1917", "the ban on factions, which Lenin brought
 * in in 1921". The clause must open on an article or a relative pronoun, say that the thing began or took place
 * (a {@code dates} verb of {@code appositive-dates.txt}) and give the year after "in" or "on", with no word that
 * starts another clause or event ("and", "after", "when") before it: "a job he still held when he died in 1953"
 * dates the death, not the job. Immutable and thread-safe.
 */
final class Appositives {

    /** Where an appositive or relative clause starts or ends: a comma, a bracket or a dash between spaces. */
    private static final Pattern CLAUSE_EDGE = Pattern.compile("[,()–—]|\\s-\\s");

    /** How many words (a day, a month) may stand between "in"/"on" and the year. */
    private static final int DATE_WORDS = 2;

    /**
     * A year the sentence ties to the words before a comma.
     *
     * @param head   the text before the comma, ending in the noun phrase the clause is about
     * @param clause the appositive or relative clause, from its opener to the next comma
     * @param year   the four digits of the year in the clause
     */
    record Tie(String head, String clause, String year) {
        Tie {
            if (head.isBlank() || clause.isBlank() || !isYear(year)) {
                throw new IllegalArgumentException("a tie needs a head, a clause and a four-digit year, got \""
                        + head + "\", \"" + clause + "\", \"" + year + "\"");
            }
        }
    }

    private final Set<String> openers;
    private final Set<String> relatives;
    private final Set<String> dating;
    private final Set<String> breaks;
    private final Set<String> months;
    private final Set<String> at;

    Appositives(Lexicon lexicon) {
        this.openers = Set.copyOf(lexicon.words(WordList.APPOSITIVE_DATES, "opener"));
        this.relatives = Set.copyOf(lexicon.words(WordList.RELATIVE_PRONOUNS));
        this.dating = Set.copyOf(lexicon.words(WordList.APPOSITIVE_DATES, "dates"));
        this.breaks = Set.copyOf(lexicon.words(WordList.APPOSITIVE_DATES, "break"));
        this.months = Set.copyOf(lexicon.words(WordList.APPOSITIVE_DATES, "month"));
        this.at = Set.copyOf(lexicon.words(WordList.APPOSITIVE_DATES, "at"));
    }

    /** The years of a sentence's appositive and relative clauses, each with the text the clause follows. */
    List<Tie> ties(String sentence) {
        String[] parts = CLAUSE_EDGE.split(sentence, -1);
        List<Tie> out = new ArrayList<>();
        for (int k = 1; k < parts.length; k++) {
            if (parts[k - 1].isBlank()) {
                continue;
            }
            List<String> words = Terms.words(parts[k]);
            if (words.isEmpty() || !(openers.contains(words.get(0)) || relatives.contains(words.get(0)))) {
                continue;
            }
            boolean dated = false;
            for (int i = 1; i < words.size() && !breaks.contains(words.get(i)); i++) {
                String w = words.get(i);
                dated |= dating.contains(w);
                if (dated && isYear(w) && datedBy(words, i)) {
                    out.add(new Tie(parts[k - 1].strip(), parts[k].strip(), w));
                    break;
                }
            }
        }
        return out;
    }

    private static boolean isYear(String w) {
        return w.length() == 4 && Character.isDigit(w.charAt(0)) && Character.isDigit(w.charAt(1))
                && Character.isDigit(w.charAt(2)) && Character.isDigit(w.charAt(3));
    }

    /** Whether the year at {@code y} follows an {@code at} word ("in", "on"), with at most a month and a day between. */
    private boolean datedBy(List<String> words, int y) {
        for (int i = y - 1; i >= 0 && i >= y - 1 - DATE_WORDS; i--) {
            String w = words.get(i);
            if (at.contains(w)) {
                return true;
            }
            if (!(months.contains(w) || Character.isDigit(w.charAt(0)))) {
                return false;
            }
        }
        return false;
    }
}
