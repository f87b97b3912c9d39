package org.premark.classset;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.premark.classset.ClassSet;
import org.premark.classset.ClassSetStatus;
import org.premark.classset.MarkOverride;
import org.premark.classset.StoredAnswer;
import org.premark.marking.MarkResult;
import org.premark.marking.PointResult;
import org.premark.marking.PointStatus;
import org.premark.rubric.LevelScheme;
import org.premark.rubric.MarkScheme;
import org.premark.rubric.PointsScheme;
import org.premark.rubric.Rubric;
import org.premark.rubric.RubricPoint;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The JSON shapes of the teacher API, built from stored batches and answers. */
@Component
public class ClassSetViews {

    static final int PREVIEW_CHARS = 120;
    static final int SAMPLE_PER_BAND = 2;
    static final int SAMPLE_LEAST_CONFIDENT = 3;

    /** A batch in a list: no answers. {@code others}: the ids of the other class sets made by the same upload. */
    record BatchSummary(String id, String name, String rubricId, String question, String fileName,
                        ClassSetStatus status, int total, int done, int skipped, Instant createdAt, Instant finishedAt,
                        List<String> others) {
    }

    /**
     * A batch with progress, every answer's row, the class coverage of each rubric point, the distribution of final
     * marks, a proposed moderation sample, and how premark's suggestions agreed with the teacher's reviews.
     */
    record BatchView(String id, String name, String rubricId, String question, int maxMark, String fileName,
                     ClassSetStatus status, int total, int done, Instant createdAt, Instant finishedAt,
                     List<SkippedRow> skipped, List<PointCoverage> coverage, Stats stats, List<Integer> distribution,
                     List<SampleItem> sample, Agreement agreement, List<AnswerRow> answers) {
    }

    record SkippedRow(long line, String message) {
    }

    /**
     * One answer in the results table. {@code level} is the level of the final mark (the override's, if any).
     *
     * @param state       {@code waiting}, {@code marked} or {@code failed}
     * @param reviewed    a teacher accepted the suggestion or overrode it
     * @param needsReview flagged by the engine (or failed) and not yet reviewed by a teacher
     * @param points      each rubric point's status, in rubric order
     */
    record AnswerRow(String id, int seq, long line, String state, String preview, Integer suggestedMark,
                     String suggestedLevel, Integer finalMark, String level, Double confidence, List<String> flags,
                     boolean needsReview, boolean reviewed, String reviewedBy, MarkOverride override,
                     Map<String, String> points, String error) {
    }

    /** An answer in full: its text and the engine's result (null until marked). */
    record AnswerDetail(AnswerRow row, String text, int maxMark, MarkResult result) {
    }

    /** How many answers explained, only identified, or missed one rubric point. */
    record PointCoverage(String pointId, String label, int explained, int identified, int missing) {
    }

    /** @param meanFinalMark mean of the final marks so far, or null when nothing is marked */
    record Stats(int marked, int failed, int needsReview, int overridden, int reviewed, Double meanFinalMark) {
    }

    /** One answer proposed for moderation, and why. */
    record SampleItem(String id, String reason) {
    }

    /**
     * premark's suggestions against the teacher's final marks, on the answers a teacher has reviewed.
     *
     * @param teacherHigher reviewed answers the teacher marked above the suggestion
     * @param points        per rubric point: in how many answers marked down premark had credited it (perhaps
     *                      over-credited), and in how many marked up it had not (perhaps under-credited)
     */
    record Agreement(int reviewed, int same, int withinOne, int teacherHigher, int teacherLower,
                     Double meanDifference, List<PointTrust> points) {
    }

    record PointTrust(String pointId, String label, int overCredited, int underCredited) {
    }

    /** A student's feedback slip. */
    record Slip(String id, Integer finalMark, int maxMark, String level, List<String> explained,
                List<String> identified, List<String> missing, List<String> feedback) {
    }

    private final JsonMapper json;

    ClassSetViews(JsonMapper json) {
        this.json = json;
    }

    BatchSummary summary(ClassSet b, Rubric rubric) {
        return summary(b, rubric, List.of());
    }

