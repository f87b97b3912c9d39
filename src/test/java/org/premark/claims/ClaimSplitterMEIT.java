package org.premark.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

/** Claim splitting end to end over the real OpenNLP models. */
class ClaimSplitterMEIT {

    private static final ClaimSplitterME SPLITTER = new ClaimSplitterME(AnnotatorME.load());

    private static List<Claim> split(String answer) {
        List<Claim> claims = SPLITTER.split(answer);
        for (Claim c : claims) {
            assertEquals(answer.substring(c.start(), c.end()), c.text(), "span of claim " + c.index());
        }
        return claims;
    }

    private static List<String> render(String answer) {
        return split(answer).stream()
                .map(c -> c.connective().isEmpty() ? c.text() : "[" + c.connective() + "] " + c.text())
                .toList();
    }

    @Test
    void clausesAndSpans() {
        String answer = "Stalin teamed up with Zinoviev and Kamenev, which meant that Trotsky kept losing votes in"
                + " the Politburo. Trotsky was often ill and he missed key meetings.";
        List<Claim> claims = split(answer);
        assertEquals(List.of("Stalin teamed up with Zinoviev and Kamenev",
                "[which meant] which meant that Trotsky kept losing votes in the Politburo",
                "Trotsky was often ill", "[and] and he missed key meetings"), render(answer));
        assertEquals(List.of(0, 0, 1, 1), claims.stream().map(Claim::sentence).toList());
        assertEquals(List.of(false, true, false, false), claims.stream().map(Claim::causal).toList());
    }

    @Test
    void crossSentenceLinks() {
        assertEquals(List.of("Stalin decided who got party jobs",
                        "[this meant] This meant local secretaries owed him their careers",
                        "[as a result] As a result, they voted for him at the Congress"),
                render("Stalin decided who got party jobs. This meant local secretaries owed him their careers. "
                        + "As a result, they voted for him at the Congress."));
    }

    @Test
    void frontedBecauseClause() {
        assertEquals(List.of("[because] Because Trotsky was ill in the south", "he could not get back in time"),
                render("Because Trotsky was ill in the south, he could not get back in time."));
    }

    @Test
    void negation() {
        List<Claim> claims = split("Lenin never named an heir. Trotsky didn't attend the funeral. "
                + "Stalin was not only ruthless but also patient. Trotsky refused to form a faction. "
                + "Stalin wasn\u2019t feared at first, so nobody stopped him.");
        assertEquals(List.of(true, true, false, false, true, true),
                claims.stream().map(Claim::negated).toList(), claims.toString());
    }

    @Test
    void lowerCaseRunOn() {
        assertEquals(List.of("stalin was in charge of appointments", "[so] so he put his friends in power",
                        "[and] and trotsky was away ill", "[so] so he couldnt stop it"),
                render("stalin was in charge of appointments so he put his friends in power and trotsky was away"
                        + " ill so he couldnt stop it"));
    }

    @Test
    void blankAnswersHaveNoClaims() {
        assertEquals(List.of(), split(""));
        assertEquals(List.of(), split(" \n "));
        assertEquals(List.of(), split("???"));
    }

    @Test
    void veryLongAnswer() {
        // with no full stops, "... and trotsky lost stalin controlled the jobs" runs on into the next repeat
        String answer = "stalin controlled the jobs so his men voted for him and trotsky lost ".repeat(400);
        List<Claim> claims = split(answer);
        assertTrue(claims.size() >= 800, "claims: " + claims.size());
        assertTrue(claims.stream().filter(c -> c.connective().equals("so")).count() >= 390);
    }

    @Test
    void concurrentSplittingMatchesSequential() throws Exception {
        List<String> answers = List.of(
                "Stalin controlled appointments so he had allies in the Congress.",
                "Trotsky was arrogant and he did not build a faction, which meant he had no votes.",
                "zinoviev and kamenev helped stalin because they feared trotsky",
                "Lenin's Testament attacked Stalin. However, it was never published.");
        List<List<Claim>> expected = answers.stream().map(SPLITTER::split).toList();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<List<List<Claim>>>> futures = new ArrayList<>();
            for (int thread = 0; thread < 6; thread++) {
                futures.add(pool.submit(() -> {
                    List<List<Claim>> results = new ArrayList<>();
                    for (int round = 0; round < 5; round++) {
                        answers.forEach(a -> results.add(SPLITTER.split(a)));
                    }
                    return results;
                }));
            }
            for (Future<List<List<Claim>>> f : futures) {
                List<List<Claim>> results = f.get();
                for (int r = 0; r < results.size(); r++) {
                    assertEquals(expected.get(r % answers.size()), results.get(r));
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertFalse(expected.get(1).isEmpty());
    }
}
