package org.premark.marking;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.premark.claims.Claim;

/**
 * Tells a general answer (on the question, but naming no rubric point) from an irrelevant one: a general
 * answer shares the question's key terms and offers some judgement or reason about them.
 */
final class Relevance {

    /** Stems of words that make a vague statement into an attempt at a reason. */
    private static final Set<String> JUDGEMENT = Set.of("strong", "stronger", "weak", "weaker", "popular", "unpopular",
            "clever", "good", "better", "bad", "wors", "control", "effect", "afraid", "fear", "scare",
            "smart", "ruthless", "won", "win", "lost", "lose", "support", "trust", "distrust", "mistrust", "like",
            "hate", "danger", "threat", "respect", "leader", "lead", "skill", "cun", "charg", "obey", "frighten",
            "terror", "terrifi", "scari", "fright", "dread", "brutal", "cruel", "violent", "kill", "suspici", "wanted", "want", "thought", "think", "believ", "enough");

    private Relevance() {
    }

    static boolean general(List<String> questionTerms, List<List<String>> claimTerms, List<Claim> claims,
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
        if (overlap >= 2) {
            return true;
        }
        if (overlap == 0) {
            return false;
        }
        boolean reasoned = claims.stream().anyMatch(Claim::causal)
                || answer.stream().anyMatch(JUDGEMENT::contains);
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
