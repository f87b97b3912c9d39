package org.premark.marking;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.premark.claims.Claim;
import org.premark.reasoning.ExplanationLinks;
import org.premark.reasoning.FocusMatcher;
import org.premark.reasoning.Narrative;

/**
 * Crediting for "list and describe" questions (a points scheme with {@code credit: described}): every claim that
 * clears the match threshold earns its point, with no "one reason per chain" rule, since a list of processes is
 * not an argument; and a point counts as explained (described) when the claim, or the clauses that follow it
 * before the next point, give its defining content ({@link Descriptions}). One per rubric; immutable.
 */
final class PointCreditingDescribed implements PointCrediting {

    private final Descriptions descriptions;
    private final double threshold;
    private final PointCrediting chains;

    /** @param chains the causal reading, which still finds links to a focus and narrative for a rubric with one */
    PointCreditingDescribed(Descriptions descriptions, MarkingSettings settings, PointCrediting chains) {
        this.descriptions = Objects.requireNonNull(descriptions, "descriptions");
        this.threshold = settings.matchThreshold();
        this.chains = Objects.requireNonNull(chains, "chains");
    }

    @Override
    public boolean[] credited(List<Claim> claims, List<PointScore> best, boolean keywordList) {
        boolean[] credited = new boolean[claims.size()];
        for (int i = 0; i < credited.length; i++) {
            credited[i] = best.get(i) != null && best.get(i).value() >= threshold;
        }
        return credited;
    }

    @Override
    public boolean explains(List<Claim> claims, List<List<String>> terms, List<String> pointOf, int i,
            Set<String> question) {
        List<String> said = new ArrayList<>();
        for (int k : Descriptions.window(claims, pointOf, i)) {
            said.addAll(terms.get(k));
        }
        return descriptions.described(pointOf.get(i), said);
    }

    /** "Osmosis - water moving in, diffusion - high to low": a list whose items say what each point is. */
    @Override
    public boolean explainsInKeywordLists() {
        return true;
    }

    @Override
    public ExplanationLinks links(String answer, List<Claim> claims, List<List<String>> terms, String[] pointOf,
            FocusMatcher focus) {
        return chains.links(answer, claims, terms, pointOf, focus);
    }

    @Override
    public Narrative.Verdict narrative(String answer, List<Claim> claims, List<List<String>> terms,
            FocusMatcher focus) {
        return chains.narrative(answer, claims, terms, focus);
    }
}
