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
     * Whether credited claim {@code i} explains its point: a causal link joins it to an outcome with content of
     * its own.
     *
     * @param terms    each claim's terms
     * @param question the question's terms, which an outcome must go beyond
     */
    boolean explains(List<Claim> claims, List<List<String>> terms, int i, Set<String> question);

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
}
