package org.premark.marking;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.premark.claims.Claim;
import org.premark.rubric.Award;
import org.premark.rubric.Rubric;

/** Raises the flags a teacher sees. Flags never change the mark. */
final class Flags {

    static final int TOO_SHORT_WORDS = 8;
    static final double RESTATES_SHARE = 0.7;
    static final double REVIEW_BELOW = 0.6;

    private final Rubric rubric;
    private final List<String> questionTerms;
    private final AnswerShape shape;
    private final List<List<String>> claimTerms;
    private final FactChecker factChecker;
    private final CopyDetector copyDetector;
    private final boolean usesNotes;

    Flags(Rubric rubric, List<String> questionTerms, AnswerShape shape, List<List<String>> claimTerms,
            FactChecker factChecker, CopyDetector copyDetector, boolean usesNotes) {
        this.rubric = rubric;
        this.questionTerms = questionTerms;
        this.shape = shape;
        this.claimTerms = claimTerms;
        this.factChecker = factChecker;
        this.copyDetector = copyDetector;
        this.usesNotes = usesNotes;
    }

    List<Flag> flags(String answer, List<Claim> claims, List<PointResult> points, List<PointMatcher.Score> best,
            Award award, double confidence, List<Flag> reasoning) {
        Map<FlagCode, Flag> flags = new LinkedHashMap<>();
        reasoning.forEach(f -> put(flags, f));
        boolean anyPoint = points.stream().anyMatch(p -> p.status() != PointStatus.MISSING);
        if (award.mark() == 0) {
            put(flags, new Flag(FlagCode.OFF_TOPIC, shape.wordCount() == 0 ? "The answer is empty."
                    : "Nothing in the answer addresses the question.", ""));
        }
        if (!anyPoint && shape.wordCount() > 0
                && Relevance.questionShare(questionTerms, claimTerms) >= RESTATES_SHARE) {
            put(flags, new Flag(FlagCode.RESTATES_QUESTION, "The answer mostly repeats the question.", ""));
        }
        if (shape.keywordList()) {
            put(flags, new Flag(FlagCode.KEYWORD_LIST,
                    "The answer is a list of terms, not sentences; terms can identify reasons but not explain them.", ""));
        }
        if (shape.wordCount() > 0 && shape.wordCount() < TOO_SHORT_WORDS) {
            put(flags, new Flag(FlagCode.TOO_SHORT, "The answer is only " + shape.wordCount() + " words long.", ""));
        }
        if (usesNotes && copyDetector != null) {
            copyDetector.longestCopy(answer).ifPresent(copy -> put(flags, new Flag(FlagCode.COPIED_FROM_NOTES,
                    copy.words() + " words in a row are copied from note passage " + copy.passageId() + ".",
                    copy.passageId())));
        }
        if (usesNotes && factChecker != null) {
            for (int i = 0; i < claims.size() && !flags.containsKey(FlagCode.FACTUAL_CONFLICT); i++) {
                PointMatcher.Score s = best.get(i);
                if (s == null || s.value() < PointMatcher.THRESHOLD || s.phrase() == null) {
                    continue;
                }
                List<String> concept = s.phrase().example() ? s.phrase().terms().subList(0, 0) : s.phrase().terms();
                factChecker.check(claims.get(i).text(), concept, s.phrase().text()).ifPresent(c -> put(flags,
                        new Flag(FlagCode.FACTUAL_CONFLICT, "The answer dates \"" + c.concept() + "\" to " + c.year()
                                + "; the notes give " + String.join(", ", c.noteYears()) + ".", c.passageId())));
            }
        }
        boolean review = confidence < REVIEW_BELOW
                || flags.containsKey(FlagCode.FACTUAL_CONFLICT)
                || flags.containsKey(FlagCode.RESTATES_QUESTION)
                || flags.containsKey(FlagCode.OTHER_REASON)
                || (flags.containsKey(FlagCode.COPIED_FROM_NOTES) && award.mark() > 0);
        if (review) {
            put(flags, new Flag(FlagCode.NEEDS_REVIEW, confidence < REVIEW_BELOW
                    ? "The suggested mark is uncertain (confidence " + Math.round(confidence * 100) + "%); please check it."
                    : "Please check this answer before accepting the mark.", ""));
        }
        return new ArrayList<>(flags.values());
    }

    private static void put(Map<FlagCode, Flag> flags, Flag flag) {
        flags.putIfAbsent(flag.code(), flag);
    }
}
