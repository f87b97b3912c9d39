package org.premark.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.premark.marking.Flag;
import org.premark.marking.FlagCode;
import org.premark.marking.MarkResult;
import org.premark.marking.PointResult;
import org.premark.marking.PointStatus;
import org.premark.marking.Span;

/** The figures of a report from answers already marked: review flags, other reasons, unlabelled sets. */
class EvaluatorReportTest {

    private static final String RUBRIC = "trotsky-lost";

    private static MarkResult result(int mark, List<String> explained, boolean needsReview) {
        List<PointResult> points = explained.stream()
                .map(id -> new PointResult(id, id, PointStatus.EXPLAINED, List.of(new Span(0, 1, "x")), null, 1.0))
                .toList();
        List<Flag> flags = needsReview ? List.of(new Flag(FlagCode.NEEDS_REVIEW, "check", "")) : List.of();
        return new MarkResult(RUBRIC, mark, 6, "Level", points, List.of(), flags, List.of(), 10, 0.5);
    }

    private static GoldAnswer gold(String id, int mark, Set<String> explained, List<String> other) {
        return new GoldAnswer(id, RUBRIC, mark, explained, Set.of(), true, other, Set.of(), "text", 2);
    }

    @Test
    void reviewRecallCountsFlaggedAnswersAmongThoseTwoOrMoreMarksOff() {
        List<Scored> scored = List.of(
                new Scored(gold("a", 6, Set.of(), List.of()), result(3, List.of(), true)),   // 3 off, flagged
                new Scored(gold("b", 4, Set.of(), List.of()), result(2, List.of(), false)),  // 2 off, not flagged
                new Scored(gold("c", 4, Set.of(), List.of()), result(3, List.of(), true)),   // 1 off, flagged
                new Scored(gold("d", 2, Set.of(), List.of("other (identified)")), result(2, List.of(), false)));
        Review review = Evaluator.report(scored).review();
        assertEquals(new Share(1, 2), review.recall());
        assertEquals(0.5, review.recall().value(), 1e-12);
        assertEquals(new Share(2, 4), review.rate());
        // No marker flag has the other-reason code yet, so none of the one answer with other reasons is covered.
        assertEquals(new Share(0, 1), review.otherCoverage());
    }

    @Test
    void withNoBigMissesReviewRecallIsNotAvailable() {
        Review review = Evaluator.report(List.of(new Scored(gold("a", 4, Set.of(), List.of()),
                result(4, List.of(), false)))).review();
        assertTrue(Double.isNaN(review.recall().value()));
        assertEquals("n/a (0 of 0)", review.recall().format());
        assertEquals("0.000 (0 of 1)", review.rate().format());
    }

    @Test
    void unlabelledAnswersCountForMarksButNotForPoints() {
        GoldAnswer unlabelled = new GoldAnswer("u", RUBRIC, 4, Set.of(), Set.of(), false, List.of(), Set.of(), "t", 3);
        EvalReport report = Evaluator.report(List.of(new Scored(unlabelled, result(4, List.of("lenin-cult"), false))));
        assertFalse(report.hasPointLabels());
        assertEquals(Counts.ZERO, report.credited());
        assertEquals(1, report.overall().answers());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        report.print(new PrintStream(out, true, StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("points: n/a"), text);
        assertFalse(text.contains("disagreements"), "same mark, no labels: nothing to disagree on\n" + text);
    }

    @Test
    void labelledAnswersAloneMakeThePointCounts() {
        GoldAnswer unlabelled = new GoldAnswer("u", RUBRIC, 4, Set.of(), Set.of(), false, List.of(), Set.of(), "t", 3);
        EvalReport report = Evaluator.report(List.of(
                new Scored(unlabelled, result(4, List.of("lenin-cult"), false)),
                new Scored(gold("l", 4, Set.of("lenin-cult"), List.of()), result(6, List.of("lenin-cult", "x"), false))));
        assertEquals(1, report.labelledAnswers());
        assertEquals(new Counts(1, 1, 0), report.credited());
        assertEquals(new Counts(1, 1, 0), report.explained());
    }
}
