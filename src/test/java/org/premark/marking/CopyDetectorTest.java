package org.premark.marking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.premark.notes.Passage;

class CopyDetectorTest {

    private static final String NOTE = "Stalin had been appointed to position in 1919 by Lenin and involved spending time"
            + " in the minority regions talking to them so he was able to build up contacts and support";
    private final CopyDetector detector = new CopyDetector(List.of(new Passage("n.p1", "n.txt", 1, "", NOTE, 0, NOTE.length())), 8, 15);

    @Test
    void longVerbatimRunNamesThePassage() {
        String answer = "I think that Stalin had been appointed to position in 1919 by Lenin and involved spending time"
                + " in the minority regions, which helped him.";
        CopyDetector.Copy copy = detector.longestCopy(answer).orElseThrow();
        assertEquals("n.p1", copy.passageId());
        assertEquals(18, copy.words());
    }

    @Test
    void shortSharedPhrasesAreNotCopying() {
        assertTrue(detector.longestCopy("Stalin had been appointed to position in 1919 by Lenin.").isEmpty());
        assertTrue(detector.longestCopy("").isEmpty());
    }
}
