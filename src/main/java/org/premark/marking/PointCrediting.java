package org.premark.marking;

import java.util.List;
import java.util.Set;
import org.premark.claims.Claim;
import org.premark.reasoning.ExplanationLinks;
import org.premark.reasoning.FocusMatcher;
import org.premark.reasoning.Narrative;

/**
 * Crediting stage: which claims earn the point they matched best, and whether a credited claim explains its
 * point or only identifies it. Implementations are immutable and thread-safe.
 */
interface PointCrediting {

    /**
     * For each claim, whether it earns the point of {@code best.get(i)}.
     *
     * @param best        each claim's best score, or null
     * @param keywordList the answer is a list of terms rather than sentences
     */
    boolean[] credited(List<Claim> claims, List<PointScore> best, boolean keywordList);

    /**
     * Clears, in place, credits that only continue another reason across sentences ({@link Continuations});
     * by default none: a points answer is a list, where every sentence may make a point.
     */
    default void continuations(String answer, List<Claim> claims, List<PointScore> best, boolean[] credited) {
    }

    /**
     * Whether credited claim {@code i} explains its point: a causal link joins it to an outcome with content of
     * its own (levels), or the answer says what the point is (points schemes with {@code credit: described}).
     *
     * @param terms    each claim's terms
     * @param pointOf  the point id each claim earns, or null for a claim that earns none
     * @param question the question's terms, which an outcome must go beyond
     */
    boolean explains(List<Claim> claims, List<List<String>> terms, List<String> pointOf, int i, Set<String> question);

    /** Whether a list of terms can explain a point; the causal reading says no: a bare list names at most. */
    default boolean explainsInKeywordLists() {
        return false;
    }

    /**
     * The causal links of this answer's credited claims to the question's focus ({@link ExplanationLinks}),
     * used instead of {@link #explains} when the rubric has a focus.
     *
     * @param pointOf each claim's credited point id, or null
     */
    ExplanationLinks links(String answer, List<Claim> claims, List<List<String>> terms, String[] pointOf,
            FocusMatcher focus);

    /** Whether the answer is a narrative, which stays at Level 2 ({@link Narrative}). */
    Narrative.Verdict narrative(String answer, List<Claim> claims, List<List<String>> terms, FocusMatcher focus);

    /**
     * Whether the answer is a narrative, counting as links also the sentences of explanation chains that reach
     * the focus ({@link ExplanationLinks#arguedSentences}); by default they are not counted.
     */
    default Narrative.Verdict narrative(String answer, List<Claim> claims, List<List<String>> terms,
            FocusMatcher focus, java.util.Set<Integer> argued) {
        return narrative(answer, claims, terms, focus);
    }
}
