package org.premark.marking;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.premark.claims.Claim;
import org.premark.claims.Token;
import org.premark.lang.Connective;
import org.premark.lang.Lexicon;

/**
 * Decides whether a claim is linked to an outcome: a causal connective ("because", "so", "this meant", …)
 * joining it to a substantive clause later in its sentence, to its neighbour, or to the opening of the next
 * sentence; or an outcome reached "by" a means inside the claim itself.
 */
final class Links {

    /** Connectives that introduce the reason, not the outcome: the {@code reason} role in connectives.txt. */
    private final Set<String> reasonConnectives;
    /** An outcome needs some content of its own beyond the question's words: "so Stalin won" explains nothing. */
    private final int minOutcomeTerms;
    private final Terms terms;

    Links(Lexicon lexicon, Terms terms, MarkingSettings settings) {
        this.reasonConnectives = Set.copyOf(lexicon.connectives(Connective.REASON));
        this.minOutcomeTerms = settings.creditMinOutcomeTerms();
        this.terms = terms;
    }

    boolean explained(List<Claim> claims, List<List<String>> claimTerms, int i, Set<String> question) {
        Claim claim = claims.get(i);
        if (meansLink(claim)) {
            return true;
        }
        // "Because he had been a Menshevik, the old Bolsheviks distrusted him": a clause that gives a reason
        // needs no content beyond the point it names, the clause it leads to carries the outcome. A clause that
        // gives an outcome ("so he lost") must carry it itself.
        if (claim.causal() && (reasonConnectives.contains(claim.connective()) || substantive(claimTerms.get(i), question))) {
            boolean before = i > 0 && (claims.get(i - 1).sentence() == claim.sentence()
                    || claims.get(i - 1).sentence() == claim.sentence() - 1) && substantive(claimTerms.get(i - 1), question);
            boolean after = i + 1 < claims.size() && claims.get(i + 1).sentence() == claim.sentence()
                    && substantive(claimTerms.get(i + 1), question);
            if (before || after) {
                return true;
            }
        }
        for (int j = i + 1; j < claims.size(); j++) {
            Claim next = claims.get(j);
            boolean sameSentence = next.sentence() == claim.sentence();
            boolean opensNext = next.sentence() == claim.sentence() + 1 && Chains.isFirstOfSentence(claims, j);
            if (!sameSentence && !opensNext) {
                return false;
            }
            if (next.causal() && substantive(claimTerms.get(j), question)) {
                return true;
            }
            if (opensNext) {
                return false;
            }
        }
        return false;
    }

    /**
     * "Stalin built up support by putting his supporters in key posts": an outcome reached by a means, inside
     * one clause, is a link of its own.
     */
    boolean meansLink(Claim claim) {
        List<Token> tokens = claim.tokens();
        for (int k = 2; k + 1 < tokens.size(); k++) {
            Token by = tokens.get(k);
            Token next = tokens.get(k + 1);
            if (by.text().equalsIgnoreCase("by") && next.text().toLowerCase(Locale.ROOT).endsWith("ing")
                    && AnswerShape.isVerb(next.pos()) && contentBefore(tokens, k) >= minOutcomeTerms) {
                return true;
            }
        }
        return false;
    }

    private int contentBefore(List<Token> tokens, int end) {
        int n = 0;
        for (int k = 0; k < end; k++) {
            String w = tokens.get(k).text().toLowerCase(Locale.ROOT);
            if (Character.isLetter(w.charAt(0)) && !terms.isStop(w) && !terms.isNegation(w)) {
                n++;
            }
        }
        return n;
    }

    private boolean substantive(List<String> terms, Set<String> question) {
        return terms.stream().filter(t -> !question.contains(t)).distinct().count() >= minOutcomeTerms;
    }
}
