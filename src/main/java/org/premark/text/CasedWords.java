package org.premark.text;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How words are written when case matters: proper nouns and acronyms ("Lenin", "NKVD", "mRNA"), learned from
 * texts written with care (the notes, the rubrics) plus the list in {@code lang/en/cased-words.txt}. Used to
 * give an answer typed all in capitals or all in lower case its usual case back. Immutable.
 */
public final class CasedWords {

    static final String RESOURCE = "/lang/en/cased-words.txt";
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}]*");

    private final Map<String, String> cased;

    private CasedWords(Map<String, String> cased) {
        this.cased = Map.copyOf(cased);
    }

    /** Only the words in the resource list. */
    public static CasedWords standard() {
        return learn(List.of());
    }

    /**
     * The resource list plus every word that the texts write with a capital letter more often than without,
     * not counting capitals at the start of a sentence or line.
     */
    public static CasedWords learn(Iterable<String> texts) {
        Map<String, Map<String, Integer>> casedCounts = new HashMap<>();
        Map<String, Integer> lowerCounts = new HashMap<>();
        for (String text : texts) {
            Matcher m = WORD.matcher(text);
            while (m.find()) {
                String w = m.group();
                String lower = w.toLowerCase(Locale.ROOT);
                if (w.equals(lower)) {
                    lowerCounts.merge(lower, 1, Integer::sum);
                } else if (!sentenceStart(text, m.start()) && lower.length() == w.length()) {
                    casedCounts.computeIfAbsent(lower, k -> new HashMap<>()).merge(w, 1, Integer::sum);
                }
            }
        }
        Map<String, String> out = new HashMap<>();
        casedCounts.forEach((lower, forms) -> {
            int total = forms.values().stream().mapToInt(Integer::intValue).sum();
            if (total > lowerCounts.getOrDefault(lower, 0)) {
                out.put(lower, forms.entrySet().stream()
                        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                        .orElseThrow().getKey());
            }
        });
        out.putAll(resource());
        return new CasedWords(out);
    }

    /** The usual spelling of {@code lower}, or null when it is an ordinary lower-case word. */
    public String cased(String lower) {
        return cased.get(lower);
    }

    public boolean isCased(String word) {
        return cased.containsKey(word.toLowerCase(Locale.ROOT));
    }

    public int size() {
        return cased.size();
    }

    /** A word at offset {@code i} starts a sentence: only spaces, quotes or list marks since a stop, a line break or the start. */
    static boolean sentenceStart(String text, int i) {
        for (int k = i - 1; k >= 0; k--) {
            char c = text.charAt(k);
            if (c == '.' || c == '!' || c == '?' || c == '\n' || c == '\r' || c == ':' || c == '#') {
                return true;
            }
            if (!Character.isWhitespace(c) && "\"'(*-\u2022\u2018\u201C>".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, String> resource() {
        Map<String, String> out = new HashMap<>();
        for (String w : Resources.lines(RESOURCE)) {
            out.put(w.toLowerCase(Locale.ROOT), w);
        }
        return out;
    }
}
