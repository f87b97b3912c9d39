package org.premark.marking;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
