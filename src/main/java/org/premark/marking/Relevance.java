package org.premark.marking;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.premark.claims.Claim;
import org.premark.lang.Lexicon;
import org.premark.lang.WordList;

/**
 * Tells a general answer (on the question, but naming no rubric point) from an irrelevant one: a general
 * answer shares the question's key terms and offers some judgement or reason about them.
 */
final class Relevance {

    /** Stems of the words that make a vague statement into an attempt at a reason ({@code judgement-words.txt}). */
    private final Set<String> judgement;
    private final int minOverlap;
    private final double restatesShare;
    /** Words that only tag the question ("won", "lost", "reason"): no judgement of the answer's own. */
    private final Set<String> tags;

    Relevance(Lexicon lexicon, MarkingSettings settings) {
        this.judgement = lexicon.stems(WordList.JUDGEMENT_WORDS);
        this.tags = lexicon.stems(WordList.FOCUS_TAG_WORDS);
        this.minOverlap = settings.creditGeneralMinOverlap();
        this.restatesShare = settings.flagRestatesShare();
    }

    /**
     * Whether the answer only restates the question: at least {@code flag.restates-share} of its terms are the
     * question's, and it offers no reason or judgement of its own (no causal link, no judgement word beyond the
     * question's words and the focus tag words of {@code focus-tag-words.txt}). Such an answer earns nothing; one that adds even a general reason ("because he was in control")
     * is a general answer.
     */
    boolean restatesOnly(List<String> questionTerms, List<List<String>> claimTerms, List<Claim> claims) {
        if (claimTerms.stream().allMatch(List::isEmpty)
                || questionShare(questionTerms, claimTerms) < restatesShare) {
            return false;
        }
        // Any causal link is an attempt at a reason, however general ("because Stalin was in control"): examiners
        // give that Level 1. The question's own words ("feared", "effective") and its tags ("lost", "won") are no
        // judgement of the answer's.
        if (claims.stream().anyMatch(Claim::causal)) {
            return false;
        }
        Set<String> question = new HashSet<>(questionTerms);
        return claimTerms.stream().flatMap(List::stream)
                .noneMatch(t -> judgement.contains(t) && !question.contains(t) && !tags.contains(t));
    }

    boolean general(List<String> questionTerms, List<List<String>> claimTerms, List<Claim> claims,
            AnswerShape shape) {
        Set<String> question = new HashSet<>();
        for (String t : questionTerms) {
            if (!t.isEmpty() && Character.isLetter(t.charAt(0))) {
                question.add(t);
            }
        }
        Set<String> answer = new HashSet<>();
        claimTerms.forEach(answer::addAll);
        long overlap = answer.stream().filter(question::contains).count();
        if (overlap >= minOverlap) {
            return true;
        }
        if (overlap == 0) {
            return false;
        }
        boolean reasoned = claims.stream().anyMatch(Claim::causal)
                || answer.stream().anyMatch(judgement::contains);
        return reasoned;
    }

    /** Share of the answer's terms that only repeat the question's. */
    static double questionShare(List<String> questionTerms, List<List<String>> claimTerms) {
        Set<String> question = new HashSet<>(questionTerms);
        Set<String> answer = new HashSet<>();
        claimTerms.forEach(answer::addAll);
        if (answer.isEmpty()) {
            return 0;
        }
        return (double) answer.stream().filter(question::contains).count() / answer.size();
    }
}
