package org.premark.marking;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.premark.notes.SpellingCorrector;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * Turns words into comparable terms: lower case, possessive and punctuation stripped, spelling corrected
 * against the notes' vocabulary, stop words dropped, stemmed. Thread-safe: the stemmer is per call and the
 * cache is concurrent.
 */
final class Terms {

    private static final Pattern SPLIT = Pattern.compile("[^\\p{L}\\p{N}'’-]+");

    static final Set<String> NEGATIONS = Set.of("not", "n't", "no", "never", "none", "nobody", "nothing", "neither",
            "nor", "cannot", "didn't", "don't", "doesn't", "wasn't", "weren't", "isn't", "couldn't", "wouldn't",
            "hadn't", "won't", "without");

    private static final Set<String> STOP = Set.of(
            "a", "an", "and", "are", "as", "at", "be", "been", "being", "but", "by", "for", "from", "if", "in", "into",
            "is", "it", "its", "of", "on", "or", "such", "that", "the", "their", "then", "there", "these", "they",
            "this", "those", "to", "was", "were", "will", "with", "he", "she", "him", "his", "her", "hers", "them",
            "we", "us", "our", "you", "your", "i", "me", "my", "had", "has", "have", "having", "do", "does", "did",
            "so", "because", "which", "who", "whom", "what", "when", "where", "why", "how", "also", "very", "would",
            "could", "should", "can", "may", "might", "must", "shall", "up", "out", "about", "over", "than", "too",
            "just", "all", "any", "some", "more", "most", "other", "own", "same", "only", "both", "each", "few",
            "while", "after", "before", "until", "again", "once", "here", "s", "'s", "’s", "one", "lot", "lots",
            "many", "much", "get", "got", "make", "made", "like", "well", "even", "still",
            "meant", "mean", "means", "therefore", "thus", "hence", "led", "result", "allowed", "allow");

    private final SpellingCorrector corrector;
    /** Student words seen so far; capped because every new misspelling would otherwise stay for good. */
    private final Map<String, String> cache = new ConcurrentHashMap<>();
    static final int CACHE_LIMIT = 100_000;

    Terms(SpellingCorrector corrector) {
        this.corrector = corrector;
    }

    /** Splits free text into raw lower-case words, apostrophes kept inside words. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : SPLIT.split(text.toLowerCase(Locale.ROOT))) {
            String t = trim(w);
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    static boolean isNegation(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        return NEGATIONS.contains(w) || w.endsWith("n't");
    }

    static boolean isStop(String word) {
        return STOP.contains(word);
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

    private static String stem(String w) {
        if (!Character.isLetter(w.charAt(0))) {
            return w;
        }
        EnglishStemmer stemmer = new EnglishStemmer();
        stemmer.setCurrent(w.replace("-", ""));
        stemmer.stem();
        return stemmer.getCurrent();
    }
}
