package org.premark.marking;

import org.premark.reasoning.Narrative;

/**
 * Two shapes of answer whose mark hangs on one reading premark may get wrong by two marks or more, so the teacher
 * should check them (reporting only: the mark is not changed). Both ask that a point is explained, since losing an
 * explanation is what moves a mark by a level:
 * <ul>
 *   <li><b>resting on one link</b>: a long answer that earns points in few of its sentences ({@code
 *       flag.review-thin-share}) yet explains one; if that one link is misread, or the rest answers another
 *       question, the mark falls by a level;</li>
 *   <li><b>nearly a narrative</b>: an answer within {@code flag.review-narrative-margin} of both narrative bars
 *       (steps in time, few links) that was not read as one; read as a narrative it would keep no explanation.</li>
 * </ul>
 * Immutable and thread-safe.
 */
final class ReviewTriggers {

    private final int minSentences;
    private final double thinShare;
    private final int narrativeMinSentences;
    private final double narrativeEventShare;
    private final double narrativeLinkShare;
    private final double narrativeMargin;

    ReviewTriggers(MarkingSettings settings) {
        this.minSentences = settings.creditOffTopicMinSentences();
        this.thinShare = settings.flagReviewThinShare();
        this.narrativeMinSentences = settings.creditNarrativeMinSentences();
        this.narrativeEventShare = settings.creditNarrativeMinEventShare();
        this.narrativeLinkShare = settings.creditNarrativeMaxLinkShare();
        this.narrativeMargin = settings.flagReviewNarrativeMargin();
    }

    /**
     * @param sentences the answer's sentences
     * @param onPoint   how many of them earn a point
     * @param explained whether a point is explained
     */
    boolean restsOnOneLink(int sentences, int onPoint, boolean explained) {
        return explained && thinShare > 0 && sentences >= minSentences && onPoint <= thinShare * sentences;
    }

    /**
     * @param story     the narrative verdict, or null when none was asked for
     * @param explained whether a point is explained
     */
    boolean nearlyNarrative(Narrative.Verdict story, boolean explained) {
        return explained && story != null && !story.narrative() && narrativeMargin > 0
                && story.sentences() >= narrativeMinSentences
                && story.events() >= (narrativeEventShare - narrativeMargin) * story.sentences()
                && story.links() <= (narrativeLinkShare + narrativeMargin) * story.sentences();
    }
}