    BatchSummary summary(ClassSet b, Rubric rubric, List<String> others) {
        return new BatchSummary(b.id(), b.name(), b.rubricId(), rubric == null ? b.rubricId() : rubric.question(),
                b.fileName(), b.status(), b.total(), b.done(), b.skipped().size(), b.createdAt(), b.finishedAt(),
                others);
    }

    BatchView view(ClassSet b, Rubric rubric, List<StoredAnswer> answers) {
        List<AnswerRow> rows = new ArrayList<>();
        Map<String, int[]> counts = new LinkedHashMap<>();
        List<RubricPoint> points = rubric == null ? List.of() : rubric.points();
        points.forEach(p -> counts.put(p.id(), new int[3]));
        int failed = 0;
        int review = 0;
        int overridden = 0;
        int reviewed = 0;
        int maxMark = rubric == null ? 0 : rubric.maxMark();
        int[] distribution = new int[maxMark + 1];
        Map<String, int[]> trust = new LinkedHashMap<>();
        points.forEach(p -> trust.put(p.id(), new int[2]));
        int agreeReviewed = 0;
        int same = 0;
        int withinOne = 0;
        int higher = 0;
        int lower = 0;
        long diff = 0;
        int finals = 0;
        long sum = 0;
        for (StoredAnswer a : answers) {
            MarkResult result = result(a);
            AnswerRow row = row(a, result, rubric);
            rows.add(row);
            reviewed += row.reviewed() ? 1 : 0;
            if (row.finalMark() != null && row.finalMark() >= 0 && row.finalMark() <= maxMark) {
                distribution[row.finalMark()]++;
            }
            if (result != null && row.reviewed() && a.suggestedMark() != null) {
                int d = a.finalMark() - a.suggestedMark();
                agreeReviewed++;
                same += d == 0 ? 1 : 0;
                withinOne += Math.abs(d) <= 1 ? 1 : 0;
                higher += d > 0 ? 1 : 0;
                lower += d < 0 ? 1 : 0;
                diff += d;
                for (PointResult p : result.points()) {
                    int[] t = trust.get(p.id());
                    if (t != null && d < 0 && p.status() != PointStatus.MISSING) {
                        t[0]++;
                    } else if (t != null && d > 0 && p.status() != PointStatus.EXPLAINED) {
                        t[1]++;
                    }
                }
            }
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
        Stats stats = new Stats(finals, failed, review, overridden, reviewed,
                finals == 0 ? null : Math.round(sum * 100.0 / finals) / 100.0);
        List<PointTrust> pointTrust = points.stream().map(p -> new PointTrust(p.id(), p.label(),
                trust.get(p.id())[0], trust.get(p.id())[1])).toList();
        Agreement agreement = new Agreement(agreeReviewed, same, withinOne, higher, lower,
                agreeReviewed == 0 ? null : Math.round(diff * 100.0 / agreeReviewed) / 100.0, pointTrust);
        return new BatchView(b.id(), b.name(), b.rubricId(), rubric == null ? b.rubricId() : rubric.question(),
                maxMark, b.fileName(), b.status(), b.total(), b.done(), b.createdAt(),
                b.finishedAt(), b.skipped().stream().map(p -> new SkippedRow(p.line(), p.message())).toList(),
                coverage, stats, Arrays.stream(distribution).boxed().toList(), sample(rows), agreement, rows);
    }

    AnswerDetail detail(StoredAnswer a, Rubric rubric) {
        MarkResult result = result(a);
        return new AnswerDetail(row(a, result, rubric), a.text(), rubric == null ? 0 : rubric.maxMark(), result);
    }

    AnswerRow row(StoredAnswer a, Rubric rubric) {
        return row(a, result(a), rubric);
    }

    Slip slip(StoredAnswer a, Rubric rubric) {
        MarkResult r = result(a);
        return new Slip(a.id(), a.finalMark(), rubric == null ? 0 : rubric.maxMark(), finalLevel(a, rubric),
                labels(r, PointStatus.EXPLAINED), labels(r, PointStatus.IDENTIFIED), labels(r, PointStatus.MISSING),
                r == null ? List.of() : r.feedback());
    }

    private static List<String> labels(MarkResult r, PointStatus status) {
        return r == null ? List.of() : status == PointStatus.EXPLAINED ? r.explainedLabels()
                : r.points().stream().filter(p -> p.status() == status).map(PointResult::label).toList();
    }

    /**
     * A few answers from every mark band (the two least confident of each), then the least confident answers
     * overall: the answers worth a teacher's look before trusting the rest.
     */
    static List<SampleItem> sample(List<AnswerRow> rows) {
        List<AnswerRow> marked = rows.stream().filter(r -> "marked".equals(r.state()) && r.suggestedMark() != null)
                .sorted(Comparator.comparingDouble((AnswerRow r) -> r.confidence() == null ? 1 : r.confidence())
                        .thenComparingInt(AnswerRow::seq))
                .toList();
        Map<String, SampleItem> chosen = new LinkedHashMap<>();
        Map<Integer, Integer> perBand = new TreeMap<>();
        List<AnswerRow> byMark = new ArrayList<>(marked);
        byMark.sort(Comparator.comparingInt(AnswerRow::suggestedMark));
        for (AnswerRow r : byMark) {
            int n = perBand.merge(r.suggestedMark(), 1, Integer::sum);
            if (n <= SAMPLE_PER_BAND) {
                chosen.put(r.id(), new SampleItem(r.id(), "suggested mark " + r.suggestedMark()));
            }
        }
        int low = 0;
        for (AnswerRow r : marked) {
            if (low >= SAMPLE_LEAST_CONFIDENT) {
                break;
            }
            if (r.confidence() != null && r.confidence() >= 1) {
                break;
            }
            if (!chosen.containsKey(r.id())) {
                chosen.put(r.id(), new SampleItem(r.id(), "least confident ("
                        + Math.round((r.confidence() == null ? 0 : r.confidence()) * 100) + "%)"));
                low++;
            }
        }
        return List.copyOf(chosen.values());
    }

    /**
     * The level of the answer's final mark under the rubric's scheme: the engine's level for an answer that was
     * not overridden, else the level the override's mark falls in.
     */
    static String finalLevel(StoredAnswer a, Rubric rubric) {
        if (a.override() == null) {
            return a.level();
        }
        return rubric == null ? null : levelOf(rubric.scheme(), a.override().mark());
    }

    static String levelOf(MarkScheme scheme, int mark) {
        if (scheme instanceof LevelScheme levels) {
            return levels.level(mark).name();
        }
        PointsScheme points = (PointsScheme) scheme;
        return points.table().stream().filter(r -> r.mark() == mark).findFirst()
                .map(r -> r.points() + (r.points().equals("1") ? " point" : " points"))
                .orElse(mark + (mark == 1 ? " mark" : " marks"));
    }

    MarkResult result(StoredAnswer a) {
        return a.resultJson() == null ? null : json.readValue(a.resultJson(), MarkResult.class);
    }

    private static AnswerRow row(StoredAnswer a, MarkResult result, Rubric rubric) {
        String state = a.error() != null ? "failed" : a.marked() ? "marked" : "waiting";
        Map<String, String> points = new LinkedHashMap<>();
        if (result != null) {
            result.points().forEach(p -> points.put(p.id(), p.status().json()));
        }
        boolean reviewed = a.reviewed() != null || a.override() != null;
        boolean needsReview = !reviewed && (a.error() != null || (a.marked() && !a.flags().isEmpty()));
        return new AnswerRow(a.id(), a.seq(), a.line(), state, preview(a.text()), a.suggestedMark(), a.level(),
                a.finalMark(), finalLevel(a, rubric), result == null ? null : result.confidence(), a.flags(),
                needsReview, reviewed, a.reviewed() == null ? null : a.reviewed().by(), a.override(), points,
                a.error());
    }

    static String preview(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= PREVIEW_CHARS ? flat : flat.substring(0, PREVIEW_CHARS - 1).stripTrailing() + "…";
    }
}
