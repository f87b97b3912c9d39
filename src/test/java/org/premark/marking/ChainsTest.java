package org.premark.marking;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.premark.claims.Claim;
import org.premark.lang.Lexicon;
import org.premark.rubric.RubricPoint;

/** Answers about a medieval king, written for these tests: each clause is "connective|text|point or -". */
class ChainsTest {

    private static final Lexicon LEXICON = Lexicon.english();
    private static final Set<String> CAUSAL = LEXICON.connectives("causal");
    private static final Set<String> REASON = LEXICON.connectives("reason");
    private static final Set<String> OPENERS = LEXICON.words(org.premark.lang.WordList.NEW_REASON_OPENERS);

    private final List<Claim> claims = new ArrayList<>();
    private final List<PointScore> best = new ArrayList<>();

    private ChainsTest clause(int sentence, String connective, String text, String point, double score) {
        int i = claims.size();
        claims.add(new Claim(i, sentence, text, i * 100, i * 100 + text.length(), List.of(), connective,
                CAUSAL.contains(connective), false));
        best.add(point == null ? null : new PointScore(new RubricPoint(point, point, "d", List.of(point), List.of(),
                List.of(), List.of()), score, null));
        return this;
    }

    private boolean[] credit() {
        return Chains.credit(claims, best, false, 0.6, REASON, OPENERS);
    }

    @Test
    void twoReasonsJoinedByAndBeforeABecauseAreBothCredited() {
        clause(0, "", "the king was arrogant", "arrogance", 1.0)
                .clause(0, "and", "and the barons distrusted him", null, 0)
                .clause(0, "because", "because he had sided with France", "france", 1.0);
        assertArrayEquals(new boolean[] {true, false, true}, credit());
    }

    @Test
    void aListAnnouncedWithOrdinalsCreditsEachReason() {
        clause(0, "first", "firstly the king was arrogant", "arrogance", 1.0)
                .clause(0, "secondly", "secondly he was often ill", "illness", 1.0)
                .clause(0, "so", "so the barons chose his cousin", null, 0);
        assertArrayEquals(new boolean[] {true, true, false}, credit());
    }

    @Test
    void anOutcomeClauseWhosePointIsNotWordedAsTheOutcomeLeavesTheReasonToTheCause() {
        // "terrified of being hanged": the fear is the outcome, the hangings it names are not the reason.
        clause(0, "", "the sheriff flogged the poachers until they confessed", "flogging", 1.0)
                .clause(0, "so", "so the villagers were terrified of being hanged", "executions", 1.0);
        boolean[] credited = Chains.credit(claims, best, false, 0.6, REASON, OPENERS,
                s -> s.point().id().equals("fear"));
        assertArrayEquals(new boolean[] {true, false}, credited);
        assertArrayEquals(new boolean[] {false, true}, credit(), "with no focus every outcome clause may give it");
    }

    @Test
    void aCausalChainCountsOnceAndItsOutcomeIsTheReason() {
        clause(0, "", "hundreds of monks were hanged", "executions", 1.0)
                .clause(0, "and", "and many more were sent to the galleys", "executions", 1.0)
                .clause(0, "so", "so the villagers were too frightened to protest", "fear", 1.0);
        assertArrayEquals(new boolean[] {false, false, true}, credit());
    }

    @Test
    void aWeakMatchOnTheOutcomeDoesNotTakeTheChainFromAStrongCause() {
        clause(0, "", "the king controlled every appointment", "appointments", 1.0)
                .clause(0, "so", "so his followers got the best posts", "loyalty", 0.65);
        assertArrayEquals(new boolean[] {true, false}, credit());
    }

    @Test
    void clausesWithoutAnyLinkEachKeepTheirPoint() {
        clause(0, "", "the king was arrogant", "arrogance", 1.0)
                .clause(0, "and", "and he was often ill", "illness", 1.0)
                .clause(1, "", "the harvest failed", "famine", 0.9);
        assertArrayEquals(new boolean[] {true, true, true}, credit());
    }
}
