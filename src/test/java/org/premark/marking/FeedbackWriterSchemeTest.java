package org.premark.marking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.premark.rubric.Award;
import org.premark.rubric.LevelScheme;
import org.premark.rubric.MarkScheme;
import org.premark.rubric.PointsScheme;
import org.premark.rubric.Rubric;
import org.premark.rubric.RubricPoint;

/** The feedback writer leaves the scheme's wording to the scheme. */
class FeedbackWriterSchemeTest {

    private final FeedbackWriterScheme writer = new FeedbackWriterScheme(MarkingSettings.defaults());

    private static RubricPoint point(String id) {
        return new RubricPoint(id, "Point " + id, "d", List.of("cue " + id), List.of(), List.of(), List.of());
    }

    private List<String> feedback(MarkScheme scheme, PointStatus... statuses) {
        List<RubricPoint> rubricPoints = List.of(point("a"), point("b"), point("c"));
        Rubric rubric = new Rubric("r", "Why did Stalin win? [6]", scheme.maxMark(), "", true, scheme, rubricPoints);
        List<PointResult> points = new java.util.ArrayList<>();
        for (int i = 0; i < statuses.length; i++) {
            List<Span> spans = statuses[i] == PointStatus.MISSING ? List.of() : List.of(new Span(0, 6, "Stalin"));
            points.add(new PointResult(rubricPoints.get(i).id(), rubricPoints.get(i).label(), statuses[i], spans, null, 0.7));
        }
        Award award = scheme.award(FeedbackWriterScheme.credits(rubric, points), false);
        MarkedAnswer answer = new MarkedAnswer(rubric, false, List.of(), "Stalin", List.of(), List.of(),
                new AnswerShape(1, 0, false), List.of(), points, award, 1);
        return writer.feedback(answer);
    }

    @Test
    void aPointsSchemesFeedbackNeverSpeaksOfExplaining() {
        List<String> lines = feedback(PointsScheme.perPoint(3), PointStatus.IDENTIFIED, PointStatus.EXPLAINED,
                PointStatus.MISSING);
        assertEquals(List.of("You made 2 points. Make 1 more point from the topic to reach 3 marks.",
                "Not covered yet: \"Point c\"."), lines);
        for (String line : lines) {
            assertFalse(line.toLowerCase(Locale.ROOT).contains("explain"), line);
        }
    }

    @Test
    void aLevelSchemesFeedbackAsksToExplainNamedPoints() {
        List<String> lines = feedback(LevelScheme.standard(), PointStatus.IDENTIFIED, PointStatus.EXPLAINED,
                PointStatus.MISSING);
        assertEquals("You explained one reason. Explain a second reason in the same way to reach 6 marks.", lines.get(0));
        assertTrue(lines.get(1).startsWith("You named \"Point a\" but did not explain it."), lines.get(1));
        assertEquals("Not covered yet: \"Point c\".", lines.get(2));
    }
}
