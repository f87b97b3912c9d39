package org.premark.reasoning;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.premark.claims.Claim;

/**
 * Tells a bare tag from an outcome. A clause that points at the answer's own reasons ("So these are the reasons
 * they had doubts about him", "This is why people were scared") and says nothing beyond the focus words it names
 * restates the question after a description: it links nothing, however it words the outcome. A clause that
 * adds something of its own ("This is why the army stood by and let him be ousted") is still an outcome.
 */
public final class BareTags {

    /** Never a bare tag: for callers that have no summary words. */
    public static final BareTags NONE = new BareTags(List.of(), 1);

    private static final Pattern NOT_LETTER = Pattern.compile("[^a-z']+");

    private final Set<String> summaryWords;
    private final int minContent;

    /**
     * @param summaryWords words that point at the answer's own reasons ("reasons", "why"), lower case
     * @param minContent   how many terms beyond the question, the tag words and the focus words a tagged clause
     *                     needs to count as an outcome
     */
    public BareTags(Collection<String> summaryWords, int minContent) {
        if (minContent < 0) {
            throw new IllegalArgumentException("minContent must not be negative: " + minContent);
        }
        this.summaryWords = Set.copyOf(summaryWords);
        this.minContent = minContent;
    }

    /** Whether the clause tags the answer's reasons and adds nothing beyond the focus it names. */
    public boolean bare(Claim claim, Collection<String> terms, FocusMatcher focus) {
        return tags(claim.text()) && focus.contentBeyondFocus(terms) < minContent;
    }

    /**
     * As {@link #bare(Claim, Collection, FocusMatcher)}, knowing whether the clause is joined to a clause before it
     * in its sentence. A joined clause whose summary word is its connective ("…, which is why he was outvoted")
     * states the consequence of that clause, not a tag after a description: it is never bare.
     */
    public boolean bare(Claim claim, Collection<String> terms, FocusMatcher focus, boolean joined) {
        if (joined && !claim.connective().isEmpty() && tags(claim.connective())) {
            return false;
        }
        return bare(claim, terms, focus);
    }

    boolean tags(String text) {
        if (summaryWords.isEmpty()) {
            return false;
        }
        return !summaryWords.contains("") && ascii(text) ? tagsAscii(text) : tagsBySplit(text);
    }

    /** The reference reading of {@link #tags}; {@code BareTagsTest} checks the scan agrees with it. */
    boolean tagsBySplit(String text) {
        for (String w : NOT_LETTER.split(text.toLowerCase(Locale.ROOT).replace('’', '\''))) {
            if (summaryWords.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@link #tags} of a plain ASCII text, every clause's test, read in place: the same runs of letters and
     * apostrophes as the split, without lower-casing and splitting the whole text. (Outside ASCII, lower case can
     * change a text's letters, so such texts take the split.)
     */
    private boolean tagsAscii(String text) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && !wordChar(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && wordChar(text.charAt(i))) {
                i++;
            }
            if (i > start && summaryWords.contains(text.substring(start, i).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean wordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '\'';
    }

    private static boolean ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
