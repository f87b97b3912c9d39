package org.premark.marking;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.premark.claims.Claim;
import org.premark.claims.Token;

/**
 * The scope of a negation inside a claim: from the negating word to the next clause boundary. "Stalin was
 * not General Secretary" negates the post; "they had not forgotten that Trotsky was a Menshevik" does not
 * negate the Menshevik past.
 */
final class Negations {

    private static final Set<String> SCOPE_ENDS = Set.of("that", "which", "who", "whom", "whose", "because", "so",
            "but", "while", "whereas", "although", ",", ";", ":", "-", "–", "—");

    private Negations() {
    }

    /**
     * Fills {@code all} with the claim's terms and {@code affirmed} with those outside any negation's scope.
     */
    static void split(Claim claim, Terms terms, List<String> all, List<String> affirmed) {
        boolean inScope = false;
        for (Token token : claim.tokens()) {
            String word = token.text().toLowerCase(Locale.ROOT);
            if (Terms.isNegation(word) || token.lemma().equals("not")) {
                inScope = true;
                continue;
            }
            if (SCOPE_ENDS.contains(word)) {
                inScope = false;
            }
            for (String t : terms.studentTerms(List.of(token.text()))) {
                all.add(t);
                if (!inScope) {
                    affirmed.add(t);
                }
            }
        }
    }
}
