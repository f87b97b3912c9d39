package org.premark.marking;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.premark.reasoning.Narrative;

class ReviewTriggersTest {

    /** At least 4 sentences, points in at most a fifth of them; narrative bars 5 sentences, half events, 0.15 links. */
    private final ReviewTriggers triggers = new ReviewTriggers(MarkingSettings.defaults().with(Map.of(
            "credit.off-topic-min-sentences", "4", "flag.review-thin-share", "0.2",
            "credit.narrative-min-sentences", "5", "credit.narrative-min-event-share", "0.5",
            "credit.narrative-max-link-share", "0.15", "flag.review-narrative-margin", "0.15")));

    @Test
    void aLongAnswerWhoseOnlyPointsSitInOneSentenceButAreExplainedRestsOnOneLink() {
        assertTrue(triggers.restsOnOneLink(6, 1, true));
        // Points spread over the answer, or no explanation to lose, or too short to judge: no review on this count.
        assertFalse(triggers.restsOnOneLink(6, 3, true));
        assertFalse(triggers.restsOnOneLink(6, 1, false));
        assertFalse(triggers.restsOnOneLink(3, 0, true));
    }

    @Test
    void aStoryJustShortOfTheNarrativeBarsIsNearlyANarrative() {
        // 8 sentences, 3 dated steps (the bar is 4), 2 links (the bar is 1.2): close to both bars.
        assertTrue(triggers.nearlyNarrative(new Narrative.Verdict(false, 8, 3, 2), true));
        // Well linked, or with few steps in time, it argues.
        assertFalse(triggers.nearlyNarrative(new Narrative.Verdict(false, 8, 3, 4), true));
        assertFalse(triggers.nearlyNarrative(new Narrative.Verdict(false, 8, 1, 0), true));
        // Already a narrative, nothing explained to lose, too short, or never judged.
        assertFalse(triggers.nearlyNarrative(new Narrative.Verdict(true, 8, 5, 0), true));
        assertFalse(triggers.nearlyNarrative(new Narrative.Verdict(false, 8, 3, 2), false));
        assertFalse(triggers.nearlyNarrative(new Narrative.Verdict(false, 4, 2, 0), true));
        assertFalse(triggers.nearlyNarrative(null, true));
    }

    @Test
    void aZeroSettingTurnsATriggerOff() {
        ReviewTriggers off = new ReviewTriggers(MarkingSettings.defaults().with(Map.of(
                "flag.review-thin-share", "0", "flag.review-narrative-margin", "0")));
        assertFalse(off.restsOnOneLink(10, 0, true));
        assertFalse(off.nearlyNarrative(new Narrative.Verdict(false, 8, 3, 1), true));
    }

    @Test
    void aPointExplainedInsideOneShortListItemIsSentToReview() {
        String answer = "The guilds grew strong because:\n- The king needed loans so he gave them charters\n"
                + "- The towns grew\n";
        int link = answer.indexOf("so he gave");
        List<PointResult> explained = List.of(new PointResult("loans", "Royal loans", PointStatus.EXPLAINED,
                List.of(new Span(answer.indexOf("The king"), link - 1, "The king needed loans")), null, 0.9,
                new Span(link, answer.indexOf("\n- The towns"), "so he gave them charters")));
        assertTrue(triggers.explainedInShortItem(answer, explained));
        // A long item (a paragraph behind a dash), an identified point, or prose without a list: no review on this count.
        String longItem = "- The king needed loans so he gave them charters, and " + "the merchants paid ".repeat(10)
                + "\n";
        int l2 = longItem.indexOf("so he gave");
        assertFalse(triggers.explainedInShortItem(longItem, List.of(new PointResult("loans", "Royal loans",
                PointStatus.EXPLAINED, List.of(new Span(2, 10, "The king")), null, 0.9,
                new Span(l2, l2 + 10, "so he gave")))));
        assertFalse(triggers.explainedInShortItem(answer, List.of(new PointResult("loans", "Royal loans",
                PointStatus.IDENTIFIED, List.of(new Span(link, link + 5, "so he")), null, 0.9))));
        String prose = "The king needed loans so he gave them charters.";
        assertFalse(triggers.explainedInShortItem(prose, List.of(new PointResult("loans", "Royal loans",
                PointStatus.EXPLAINED, List.of(new Span(0, 10, "The king n")), null, 0.9,
                new Span(0, 10, "The king n")))));
    }
}
