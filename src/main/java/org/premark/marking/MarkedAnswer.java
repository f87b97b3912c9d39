package org.premark.marking;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.premark.claims.Claim;
import org.premark.reasoning.FocusMatcher;
import org.premark.reasoning.Narrative;
import org.premark.reasoning.OffTopic;
import org.premark.rubric.Award;
import org.premark.rubric.Credit;
import org.premark.rubric.PointCredit;
import org.premark.rubric.Rubric;

/**
 * An answer after matching, crediting and marking: everything the reporting stage (flags, feedback) reads.
 *
 * @param text          the answer as sent
 * @param usesNotes     the rubric is marked with the notes, so note-based checks apply
 * @param questionTerms the question's terms
 * @param claimTerms    each claim's terms, parallel to {@code claims}
 * @param best          each claim's best score, or null; parallel to {@code claims}
 * @param points        every rubric point's result, in rubric order
 * @param confidence    0-1, from {@link Confidence}
 * @param focus         the question's focus
 * @param pointOf       each claim's credited point id, or null; parallel to {@code claims}
 * @param linkEnds      the claims where a credited point's causal link reaches the focus
 * @param story         the narrative verdict, or null when the rubric has no focus or the answer is a list
 * @param topic         whether the answer misses the question (it then earns 0) or rests on few of its sentences
 * @param otherReasons  the reasons outside the rubric that the award counts ({@link OtherReasonCredit})
 * @param questionSet   the question's terms as a set, as the marker keeps it for the rubric
 * @param explained     distinct reasons the award counts as explained, the counted other reasons included
 * @param identified    distinct reasons the award counts as identified only
 */
record MarkedAnswer(Rubric rubric, boolean usesNotes, List<String> questionTerms, String text, List<Claim> claims,
        List<List<String>> claimTerms, AnswerShape shape, List<PointScore> best, List<PointResult> points,
        Award award, double confidence, FocusMatcher focus, List<String> pointOf, Set<Integer> linkEnds,
        Narrative.Verdict story, OffTopic.Verdict topic, List<OtherReason> otherReasons, Set<String> questionSet,
        int explained, int identified) {

    /** An answer whose question set and counts are worked out here from its points (the marker has them already). */
    MarkedAnswer(Rubric rubric, boolean usesNotes, List<String> questionTerms, String text, List<Claim> claims,
            List<List<String>> claimTerms, AnswerShape shape, List<PointScore> best, List<PointResult> points,
            Award award, double confidence, FocusMatcher focus, List<String> pointOf, Set<Integer> linkEnds,
            Narrative.Verdict story, OffTopic.Verdict topic, List<OtherReason> otherReasons) {
        this(rubric, usesNotes, questionTerms, text, claims, claimTerms, shape, best, points, award, confidence, focus,
                pointOf, linkEnds, story, topic, otherReasons, Set.copyOf(questionTerms),
                PointCredit.count(FeedbackWriterScheme.credits(rubric, points), Credit.EXPLAINED)
                        + (otherReasons == null ? 0 : otherReasons.size()),
                PointCredit.count(FeedbackWriterScheme.credits(rubric, points), Credit.IDENTIFIED));
    }

    /** An answer whose award counts no reason outside the rubric. */
    MarkedAnswer(Rubric rubric, boolean usesNotes, List<String> questionTerms, String text, List<Claim> claims,
            List<List<String>> claimTerms, AnswerShape shape, List<PointScore> best, List<PointResult> points,
            Award award, double confidence, FocusMatcher focus, List<String> pointOf, Set<Integer> linkEnds,
            Narrative.Verdict story, OffTopic.Verdict topic) {
        this(rubric, usesNotes, questionTerms, text, claims, claimTerms, shape, best, points, award, confidence, focus,
                pointOf, linkEnds, story, topic, List.of());
    }

    MarkedAnswer {
        otherReasons = otherReasons == null ? List.of() : List.copyOf(otherReasons);
        questionSet = Set.copyOf(questionSet);
        if (explained < otherReasons.size() || identified < 0) {
            throw new IllegalArgumentException("counts " + explained + "/" + identified + " cannot hold "
                    + otherReasons.size() + " counted other reasons");
        }
        topic = topic == null ? OffTopic.Verdict.ON_TOPIC : topic;
        Objects.requireNonNull(rubric, "rubric");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(award, "award");
        if (claims.size() != claimTerms.size() || claims.size() != best.size()) {
            throw new IllegalArgumentException("claims, claimTerms and best must be parallel");
        }
    }

    /** An answer marked without a focus. */
    MarkedAnswer(Rubric rubric, boolean usesNotes, List<String> questionTerms, String text, List<Claim> claims,
            List<List<String>> claimTerms, AnswerShape shape, List<PointScore> best, List<PointResult> points,
            Award award, double confidence) {
        this(rubric, usesNotes, questionTerms, text, claims, claimTerms, shape, best, points, award, confidence, null,
                Collections.nCopies(claims.size(), (String) null), Set.of(), null, OffTopic.Verdict.ON_TOPIC);
    }

    /** Whether the answer was read as a narrative. */
    boolean narrative() {
        return story != null && story.narrative();
    }

    /** The answer credits at least one point. */
    boolean anyPoint() {
        return points.stream().anyMatch(p -> p.status() != PointStatus.MISSING);
    }
}
