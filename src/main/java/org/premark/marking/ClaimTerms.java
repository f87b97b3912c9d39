package org.premark.marking;

import java.util.List;
import java.util.Objects;
import org.premark.claims.Claim;

/**
 * A claim with its comparable terms, as every signal sees it.
 *
 * @param terms    all the claim's terms, spelling-corrected and stemmed
 * @param affirmed the terms outside any negation's scope (equal to {@code terms} when nothing is negated)
 */
record ClaimTerms(Claim claim, List<String> terms, List<String> affirmed) {

    ClaimTerms {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(affirmed, "affirmed");
        if (affirmed.size() > terms.size()) {
            throw new IllegalArgumentException("affirmed terms are a part of the terms");
        }
    }

    /** Some of the claim's words are inside a negation's scope. */
    boolean negated() {
        return affirmed.size() < terms.size();
    }
}
