package org.premark.classset;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.premark.marking.MarkResult;
import org.premark.marking.PointResult;
import org.premark.marking.PointStatus;
import org.premark.rubric.Rubric;
import org.premark.rubric.RubricPoint;
import org.premark.classset.ClassSet;
import org.premark.classset.ClassSetStatus;
import org.premark.classset.MarkOverride;
import org.premark.classset.StoredAnswer;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The JSON shapes of the teacher API, built from stored batches and answers. */
@Component
public class ClassSetViews {

    static final int PREVIEW_CHARS = 120;

    /** A batch in a list: no answers. */
    record BatchSummary(String id, String rubricId, String question, String fileName, ClassSetStatus status, int total,
                        int done, int skipped, Instant createdAt, Instant finishedAt) {
    }

    /** A batch with progress, every answer's row and the class coverage of each rubric point. */
    record BatchView(String id, String rubricId, String question, int maxMark, String fileName, ClassSetStatus status,
                     int total, int done, Instant createdAt, Instant finishedAt, List<SkippedRow> skipped,
                     List<PointCoverage> coverage, Stats stats, List<AnswerRow> answers) {
    }

    record SkippedRow(long line, String message) {
    }

    /**
     * One answer in the results table.
     *
     * @param state       {@code waiting}, {@code marked} or {@code failed}
     * @param needsReview flagged by the engine (or failed) and not yet overridden by a teacher
     * @param points      each rubric point's status, in rubric order
     */
    record AnswerRow(String id, int seq, long line, String state, String preview, Integer suggestedMark,
                     Integer finalMark, String level, List<String> flags, boolean needsReview, MarkOverride override,
                     Map<String, String> points, String error) {
    }

    /** An answer in full: its text and the engine's result (null until marked). */
    record AnswerDetail(AnswerRow row, String text, int maxMark, MarkResult result) {
    }

    /** How many answers explained, only identified, or missed one rubric point. */
    record PointCoverage(String pointId, String label, int explained, int identified, int missing) {
    }

    /** @param meanFinalMark mean of the final marks so far, or null when nothing is marked */
    record Stats(int marked, int failed, int needsReview, int overridden, Double meanFinalMark) {
    }

    private final JsonMapper json;

    ClassSetViews(JsonMapper json) {
        this.json = json;
    }

    BatchSummary summary(ClassSet b, Rubric rubric) {
        return new BatchSummary(b.id(), b.rubricId(), rubric == null ? b.rubricId() : rubric.question(), b.fileName(),
                b.status(), b.total(), b.done(), b.skipped().size(), b.createdAt(), b.finishedAt());
    }

    BatchView view(ClassSet b, Rubric rubric, List<StoredAnswer> answers) {
        List<AnswerRow> rows = new ArrayList<>();
        Map<String, int[]> counts = new LinkedHashMap<>();
        List<RubricPoint> points = rubric == null ? List.of() : rubric.points();
        points.forEach(p -> counts.put(p.id(), new int[3]));
        int failed = 0;
        int review = 0;
        int overridden = 0;
        int finals = 0;
        long sum = 0;
        for (StoredAnswer a : answers) {
            MarkResult result = result(a);
            AnswerRow row = row(a, result);
            rows.add(row);
            if (result != null) {
                for (PointResult p : result.points()) {
                    int[] c = counts.get(p.id());
                    if (c != null) {
                        c[p.status().ordinal()]++;
                    }
                }
            }
            failed += a.error() != null ? 1 : 0;
            review += row.needsReview() ? 1 : 0;
            overridden += a.override() != null ? 1 : 0;
            if (row.finalMark() != null) {
                finals++;
                sum += row.finalMark();
            }
        }
        List<PointCoverage> coverage = points.stream().map(p -> {
            int[] c = counts.get(p.id());
            return new PointCoverage(p.id(), p.label(), c[PointStatus.EXPLAINED.ordinal()],
                    c[PointStatus.IDENTIFIED.ordinal()], c[PointStatus.MISSING.ordinal()]);
        }).toList();
        Stats stats = new Stats(finals, failed, review, overridden,
                finals == 0 ? null : Math.round(sum * 100.0 / finals) / 100.0);
        return new BatchView(b.id(), b.rubricId(), rubric == null ? b.rubricId() : rubric.question(),
                rubric == null ? 0 : rubric.maxMark(), b.fileName(), b.status(), b.total(), b.done(), b.createdAt(),
                b.finishedAt(), b.skipped().stream().map(p -> new SkippedRow(p.line(), p.message())).toList(),
                coverage, stats, rows);
    }

    AnswerDetail detail(StoredAnswer a, Rubric rubric) {
        MarkResult result = result(a);
        return new AnswerDetail(row(a, result), a.text(), rubric == null ? 0 : rubric.maxMark(), result);
    }

    AnswerRow row(StoredAnswer a) {
        return row(a, result(a));
    }

    MarkResult result(StoredAnswer a) {
        return a.resultJson() == null ? null : json.readValue(a.resultJson(), MarkResult.class);
    }

    private static AnswerRow row(StoredAnswer a, MarkResult result) {
        String state = a.error() != null ? "failed" : a.marked() ? "marked" : "waiting";
        Map<String, String> points = new LinkedHashMap<>();
        if (result != null) {
            result.points().forEach(p -> points.put(p.id(), p.status().json()));
        }
        boolean needsReview = a.override() == null && (a.error() != null || (a.marked() && !a.flags().isEmpty()));
        return new AnswerRow(a.id(), a.seq(), a.line(), state, preview(a.text()), a.suggestedMark(), a.finalMark(),
                a.level(), a.flags(), needsReview, a.override(), points, a.error());
    }

    static String preview(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= PREVIEW_CHARS ? flat : flat.substring(0, PREVIEW_CHARS - 1).stripTrailing() + "…";
    }
}
