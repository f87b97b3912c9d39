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

    PointCreditingChains(Links links, MarkingSettings settings) {
        this.links = links;
        this.threshold = settings.matchThreshold();
    }

    @Override
    public boolean[] credited(List<Claim> claims, List<PointScore> best, boolean keywordList) {
        return Chains.credit(claims, best, keywordList, threshold);
    }

    @Override
    public boolean explains(List<Claim> claims, List<List<String>> terms, int i, Set<String> question) {
        return links.explained(claims, terms, i, question);
    }
}
