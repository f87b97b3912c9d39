package org.premark.text;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules that make an answer typed in a hurry readable for the models, applied in this order:
 * <ol>
 *   <li>{@link #inlineLists}: a numbered list written on one line ("1. It leaves2. It travels", "1-it leaves
 *       2-it travels") gets a line break before each number after the first;</li>
 *   <li>{@link #inlineBullets}: bullets ("•", or the "-"/"*" that starts the answer) inside a line start a new line;</li>
 *   <li>{@link #gluedStops}: a full stop typed without a space before the next word ("nucleus.The") gets one;</li>
 *   <li>{@link #gluedWords}: a lower-case word run into a capitalised one ("membraneActive") is cut by a
 *       line break;</li>
 *   <li>{@link #gluedLowerWords}: a lower-case run that is no word but two words glued ("energyosmosis") gets a
 *       space between them;</li>
 *   <li>{@link #letterCase}: an answer in capitals is lower-cased; then sentence starts, "I", and (in an answer
 *       that had no usable case) the proper nouns and acronyms of {@link CasedWords} get their capitals.</li>
 * </ol>
 * Rules only insert whitespace or change a letter's case, so every span maps back to the original text.
 * Stateless besides its immutable word list and a bounded cache of lower-case runs' cuts; thread-safe.
 */
public final class TextNormalizerRules implements TextNormalizer {

    /**
     * A list number: one or two digits and "." or ")", e.g. "2." or "3)", or one or two dashes ("2-", "3--") before
     * a space or a letter; a digit after the dash is a range ("3-4") and never a list number.
     */
    private static final Pattern NUMBER = Pattern.compile("(?<!\\d)(\\d{1,2})([.)]|-{1,2})(?=\\s|\\p{L}|$)");
    /** A bullet that always starts an item, wherever it stands. */
    private static final Pattern ROUND_BULLET = Pattern.compile("[\u2022\u25AA\u25E6\u2023]");
    /** A stop typed straight before a word: "nucleus.The", "cytoplasm.it". */
    private static final Pattern GLUED_STOP = Pattern.compile("(?<=[\\p{L}\\p{N}][\\p{L}\\p{N}])[.!?](?=\\p{L}\\p{L})");
    /** A lower-case word run into a capitalised one: "membraneActive". */
    private static final Pattern GLUED_WORD = Pattern.compile("(?<=\\p{Ll}{3})(?=\\p{Lu}\\p{Ll})");

    /** An answer counts as typed in capitals when this share of its letters are capitals. */
    static final double CAPITALS_SHARE = 0.9;
    /** Case rules need this many letters to judge from. */
    static final int MIN_LETTERS = 8;

    /**
     * A run of lower-case letters, or of capitals (an answer typed in capitals glues "NUCLEUSTHE"), long enough to
     * hold two words of {@link #MIN_PART} letters.
     */
    private static final Pattern LOWER_RUN = Pattern.compile(
            "(?<![\\p{L}\\p{N}'’-])(?:\\p{Ll}{8,}|\\p{Lu}{8,})(?![\\p{L}\\p{N}'’-])");
    /**
     * The one short word a glued run may end with: a sentence that opens with "the", glued to the word before it
     * when the line break was lost ("nucleusthe").
     */
    private static final String GLUED_OPENER = "the";
    /**
     * Each half of a glued pair has at least this many letters: a dictionary's short "words" make false cuts of
     * misspellings ("ribsome" → "rib some").
     */
    static final int MIN_PART = 4;

    /** Bound on {@link #cuts}, as the word caches elsewhere: a long-running server meets ever new runs. */
    private static final int MAX_CUTS = 100_000;

    private final CasedWords cased;
    private final Set<String> words;
    /** {@link #oneEditFrom} over {@link #words} by hashes: most runs it is asked about are new misspellings. */
    private final OneEdit oneEdit;
    /** Each lower-case run's cut ({@link #cut}), remembered: the same misspellings recur across a class. */
    private final ConcurrentHashMap<String, Integer> cuts = new ConcurrentHashMap<>();

    /** Without a word list: glued lower-case words stay as typed. */
    public TextNormalizerRules(CasedWords cased) {
        this(cased, Set.of());
    }

    /** @param words the known lower-case words (the dictionary, the notes' and rubrics' words) */
    public TextNormalizerRules(CasedWords cased, Set<String> words) {
        this.cased = Objects.requireNonNull(cased, "cased");
        this.words = Objects.requireNonNull(words, "words");
        this.oneEdit = new OneEdit(words);
    }

    @Override
    public Normalized normalize(String text) {
        Normalized n = Normalized.identity(text);
        n = inlineLists(n);
        n = inlineBullets(n);
        n = gluedStops(n);
        n = gluedWords(n, cased);
        n = words.isEmpty() ? n : gluedLowerWords(n, this::cachedCut);
        return letterCase(n, cased);
    }

    /**
     * "1. It leaves the nucleus2. It goes to the ribosome 3) …" or "1-it leaves 2-it goes": numbers that count up
     * from 1 are list markers; each after the first starts a line. A lone "2." ("aged 2. He") is not a list, nor
     * are ranges and compounds ("pages 1-3", "a 2-year-old"), and a list begun with "1." does not go on at "2-".
     */
    static Normalized inlineLists(Normalized n) {
        String s = n.text();
        if (!Digits.any(s)) {
            return n; // NUMBER needs one; most answers have none and skip its look-behind at every position
        }
        Matcher m = NUMBER.matcher(s);
        int expected = 1;
        int[] starts = new int[16];
        int found = 0;
        boolean dashes = false;
        while (m.find() && found < starts.length) {
            int value = Integer.parseInt(m.group(1));
            boolean dash = m.group(2).charAt(0) == '-';
            if (dash && compound(s, m.end())) {
                continue; // "a 2-year-old", "the 3-carbon ring": a number that is part of a word
            }
            if (value == expected && value > 1 && dash == dashes) {
                starts[found++] = m.start();
                expected++;
            } else if (value == 1 && itemStart(s, m.start())) {
                found = 0; // a new list starts; an earlier lone "1." was not one
                starts[found++] = m.start();
                expected = 2;
                dashes = dash; // "1-" lists count on with dashes only, so "1. salt 2-fold" is no list of two
            }
        }
        if (found < 2) {
            return n;
        }
        Normalized.Editor e = n.edit();
        for (int k = 1; k < found; k++) {
            if (!lineStart(s, starts[k])) {
                e.insert(starts[k], "\n");
            }
        }
        return e.done();
    }

    /**
     * Whether the word after a dashed number goes on with another hyphen ("2-year-old"): such a number is part of
     * a word, not a list item.
     */
    private static boolean compound(String s, int i) {
        int k = i;
        while (k < s.length() && Character.isLetter(s.charAt(k))) {
            k++;
        }
        return k > i && k < s.length() && s.charAt(k) == '-';
    }

    /** Only spaces, a colon or sentence punctuation between the start of the text or line and {@code i}. */
    private static boolean itemStart(String s, int i) {
        for (int k = i - 1; k >= 0; k--) {
            char c = s.charAt(k);
            if (c == '\n' || c == '\r' || c == ':' || c == '.' || c == '?' || c == '!' || c == ';') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean lineStart(String s, int i) {
        for (int k = i - 1; k >= 0; k--) {
            char c = s.charAt(k);
            if (c == '\n' || c == '\r') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "• osmosis • diffusion", or "- osmosis - diffusion" in an answer that starts with "-": each bullet
     * starts a line. A dash inside an answer that does not start with one is punctuation ("clever - he won").
     */
    static Normalized inlineBullets(Normalized n) {
        String s = n.text();
        String stripped = s.stripLeading();
        boolean dashList = stripped.length() > 1 && (stripped.charAt(0) == '-' || stripped.charAt(0) == '*')
                && Character.isWhitespace(stripped.charAt(1));
        if (!dashList && !hasRoundBullet(s)) {
            return n;
        }
        Matcher round = ROUND_BULLET.matcher(s);
        Normalized.Editor e = n.edit();
        while (round.find()) {
            if (!lineStart(s, round.start())) {
                e.insert(round.start(), "\n");
            }
        }
        if (dashList) {
            char bullet = stripped.charAt(0);
            for (int i = s.indexOf(stripped.charAt(0)) + 1; i + 1 < s.length(); i++) {
                if (s.charAt(i) == bullet && Character.isWhitespace(s.charAt(i - 1))
                        && Character.isWhitespace(s.charAt(i + 1)) && !lineStart(s, i)) {
                    e.insert(i, "\n");
                }
            }
        }
        return e.done();
    }

    /** Whether {@link #ROUND_BULLET} can match, by one scan instead of the pattern's class at every position. */
    static boolean hasRoundBullet(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u2022' || c == '\u25AA' || c == '\u25E6' || c == '\u2023') {
                return true;
            }
        }
        return false;
    }

    /**
     * "nucleus.The" and "cytoplasm.it": a space after the stop. Not inside abbreviations written with stops
     * ("U.S.S.R.", "e.g.the"), whose letters are single.
     */
    static Normalized gluedStops(Normalized n) {
        String s = n.text();
        if (!mayHaveGluedStop(s)) {
            return n;
        }
        Matcher m = GLUED_STOP.matcher(s);
        Normalized.Editor e = null;
        while (m.find()) {
            int wordStart = m.start();
            while (wordStart > 0 && Character.isLetterOrDigit(s.charAt(wordStart - 1))) {
                wordStart--;
            }
            if (wordStart > 0 && s.charAt(wordStart - 1) == '.') {
                continue; // "U.S.S.R." or "e.g."
            }
            int next = m.end();
            int nextEnd = next;
            while (nextEnd < s.length() && Character.isLetter(s.charAt(nextEnd))) {
                nextEnd++;
            }
            if (nextEnd < s.length() && s.charAt(nextEnd) == '.' && nextEnd + 1 < s.length()
                    && Character.isLetter(s.charAt(nextEnd + 1))) {
                continue; // "www.site.com"-like chains
            }
            if (e == null) {
                e = n.edit();
            }
            e.insert(m.end(), " ");
        }
        return e == null ? n : e.done();
    }

    /**
     * "membraneActive transport": a lower-case word glued to a capitalised one is two sentences whose space
     * and stop went missing; a line break parts them. Known mixed-case words ("McCarthy", "PowerPoint") stay.
     */
    static Normalized gluedWords(Normalized n, CasedWords cased) {
        String s = n.text();
        if (!mayHaveGluedWord(s)) {
            return n;
        }
        Matcher m = GLUED_WORD.matcher(s);
        Normalized.Editor e = null;
        while (m.find()) {
            int a = m.start();
            while (a > 0 && Character.isLetter(s.charAt(a - 1))) {
                a--;
            }
            int b = m.start();
            while (b < s.length() && Character.isLetter(s.charAt(b))) {
                b++;
            }
            if (cased.isCased(s.substring(a, b))) {
                continue;
            }
            if (e == null) {
                e = n.edit();
            }
            e.insert(m.start(), "\n");
        }
        return e == null ? n : e.done();
    }

    /**
     * "energyosmosis", "membranediffusion": a run of lower-case letters that is not a known word, nor one letter
     * away from one (a misspelling), but splits into two that are (each of {@link #MIN_PART} letters or more) gets
     * a space. Of several splits the most even wins
     * ("energy osmosis", not "ener gyosmosis"), then the leftmost. A known word is never split, so "photosynthesis"
     * stays whole. A run in capitals is read the same way ("MEMBRANEDIFFUSION"), and a known word glued to a
     * following "the" is cut before it ("nucleusthe", "NUCLEUSTHE"): the sentence after it opened with "The".
     */
    static Normalized gluedLowerWords(Normalized n, Set<String> words) {
        if (words.isEmpty()) {
            return n;
        }
        return gluedLowerWords(n, run -> cut(run, words));
    }

    private static Normalized gluedLowerWords(Normalized n, ToIntFunction<String> cutOf) {
        String s = n.text();
        int[] runs = lowerRuns(s);
        Normalized.Editor e = null;
        for (int k = 0; k < runs.length; k += 2) {
            int cut = cutOf.applyAsInt(s.substring(runs[k], runs[k + 1]).toLowerCase(Locale.ROOT));
            if (cut > 0) {
                if (e == null) {
                    e = n.edit();
                }
                e.insert(runs[k] + cut, " ");
            }
        }
        return e == null ? n : e.done();
    }

    /**
     * Start and end of each match of {@link #LOWER_RUN}, by one scan instead of the pattern's look-behind at every
     * position (every answer is normalised): a match is a whole run of {@code [\p{L}\p{N}'’-]} made of eight or
     * more lower-case letters only, or capitals only. {@code TextNormalizerRulesTest} checks it against the pattern.
     */
    static int[] lowerRuns(String s) {
        int[] out = new int[8];
        int found = 0;
        int n = s.length();
        int i = 0;
        while (i < n) {
            int cp = s.codePointAt(i);
            if (!runChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            int letters = 0;
            boolean lower = true;
            boolean upper = true;
            while (i < n && runChar(cp = s.codePointAt(i))) {
                int type = Character.getType(cp);
                lower &= type == Character.LOWERCASE_LETTER;
                upper &= type == Character.UPPERCASE_LETTER;
                letters++;
                i += Character.charCount(cp);
            }
            if (letters >= 8 && (lower || upper)) {
                if (found == out.length) {
                    out = Arrays.copyOf(out, found * 2);
                }
                out[found++] = start;
                out[found++] = i;
            }
        }
        return Arrays.copyOf(out, found);
    }

    /** {@code [\p{L}\p{N}'’-]}. */
    private static boolean runChar(int cp) {
        if (cp < 128) {
            return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9' || cp == '\''
                    || cp == '-';
        }
        int type = Character.getType(cp);
        return cp == '’' || Character.isLetter(cp) || type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** The pattern form of {@link #lowerRuns}, the reference its test compares with. */
    static int[] lowerRunsByPattern(String s) {
        return LOWER_RUN.matcher(s).results().flatMapToInt(r -> java.util.stream.IntStream.of(r.start(), r.end()))
                .toArray();
    }

    private int cachedCut(String run) {
        Integer cut = cuts.get(run);
        if (cut == null) {
            if (cuts.size() >= MAX_CUTS) {
                cuts.clear();
            }
            cut = cut(run, words, oneEdit::from);
            cuts.put(run, cut);
        }
        return cut;
    }

    /**
     * Where {@link #gluedLowerWords} puts a space in a lower-case run: -1 for a known word, a misspelling of one,
     * or a run that splits into no two known words.
     */
    static int cut(String run, Set<String> words) {
        return cut(run, words, w -> oneEditFrom(w, words));
    }

    /** {@link #cut(String, Set)} with {@code oneEditFrom} answering {@link #oneEditFrom} over {@code words}. */
    private static int cut(String run, Set<String> words, java.util.function.Predicate<String> oneEditFrom) {
        if (words.contains(run) || oneEditFrom.test(run)) {
            return -1; // a word, or a misspelling of one ("controll", "consentration")
        }
        int cut = -1;
        for (int i = MIN_PART; i <= run.length() - MIN_PART; i++) {
            if (words.contains(run.substring(0, i)) && words.contains(run.substring(i))
                    && (cut < 0 || Math.min(i, run.length() - i) > Math.min(cut, run.length() - cut))) {
                cut = i;
            }
        }
        int left = run.length() - GLUED_OPENER.length();
        if (cut < 0 && left >= MIN_PART && run.endsWith(GLUED_OPENER) && words.contains(run.substring(0, left))) {
            cut = left;
        }
        return cut;
    }

    /**
     * Whether {@link #GLUED_STOP} can match: a stop straight before a letter. Cheap, and false for most answers,
     * which then skip the pattern's look-behind at every position. A surrogate counts as a letter (it may be one).
     */
    static boolean mayHaveGluedStop(String s) {
        for (int i = 0; i + 1 < s.length(); i++) {
            char c = s.charAt(i);
            if ((c == '.' || c == '!' || c == '?')
                    && (Character.isLetter(s.charAt(i + 1)) || Character.isSurrogate(s.charAt(i + 1)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@link #GLUED_WORD} can match: a lower-case letter straight before a capital ({@code isLowerCase}
     * and {@code isUpperCase} include {@code \p{Ll}} and {@code \p{Lu}}; a surrogate counts as either).
     */
    static boolean mayHaveGluedWord(String s) {
        for (int i = 1; i < s.length(); i++) {
            char a = s.charAt(i - 1);
            char b = s.charAt(i);
            if ((Character.isLowerCase(a) || Character.isSurrogate(a))
                    && (Character.isUpperCase(b) || Character.isSurrogate(b))) {
                return true;
            }
        }
        return false;
    }

    /** Whether one letter deleted, changed, added or two swapped make {@code w} a known word. */
    static boolean oneEditFrom(String w, Set<String> words) {
        StringBuilder b = new StringBuilder(w.length() + 1);
        for (int i = 0; i <= w.length(); i++) {
            if (i < w.length()) {
                if (words.contains(w.substring(0, i) + w.substring(i + 1))) {
                    return true;
                }
                if (i + 1 < w.length() && words.contains(w.substring(0, i) + w.charAt(i + 1) + w.charAt(i)
                        + w.substring(i + 2))) {
                    return true;
                }
            }
            for (char c = 'a'; c <= 'z'; c++) {
                b.setLength(0);
                b.append(w, 0, i).append(c).append(w, i, w.length());
                if (words.contains(b.toString())) {
                    return true;
                }
                if (i < w.length() && c != w.charAt(i)) {
                    b.setLength(0);
                    b.append(w, 0, i).append(c).append(w, i + 1, w.length());
                    if (words.contains(b.toString())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Capitals the models can read. An answer typed in capitals is lower-cased first. Then every sentence and
     * line starts with a capital, "i" is "I", and, when the answer had no case of its own (all capitals or
     * all lower case), known proper nouns and acronyms get theirs back ("lenin" → "Lenin", "mrna" → "mRNA").
     */
    static Normalized letterCase(Normalized n, CasedWords cased) {
        String s = n.text();
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        if (letters < MIN_LETTERS) {
            return n;
        }
        boolean capitals = upper >= CAPITALS_SHARE * letters;
        boolean noCase = capitals || upper == 0;
        Normalized.Editor e = n.edit();
        char[] chars = s.toCharArray();
        if (capitals) {
            for (int i = 0; i < chars.length; i++) {
                char lower = Character.toLowerCase(chars[i]);
                chars[i] = lower;
                e.set(i, lower);
            }
        }
        // Word by word, without building strings for the common case of a word that needs nothing.
        int i = 0;
        while (i < chars.length) {
            if (!Character.isLetter(chars[i])) {
                i++;
                continue;
            }
            int start = i;
            boolean lowerWord = true;
            while (i < chars.length && (Character.isLetterOrDigit(chars[i]) || chars[i] == '\'')) {
                lowerWord &= !Character.isUpperCase(chars[i]);
                i++;
            }
            if (!lowerWord) {
                continue; // written with a capital on purpose: "mRNA", "DNA", "Stalin"
            }
            int end = i;
            if (end - start >= 2 && chars[end - 1] == 's' && chars[end - 2] == '\'') {
                end -= 2;
            }
            int apostrophe = -1;
            for (int k = start; k < end; k++) {
                if (chars[k] == '\'') {
                    apostrophe = k;
                    break;
                }
            }
            if (chars[start] == 'i' && (end - start == 1 || apostrophe == start + 1 && end - start <= 4)) {
                e.set(start, 'I');
                continue;
            }
            String form = noCase ? cased.cased(new String(chars, start, end - start)) : null;
            if (form != null && form.length() == end - start) {
                for (int k = 0; k < form.length(); k++) {
                    e.set(start + k, form.charAt(k));
                }
            } else if (CasedWords.sentenceStart(s, start)
                    && (noCase || cased.cased(new String(chars, start, end - start)) == null)) {
                e.set(start, Character.toUpperCase(chars[start]));
            }
        }
        return e.done();
    }
}
