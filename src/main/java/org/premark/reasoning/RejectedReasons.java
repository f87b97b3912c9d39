package org.premark.reasoning;

import java.util.List;
import java.util.Set;
import org.premark.lang.Lexicon;
import org.premark.lang.WordList;

/**
 * Tells a clause in which the student doubts the reason just given, in their own voice ("some say it was the
 * weather, but I don't think that was it"; "I doubt this mattered much"). A fixed phrase list cannot hold every
 * such verdict, so the clause is read as a pattern of {@code reason-rejections.txt}: a stance, a word pointing
 * back, a link verb, and nothing after it but verdict words. The last condition keeps a doubt about a new fact
 * ("I don't think it was easy for him") from rejecting anything.
 */
public final class RejectedReasons {

    private final List<String[]> stances;
    private final Set<String> backs;
    private final Set<String> links;
    private final Set<String> verdicts;
    private final Set<String> complementisers;

    RejectedReasons(Set<String> stances, Set<String> backs, Set<String> links, Set<String> verdicts,
            Set<String> complementisers) {
        this.stances = stances.stream().map(s -> ClauseOwnership.normalise(s).split(" ")).toList();
        this.backs = Set.copyOf(backs);
        this.links = Set.copyOf(links);
        this.verdicts = Set.copyOf(verdicts);
        this.complementisers = Set.copyOf(complementisers);
        if (this.stances.isEmpty() || backs.isEmpty() || links.isEmpty()) {
            throw new IllegalArgumentException("reason rejections need stances, back words and links");
        }
    }

    public static RejectedReasons from(Lexicon lexicon) {
        return new RejectedReasons(lexicon.words(WordList.REASON_REJECTIONS, "stance"),
                lexicon.words(WordList.REASON_REJECTIONS, "back"), lexicon.words(WordList.REASON_REJECTIONS, "link"),
                lexicon.words(WordList.REASON_REJECTIONS, "verdict"),
                lexicon.words(WordList.REASON_REJECTIONS, "complementiser"));
    }

    /** Whether the clause's text rejects the reason before it. */
    public boolean rejects(String clauseText) {
        return rejectsNormalised(ClauseOwnership.normalise(clauseText));
    }

    /** {@link #rejects} of a text already {@link ClauseOwnership#normalise normalised}. */
    boolean rejectsNormalised(String normalised) {
        if (normalised.isEmpty()) {
            return false;
        }
        String[] words = normalised.split(" ");
        for (int i = 0; i < words.length; i++) {
            for (String[] stance : stances) {
                if (startsAt(words, i, stance) && verdictAfter(words, i + stance.length)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean verdictAfter(String[] words, int at) {
        int k = at;
        if (k + 1 < words.length && complementisers.contains(words[k]) && backs.contains(words[k + 1])) {
            k++;
        }
        if (k + 1 >= words.length || !backs.contains(words[k]) || !links.contains(words[k + 1])) {
            return false;
        }
        for (int j = k + 2; j < words.length; j++) {
            if (!verdicts.contains(words[j])) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsAt(String[] words, int i, String[] phrase) {
        if (i + phrase.length > words.length) {
            return false;
        }
        for (int j = 0; j < phrase.length; j++) {
            if (!words[i + j].equals(phrase[j])) {
                return false;
            }
        }
        return true;
    }
}
