package org.premark.marking;

import java.util.List;
import java.util.Set;
import org.premark.claims.Claim;
import org.premark.claims.Token;

/**
 * Crediting: a clause joined by a coordinating connective ("and", "but") that opens on its verb, with no subject
 * of its own ("…were put on trains and sent to the far north", "…said he was careless and should be dismissed"),
 * goes on with the clause before it: the same people in the same event. It tells more of the point that clause
 * made, so it does not earn another point: a deportation's destination is not the labour camps, the rest of a
 * reported warning not a reason of its own. Two reasons in one sentence each have their own subject ("he was
 * arrogant and many distrusted him") and keep both credits; a clause without a subject that makes the same point
 * as the one before keeps its credit too.
 */
final class SharedSubjects {

    /** The universal part-of-speech tags of a verb: the clause opens on its verb, so it has no subject. */
    private static final Set<String> VERBS = Set.of("VERB", "AUX");

    /** The connectives that coordinate two clauses (kind {@code coord} in {@code connectives.txt}). */
    private final Set<String> coordinating;

    SharedSubjects(Set<String> coordinating) {
        this.coordinating = Set.copyOf(coordinating);
    }

    /** Takes the credit from each subjectless coordinated clause whose point differs from the one before it. */
    void apply(List<Claim> claims, List<PointScore> best, boolean[] credited) {
        for (int k = 1; k < claims.size(); k++) {
            Claim c = claims.get(k);
            if (!credited[k] || !coordinating.contains(c.connective()) || !opensOnVerb(c)) {
                continue;
            }
            for (int j = k - 1; j >= 0 && claims.get(j).sentence() == c.sentence(); j--) {
                if (credited[j]) {
                    if (!best.get(j).point().id().equals(best.get(k).point().id())) {
                        credited[k] = false;
                    }
                    break;
                }
            }
        }
    }

    /** Whether the first word after the connective is a verb. */
    private static boolean opensOnVerb(Claim c) {
        List<Token> tokens = c.tokens();
        int skip = c.connective().split(" ").length;
        return tokens.size() > skip && VERBS.contains(tokens.get(skip).pos());
    }
}
