package org.premark.marking;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.premark.notes.Passage;

/** Finds long verbatim runs shared with a note passage, by hashing word shingles of the notes once. */
final class CopyDetector {

    private final int shingle;
    /** Runs shorter than this are common phrasing, not copying. */
    private final int minCopiedWords;

    record Copy(String passageId, int words) {}

    /** Keyed by the shingle's words as a list, so that an answer's shingles are looked up as views, not joined. */
    private final Map<List<String>, String> shingles = new HashMap<>();

    CopyDetector(List<Passage> passages, int shingle, int minCopiedWords) {
        this.shingle = shingle;
        this.minCopiedWords = minCopiedWords;
        for (Passage p : passages) {
            List<String> words = Terms.words(p.text());
            for (int i = 0; i + shingle <= words.size(); i++) {
                shingles.putIfAbsent(List.copyOf(words.subList(i, i + shingle)), p.id());
            }
        }
    }

    Optional<Copy> longestCopy(String answer) {
        List<String> words = Terms.words(answer);
        Copy best = null;
        int run = 0;
        String runPassage = null;
        for (int i = 0; i + shingle <= words.size(); i++) {
            String passage = shingles.get(words.subList(i, i + shingle));
            if (passage != null) {
                if (run == 0) {
                    runPassage = passage;
                }
                run++;
                int length = run + shingle - 1;
                if (best == null || length > best.words()) {
                    best = new Copy(runPassage, length);
                }
            } else {
                run = 0;
            }
        }
        return best != null && best.words() >= minCopiedWords ? Optional.of(best) : Optional.empty();
    }
}
