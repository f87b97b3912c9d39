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

    @Test
    void theHashFilterFindsWhatLookingUpEveryShingleFinds() {
        // Notes and answers of my own drawn from a small vocabulary, so that answers share runs of every length.
        java.util.Random random = new java.util.Random(5);
        String[] vocabulary = "the king sent his army north to meet rebels who had taken castle in spring of year".split(" ");
        List<Passage> passages = new java.util.ArrayList<>();
        for (int p = 1; p <= 20; p++) {
            String text = words(random, vocabulary, 60);
            passages.add(new Passage("r.p" + p, "r.txt", p, "", text, 0, text.length()));
        }
        CopyDetector filtered = new CopyDetector(passages, 4, 6);
        java.util.Map<List<String>, String> all = new java.util.HashMap<>();
        for (Passage p : passages) {
            List<String> w = Terms.words(p.text());
            for (int i = 0; i + 4 <= w.size(); i++) {
                all.putIfAbsent(List.copyOf(w.subList(i, i + 4)), p.id());
            }
        }
        for (int n = 0; n < 2_000; n++) {
            String answer = random.nextBoolean() ? words(random, vocabulary, 30)
                    : passages.get(random.nextInt(passages.size())).text().substring(random.nextInt(40))
                            + " " + words(random, vocabulary, 5);
            assertEquals(longestByLookup(all, Terms.words(answer), 4, 6), filtered.longestCopy(answer), answer);
        }
    }

    private static String words(java.util.Random random, String[] vocabulary, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : " ").append(vocabulary[random.nextInt(vocabulary.length)]);
        }
        return b.toString();
    }

    /** The rule without the filter: every shingle looked up. */
    private static java.util.Optional<CopyDetector.Copy> longestByLookup(java.util.Map<List<String>, String> shingles,
            List<String> words, int shingle, int minWords) {
        CopyDetector.Copy best = null;
        int run = 0;
        String runPassage = null;
        for (int i = 0; i + shingle <= words.size(); i++) {
            String passage = shingles.get(words.subList(i, i + shingle));
            if (passage == null) {
                run = 0;
                continue;
            }
            runPassage = run == 0 ? passage : runPassage;
            run++;
            if (best == null || run + shingle - 1 > best.words()) {
                best = new CopyDetector.Copy(runPassage, run + shingle - 1);
            }
        }
        return best != null && best.words() >= minWords ? java.util.Optional.of(best) : java.util.Optional.empty();
    }
}
