package org.premark.notes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Corrects words that are not in the vocabulary to the closest vocabulary word by Damerau-Levenshtein distance
 * (a transposition counts as one edit, as in Lucene's FuzzyQuery). At most 1 edit for words of 4–7
 * letters, 2 for 8 or more; words under 4 characters and anything that is not all letters are left alone. Among
 * candidates it prefers the fewest edits, then the most frequent word, then the alphabetically first, so results
 * are deterministic. Known words cost one hash lookup; an unknown word is compared with the vocabulary words of
 * similar length (a bounded dynamic programme, tens of microseconds) and the answer is cached. Thread-safe.
 */
public final class SpellingCorrectorLucene implements SpellingCorrector {

    private static final int MIN_LENGTH = 4;
    private static final int LONG_WORD = 8;
    private static final int CACHE_LIMIT = 100_000;

    private final Map<String, Integer> frequency;
    /** Correct words that are never changed but never offered as corrections either (an English word list). */
    private final Set<String> known;
    /** Vocabulary words by length, each list in preference order: most frequent first, then alphabetical. */
    private final Map<Integer, List<String>> byLength;
    /** For each list of {@link #byLength}, the {@link #letters} of its words in the same order. */
    private final Map<Integer, long[]> lettersByLength;
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    private SpellingCorrectorLucene(Map<String, Integer> frequency, Set<String> known) {
        this.frequency = Map.copyOf(frequency);
        this.known = known;
        Map<Integer, List<String>> lengths = new HashMap<>();
        for (String word : frequency.keySet()) {
            lengths.computeIfAbsent(word.length(), k -> new ArrayList<>()).add(word);
        }
        Comparator<String> preference = Comparator.<String>comparingInt(w -> -frequency.get(w))
                .thenComparing(Comparator.naturalOrder());
        Map<Integer, List<String>> sorted = new HashMap<>();
        Map<Integer, long[]> letterSets = new HashMap<>();
        lengths.forEach((len, words) -> {
            words.sort(preference);
            sorted.put(len, List.copyOf(words));
            long[] sets = new long[words.size()];
            for (int i = 0; i < sets.length; i++) {
                sets[i] = letters(words.get(i));
            }
            letterSets.put(len, sets);
        });
        this.byLength = Map.copyOf(sorted);
        this.lettersByLength = Map.copyOf(letterSets);
    }

    /**
     * A corrector for {@code vocabulary}; a word listed several times counts as that much more frequent, so pass
     * every occurrence when frequencies are known. Words are lower-cased.
     */
    public static SpellingCorrectorLucene of(Collection<String> vocabulary) {
        return of(vocabulary, Set.of());
    }

    /**
     * A corrector for {@code vocabulary} that also leaves every word of {@code known} alone, so that a correctly
     * spelled English word ("punished") is not turned into a notes word ("published").
     */
    public static SpellingCorrectorLucene of(Collection<String> vocabulary, Set<String> known) {
        Objects.requireNonNull(vocabulary, "vocabulary");
        Objects.requireNonNull(known, "known");
        Map<String, Integer> frequency = new HashMap<>();
        for (String word : vocabulary) {
            Objects.requireNonNull(word, "vocabulary word");
            String w = word.strip().toLowerCase(Locale.ROOT);
            if (!w.isEmpty()) {
                frequency.merge(w, 1, Integer::sum);
            }
        }
        return new SpellingCorrectorLucene(frequency, known);
    }

    @Override
    public String correct(String word) {
        Objects.requireNonNull(word, "word");
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.length() < MIN_LENGTH || frequency.containsKey(lower) || known.contains(lower) || !isAllLetters(lower)) {
            return lower;
        }
        String cached = cache.get(lower);
        if (cached != null) {
            return cached;
        }
        String corrected = lookup(lower);
        if (cache.size() < CACHE_LIMIT) {
            cache.put(lower, corrected);
        }
        return corrected;
    }

    /**
     * Every vocabulary word of a close length is a candidate, in preference order. Two cheap steps keep this
     * fast without changing the answer: a candidate whose letter set differs too much from the word's cannot be
     * within the edit bound (see {@link #letters}) and is skipped, and the distance reuses one set of rows.
     */
    private String lookup(String word) {
        int maxEdits = word.length() >= LONG_WORD ? 2 : 1;
        long wordLetters = letters(word);
        int[][] rows = new int[3][word.length() + maxEdits + 1];
        String best = null;
        int bestEdits = maxEdits + 1;
        for (int len = Math.max(MIN_LENGTH, word.length() - maxEdits); len <= word.length() + maxEdits; len++) {
            List<String> candidates = byLength.getOrDefault(len, List.of());
            long[] candidateLetters = lettersByLength.get(len);
            for (int i = 0; i < candidates.size(); i++) {
                int bound = Math.min(maxEdits, bestEdits);
                if (Long.bitCount(wordLetters ^ candidateLetters[i]) > 2 * bound) {
                    continue; // more than bound edits apart, so neither better nor an equal alternative
                }
                String candidate = candidates.get(i);
                int edits = distance(word, candidate, bound, rows);
                if (edits < bestEdits || (edits == bestEdits && edits <= maxEdits && prefer(candidate, best))) {
                    best = candidate;
                    bestEdits = edits;
                }
            }
        }
        return best != null && bestEdits <= maxEdits ? best : word;
    }

    /**
     * The set of letters in a word, one bit per letter a–z and the other characters folded onto the remaining
     * bits. An insertion or a deletion changes the set by at most one bit, a substitution by at most two and a
     * swap of neighbours not at all, so two words {@code d} edits apart differ in at most {@code 2d} bits
     * (folding only merges bits, which cannot add differences).
     */
    static long letters(String word) {
        long set = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            set |= c >= 'a' && c <= 'z' ? 1L << (c - 'a') : 1L << (26 + c % 38);
        }
        return set;
    }

    /**
     * Damerau-Levenshtein distance in its optimal-string-alignment form (as Lucene's FuzzyQuery with
     * transpositions): insertions, deletions, substitutions and swaps of neighbours cost 1. Returns
     * {@code max + 1} as soon as the distance must exceed {@code max}.
     */
    static int distance(String a, String b, int max) {
        return distance(a, b, max, new int[3][b.length() + 1]);
    }

    /** {@link #distance(String, String, int)} working in {@code rows}: three rows of at least {@code b.length() + 1}. */
    private static int distance(String a, String b, int max, int[][] rows) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > max) {
            return max + 1;
        }
        int[] before = rows[0];
        int[] previous = rows[1];
        int[] current = rows[2];
        for (int j = 0; j <= m; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            current[0] = i;
            int rowMin = i;
            char ca = a.charAt(i - 1);
            for (int j = 1; j <= m; j++) {
                char cb = b.charAt(j - 1);
                int cost = ca == cb ? 0 : 1;
                int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) {
                    d = Math.min(d, before[j - 2] + 1);
                }
                current[j] = d;
                rowMin = Math.min(rowMin, d);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] recycled = before;
            before = previous;
            previous = current;
            current = recycled;
        }
        return Math.min(previous[m], max + 1);
    }

    private boolean prefer(String a, String b) {
        if (b == null) {
            return true;
        }
        int fa = frequency.get(a);
        int fb = frequency.get(b);
        return fa != fb ? fa > fb : a.compareTo(b) < 0;
    }

    private static boolean isAllLetters(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isLetter(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
