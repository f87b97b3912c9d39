package org.premark.marking;

import java.util.List;
import org.premark.claims.Claim;

/**
 * Decides whether a claim is linked to an outcome: a causal connective ("because", "so", "this meant", …)
 * joining it to a substantive neighbouring clause, within its sentence or across to the next one.
 */
final class Links {

    /** An outcome needs some content of its own: "so he lost" does not explain anything. */
    static final int MIN_OUTCOME_TERMS = 2;

    private Links() {
    }

    static boolean explained(List<Claim> claims, List<List<String>> claimTerms, int i) {
        Claim claim = claims.get(i);
        if (claim.causal()) {
            if (i > 0 && near(claims.get(i - 1), claim) && substantive(claimTerms.get(i - 1))
                    && substantive(claimTerms.get(i))) {
                return true;
            }
            if (i + 1 < claims.size() && claims.get(i + 1).sentence() == claim.sentence()
                    && substantive(claimTerms.get(i + 1))) {
                return true;
            }
        }
        if (i + 1 < claims.size()) {
            Claim next = claims.get(i + 1);
            return next.causal() && near(claim, next) && substantive(claimTerms.get(i + 1));
        }
        return false;
    }

    /** Same sentence, or the next sentence (which then opens with the connective). */
    private static boolean near(Claim earlier, Claim later) {
        return later.sentence() == earlier.sentence() || later.sentence() == earlier.sentence() + 1;
    }

    private static boolean substantive(List<String> terms) {
        return terms.stream().distinct().count() >= MIN_OUTCOME_TERMS;
    }
}
