package org.premark.marking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.premark.rubric.Award;
import org.premark.rubric.PointCredit;
import org.premark.rubric.Rubric;

/**
 * Reporting stage, feedback: the rubric's scheme says in its own words what the mark rewards and what would
 * raise it ({@link org.premark.rubric.MarkScheme#advice}); then come the single points: those only named (when
 * the scheme rewards explaining), then up to {@code report.feedback-max-missing} missing ones, each with where
 * in the notes to read.
 */
final class FeedbackWriterScheme implements FeedbackWriter {

    private final int maxMissingShown;

    FeedbackWriterScheme(MarkingSettings settings) {
        this.maxMissingShown = settings.reportFeedbackMaxMissing();
    }

    @Override
    public List<String> feedback(MarkedAnswer answer) {
        Rubric rubric = answer.rubric();
        List<PointResult> points = answer.points();
        Award award = answer.award();
        List<PointCredit> credits = new ArrayList<>(credits(rubric, points));
        // A reason outside the rubric that the mark counts is an explained reason to the scheme's advice too.
        for (OtherReason o : answer.otherReasons()) {
            credits.add(new PointCredit(new org.premark.rubric.RubricPoint("other-reason", MarkResult.OTHER_REASON_LABEL,
                    o.reason().text(), List.of(MarkResult.OTHER_REASON_LABEL), List.of(), List.of(), List.of()),
                    org.premark.rubric.Credit.EXPLAINED));
        }
        List<String> out = new ArrayList<>(rubric.scheme().advice(credits, award));
        if (award.mark() >= rubric.maxMark()) {
            return out;
        }
        if (rubric.scheme().rewardsExplanation()) {
            for (PointResult p : points) {
                if (p.status() == PointStatus.IDENTIFIED) {
                    out.add(rubric.scheme().namedOnlyAdvice(p.label(), firstWords(p.spans().get(0).text())) + read(p));
                }
            }
        }
        int shown = 0;
        for (PointResult p : points) {
            if (p.status() == PointStatus.MISSING && shown < maxMissingShown) {
                out.add("Not covered yet: \"" + p.label() + "\"." + read(p));
                shown++;
            }
        }
        return out;
    }

    /** The points' results as the scheme reads them; {@code points} are in rubric order. */
    static List<PointCredit> credits(Rubric rubric, List<PointResult> points) {
        List<PointCredit> out = new ArrayList<>(points.size());
        for (int i = 0; i < points.size(); i++) {
            out.add(new PointCredit(rubric.points().get(i), points.get(i).status().credit()));
        }
        return out;
    }

    private static String read(PointResult p) {
        if (p.passage() == null) {
            return "";
        }
        String where = p.passage().heading().isBlank() ? p.passage().passageId()
                : "\"" + p.passage().heading() + "\" (" + p.passage().passageId() + ")";
        return " Read " + where + " in the notes.";
    }

    /** Compiled once: {@code String.split} and {@code replaceAll} would compile them on every call. */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern FINAL_STOPS = Pattern.compile("[.!?]+$");

    private static String firstWords(String text) {
        String t = text.strip();
        String[] words = SPACES.split(t);
        if (words.length <= 10) {
            return FINAL_STOPS.matcher(t).replaceAll("");
        }
        return String.join(" ", Arrays.copyOf(words, 10));
    }
}
