package org.premark.marking;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.premark.claims.Claim;
import org.premark.claims.Token;
import org.premark.lang.Lexicon;
import org.premark.lang.WordList;

/**
 * The scope of a negation inside a claim: from the negating word to the next clause boundary. "Stalin was
 * not General Secretary" negates the post; "they had not forgotten that Trotsky was a Menshevik" does not
 * negate the Menshevik past.
 */
final class Negations {

    /** {@code negation-scope-ends.txt}. */
    private final Set<String> scopeEnds;
    private final Terms terms;

    Negations(Lexicon lexicon, Terms terms) {
        this.scopeEnds = Set.copyOf(lexicon.words(WordList.NEGATION_SCOPE_ENDS));
        this.terms = terms;
    }

    /**
     * Fills {@code all} with the claim's terms and {@code affirmed} with those outside any negation's scope.
     */
    void split(Claim claim, List<String> all, List<String> affirmed) {
        boolean inScope = false;
        for (Token token : claim.tokens()) {
            String word = token.text().toLowerCase(Locale.ROOT);
            if (terms.isNegation(word) || token.lemma().equals("not")) {
                inScope = true;
                continue;
            }
            if (scopeEnds.contains(word)) {
                inScope = false;
            }
            for (String t : terms.studentTerms(token.text())) {
                all.add(t);
                if (!inScope) {
                    affirmed.add(t);
                }
            }
        }
    }
}
