package org.premark.marking;

import java.util.List;
import java.util.regex.Pattern;
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
 *   <li><b>explained in a short list item</b>: a point whose link sits inside one line of a list ("- he was General
 *       Secretary so he could …") of at most {@code flag.review-item-words} words; examiners read a short item as
 *       a reason named, and the one "so" in it may not count as a development.</li>
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
    private final int itemWords;

    /** A list item's line: a dash, star or bullet, or a number with a stop or bracket, then a space. */
    private static final Pattern ITEM = Pattern.compile("^\\s*(?:[-*\u2022\u2013]|\\d{1,2}[.)])\\s+");

    ReviewTriggers(MarkingSettings settings) {
        this.minSentences = settings.creditOffTopicMinSentences();
        this.thinShare = settings.flagReviewThinShare();
        this.narrativeMinSentences = settings.creditNarrativeMinSentences();
        this.narrativeEventShare = settings.creditNarrativeMinEventShare();
        this.narrativeLinkShare = settings.creditNarrativeMaxLinkShare();
        this.narrativeMargin = settings.flagReviewNarrativeMargin();
        this.itemWords = settings.flagReviewItemWords();
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

    /**
     * Whether an explained point's link (or, without one, its first span) lies inside one short list item of the
     * answer: a line opening on a list marker, of at most {@code flag.review-item-words} words.
     */
    boolean explainedInShortItem(String answer, List<PointResult> points) {
        if (itemWords == 0) {
            return false;
        }
        for (PointResult p : points) {
            if (p.status() != PointStatus.EXPLAINED) {
                continue;
            }
            Span at = p.link() != null ? p.link() : p.spans().isEmpty() ? null : p.spans().get(0);
            if (at == null || at.start() < 0 || at.end() > answer.length()) {
                continue;
            }
            int from = answer.lastIndexOf('\n', Math.max(0, at.start() - 1)) + 1;
            int to = answer.indexOf('\n', at.start());
            to = to < 0 ? answer.length() : to;
            String line = answer.substring(from, to);
            if (at.end() <= to && ITEM.matcher(line).find() && line.strip().split("\\s+").length - 1 <= itemWords) {
                return true;
            }
        }
        return false;
    }
}
