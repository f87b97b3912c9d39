package org.premark.reasoning;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.premark.claims.Claim;
import org.premark.text.Digits;

/**
 * Tells a narrative ("In 1922 … Then … Later …") from an argument. An answer is a narrative when it is long
 * enough to tell a story ({@code minSentences}), at least {@code minEventShare} of its sentences are steps in
 * time (they hold a year or open with a time marker: "In 1924", "Then", "After that"), and at most
 * {@code maxLinkShare} of its sentences link anything to the question's focus. Such an answer is Level 2 at
 * most however long and accurate it is: its few links are read as part of the story.
 */
public final class Narrative {

    private static final Pattern YEAR = Pattern.compile("\\b1[89]\\d\\d\\b");
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9 ]+");
    private static final Pattern TIME_AFTER = Pattern.compile("^(the )?(next|following|same|end|time|summer|winter|"
            + "spring|autumn|january|february|march|april|may|june|july|august|september|october|november|december|"
            + "early|late|mid|\\d).*");

    /**
     * @param sentences how many sentences the answer has
     * @param events    how many of them are steps in time
     * @param links     how many of them link something to the focus
     */
    public record Verdict(boolean narrative, int sentences, int events, int links) {
    }

    /** Each time marker with the space that must follow it, made once instead of per claim and marker. */
    private final List<String> spaced;
    /** The markers' first words: a clause opening with another word opens with no marker. */
    private final Set<String> firstWords;
    private final int minSentences;
    private final double minEventShare;
    private final double maxLinkShare;

    public Narrative(Collection<String> markers, int minSentences, double minEventShare, double maxLinkShare) {
        this.spaced = markers.stream().map(m -> m + " ").toList();
        this.firstWords = Set.copyOf(spaced.stream().map(m -> m.substring(0, m.indexOf(' '))).toList());
        this.minSentences = minSentences;
        this.minEventShare = minEventShare;
        this.maxLinkShare = maxLinkShare;
    }

    public Verdict decide(String answer, List<Claim> claims, List<List<String>> terms, FocusMatcher focus) {
        return decide(answer, claims, terms, focus, Set.of());
    }

    /**
     * @param argued sentences that belong to an explanation chain reaching the focus (the point's sentence, the
     *               link's and those between): each counts as a link, since it argues rather than narrates
     */
    public Verdict decide(String answer, List<Claim> claims, List<List<String>> terms, FocusMatcher focus,
            Set<Integer> argued) {
        TreeSet<Integer> sentences = new TreeSet<>();
        TreeSet<Integer> events = new TreeSet<>();
        TreeSet<Integer> causal = new TreeSet<>();
        TreeSet<Integer> reaching = new TreeSet<>();
        for (int i = 0; i < claims.size(); i++) {
            Claim c = claims.get(i);
            int s = c.sentence();
            boolean first = sentences.add(s);
            if ((Digits.any(c.text()) && YEAR.matcher(c.text()).find()) || (first && opensWithTimeMarker(c.text()))) {
                events.add(s);
            }
            if (c.causal()) {
                causal.add(s);
            }
            if (focus.reaches(terms.get(i))) {
                reaching.add(s);
            }
        }
        reaching.retainAll(causal);
        reaching.addAll(argued);
        int n = sentences.size();
        boolean narrative = n >= minSentences && events.size() >= minEventShare * n
                && reaching.size() <= maxLinkShare * n;
        return new Verdict(narrative, n, events.size(), reaching.size());
    }

    boolean opensWithTimeMarker(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        // Most clauses open with no marker's first word: no need to clean the whole clause to see that.
        if (!firstWords.contains(firstWord(lower))) {
            return false;
        }
        String t = NOT_WORD.matcher(lower).replaceAll(" ").strip();
        for (String withSpace : spaced) {
            if (t.startsWith(withSpace)) {
                String m = withSpace.substring(0, withSpace.length() - 1);
                String rest = t.substring(withSpace.length());
                // "In 1924", "By the time", "When Lenin died": a bare preposition needs a time after it.
                if (m.length() > 3 || m.equals("then") || YEAR.matcher(rest).lookingAt()
                        || TIME_AFTER.matcher(rest).matches()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The first run of {@code [a-z0-9]}: the first word of the text as {@link #NOT_WORD} leaves it. */
    static String firstWord(String lower) {
        int start = 0;
        while (start < lower.length() && !plainWordChar(lower.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < lower.length() && plainWordChar(lower.charAt(end))) {
            end++;
        }
        return lower.substring(start, end);
    }

    private static boolean plainWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }
}
