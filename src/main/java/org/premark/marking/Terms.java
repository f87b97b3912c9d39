package org.premark.marking;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.premark.notes.SpellingCorrector;
import org.premark.lang.Lexicon;
import org.premark.lang.WordList;

/**
 * Turns words into comparable terms: lower case, possessive and punctuation stripped, spelling corrected
 * against the notes' vocabulary, stop words ({@code stop-words.txt}) and negations dropped, stemmed by the
 * language's stemmer. Thread-safe: the stemmer is per call and the
 * cache is concurrent.
 */
final class Terms {

    private static final Pattern SPLIT = Pattern.compile("[^\\p{L}\\p{N}'’-]+");

    private final Set<String> negations;
    private final Set<String> stop;
    private final Lexicon lexicon;
    private final SpellingCorrector corrector;
    /** Student words seen so far; capped because every new misspelling would otherwise stay for good. */
    private final Map<String, String> cache = new ConcurrentHashMap<>();
    static final int CACHE_LIMIT = 100_000;
    /** A token's text to its student terms; capped like {@link #cache}. */
    private final Map<String, List<String>> tokenCache = new ConcurrentHashMap<>();

    /** The language's word lists. */
    Lexicon lexicon() {
        return lexicon;
    }

    Terms(SpellingCorrector corrector, Lexicon lexicon) {
        this.corrector = corrector;
        this.lexicon = lexicon;
        this.negations = Set.copyOf(lexicon.words(WordList.NEGATIONS, "scope"));
        this.stop = Set.copyOf(lexicon.words(WordList.STOP_WORDS));
    }

    /**
     * Splits free text into raw lower-case words, apostrophes kept inside words: the runs of letters, digits,
     * apostrophes and hyphens (what {@link #SPLIT} splits on is everything else), each trimmed. A scan rather
     * than {@code SPLIT.split}, because this runs for every token of every answer; {@code TermsTest} checks the
     * two agree.
     */
    static List<String> words(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        int n = lower.length();
        int i = 0;
        while (i < n) {
            int cp = lower.codePointAt(i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < n && isWordChar(cp = lower.codePointAt(i))) {
                i += Character.charCount(cp);
            }
            String t = trim(lower.substring(start, i));
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /** The complement of {@link #SPLIT}: {@code [\p{L}\p{N}'’-]}. */
    private static boolean isWordChar(int cp) {
        if (cp < 128) {
            return cp >= 'a' && cp <= 'z' || cp >= '0' && cp <= '9' || cp >= 'A' && cp <= 'Z' || cp == '\'' || cp == '-';
        }
        if (cp == '’') {
            return true;
        }
        int type = Character.getType(cp);
        return Character.isLetter(cp) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** Regex form of {@link #words}, kept as the reference the scan is tested against. */
    static List<String> wordsByPattern(String text) {
        List<String> out = new ArrayList<>();
        for (String w : SPLIT.split(text.toLowerCase(Locale.ROOT))) {
            String t = trim(w);
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /** The words of {@link #words} as the student wrote them (case and possessive kept), position for position. */
    static List<String> writtenWords(String text) {
        List<String> out = new ArrayList<>();
        for (String w : SPLIT.split(text)) {
            if (!trim(w.toLowerCase(Locale.ROOT)).isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** A {@code scope} word of {@code negations.txt}, or any contraction ending in "n't". */
    boolean isNegation(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        return negations.contains(w) || w.endsWith("n't");
    }

    boolean isStop(String word) {
        return stop.contains(word);
    }

    /** The term for a rubric word: no spelling correction, rubric text is authored. */
    String exact(String word) {
        String w = trim(word.toLowerCase(Locale.ROOT));
        if (w.isEmpty() || isStop(w) || isNegation(w)) {
            return null;
        }
        return stem(w);
    }

    /** The term for a student's word: spelling corrected first. */
    String student(String word) {
        String w = trim(word.toLowerCase(Locale.ROOT));
        if (w.isEmpty() || isStop(w) || isNegation(w)) {
            return null;
        }
        String cached = cache.get(w);
        if (cached != null) {
            return cached;
        }
        String corrected = corrector == null || !Character.isLetter(w.charAt(0)) ? w : corrector.correct(w);
        String term = isStop(corrected) ? "" : stem(corrected);
        if (cache.size() < CACHE_LIMIT) {
            cache.put(w, term);
        }
        return term;
    }

    List<String> exactTerms(String text) {
        List<String> out = new ArrayList<>();
        for (String w : words(text)) {
            String t = exact(w);
            if (t != null && !t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * {@link #studentTerms} of one token's text, remembered: the same words recur across a class's answers, and
     * every claim of every answer asks for each of its tokens.
     */
    List<String> studentTerms(String token) {
        List<String> cached = tokenCache.get(token);
        if (cached != null) {
            return cached;
        }
        // The same as studentTerms(List.of(token)), without the wrapping list, iterator and copy.
        List<String> words = words(token);
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) {
            String t = student(w);
            if (t != null && !t.isEmpty()) {
                out.add(t);
            }
        }
        List<String> terms = List.copyOf(out);
        if (tokenCache.size() < CACHE_LIMIT) {
            tokenCache.put(token, terms);
        }
        return terms;
    }

    List<String> studentTerms(Iterable<String> tokens) {
        List<String> out = new ArrayList<>();
        for (String token : tokens) {
            for (String w : words(token)) {
                String t = student(w);
                if (t != null && !t.isEmpty()) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    private static String trim(String w) {
        String t = w.replace('’', '\'');
        if (t.endsWith("'s")) {
            t = t.substring(0, t.length() - 2);
        }
        int a = 0;
        int b = t.length();
        while (a < b && !Character.isLetterOrDigit(t.charAt(a))) {
            a++;
        }
        while (b > a && !Character.isLetterOrDigit(t.charAt(b - 1))) {
            b--;
        }
        return t.substring(a, b);
    }

    private String stem(String w) {
        return lexicon.stem(w);
    }
}
