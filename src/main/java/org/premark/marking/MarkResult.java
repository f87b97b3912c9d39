package org.premark.marking;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The marker's verdict on one answer: the JSON contract of {@code premark mark} and {@code POST /api/mark}.
 * Points are in rubric order; {@code confidence} is in [0, 1]. {@code otherReasons} are the reasons outside
 * the rubric that the mark counts as explained (flagged {@code other-reason}, for the teacher to confirm).
 */
public record MarkResult(
        String rubricId,
        int mark,
        int maxMark,
        String level,
        List<PointResult> points,
        List<ClaimMatch> claims,
        List<Flag> flags,
        List<String> feedback,
        int wordCount,
        double confidence,
        List<OtherReason> otherReasons) {

    /** A result that counts no reason outside the rubric. */
    public MarkResult(String rubricId, int mark, int maxMark, String level, List<PointResult> points,
            List<ClaimMatch> claims, List<Flag> flags, List<String> feedback, int wordCount, double confidence) {
        this(rubricId, mark, maxMark, level, points, claims, flags, feedback, wordCount, confidence, List.of());
    }

    public MarkResult {
        if (rubricId == null || rubricId.isBlank()) {
            throw new IllegalArgumentException("rubricId must not be blank");
        }
        if (maxMark < 1 || mark < 0 || mark > maxMark) {
            throw new IllegalArgumentException("mark must be in 0.." + maxMark + ", got " + mark);
        }
        Objects.requireNonNull(level, "level");
        points = List.copyOf(Objects.requireNonNull(points, "points"));
        claims = List.copyOf(Objects.requireNonNull(claims, "claims"));
        flags = List.copyOf(Objects.requireNonNull(flags, "flags"));
        feedback = List.copyOf(Objects.requireNonNull(feedback, "feedback"));
        // Results stored before reasons outside the rubric were counted have none.
        otherReasons = otherReasons == null ? List.of() : List.copyOf(otherReasons);
        if (wordCount < 0) {
            throw new IllegalArgumentException("wordCount must be >= 0, got " + wordCount);
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be in [0, 1], got " + confidence);
        }
    }

    /** How a counted reason outside the rubric is named beside the rubric's point labels. */
    public static final String OTHER_REASON_LABEL = "Other reason (not in the rubric)";

    /** The labels of the explained points, then one {@link #OTHER_REASON_LABEL} per counted other reason. */
    public List<String> explainedLabels() {
        List<String> out = new ArrayList<>(points.stream().filter(p -> p.status() == PointStatus.EXPLAINED)
                .map(PointResult::label).toList());
        otherReasons.forEach(o -> out.add(OTHER_REASON_LABEL));
        return out;
    }

    public List<String> explained() {
        return ids(PointStatus.EXPLAINED);
    }

    public List<String> identified() {
        return ids(PointStatus.IDENTIFIED);
    }

    public List<String> missing() {
        return ids(PointStatus.MISSING);
    }

    public boolean flagged(FlagCode code) {
        return flags.stream().anyMatch(f -> f.code() == code);
    }

    private List<String> ids(PointStatus status) {
        return points.stream().filter(p -> p.status() == status).map(PointResult::id).toList();
    }
}
