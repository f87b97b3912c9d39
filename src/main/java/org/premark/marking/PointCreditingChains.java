package org.premark.marking;

import java.util.List;
import java.util.Set;
import org.premark.claims.Claim;

/**
 * Crediting as an examiner reads an answer: a reasoning chain that argues cause and effect develops one reason
 * ({@link Chains}), and a point is explained when a causal connective links its claim to an outcome
 * ({@link Links}).
 */
final class PointCreditingChains implements PointCrediting {

    private final Links links;
    private final double threshold;
    private final boolean oneReasonPerChain;

    /**
     * @param oneReasonPerChain whether a cause-and-effect chain develops one reason (levels: an examiner's
     *                          reading of an argument); false for points schemes, where every point a sentence
     *                          makes counts ("it uses energy, so it pumps ions against the gradient")
     */
    PointCreditingChains(Links links, MarkingSettings settings, boolean oneReasonPerChain) {
        this.links = links;
        this.threshold = settings.matchThreshold();
        this.oneReasonPerChain = oneReasonPerChain;
    }

    @Override
    public boolean[] credited(List<Claim> claims, List<PointScore> best, boolean keywordList) {
        return Chains.credit(claims, best, keywordList || !oneReasonPerChain, threshold);
    }

    @Override
    public boolean explains(List<Claim> claims, List<List<String>> terms, List<String> pointOf, int i,
            Set<String> question) {
        return links.explained(claims, terms, i, question);
    }
}
