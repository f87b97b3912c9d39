package org.premark.marking;

import java.util.BitSet;
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
    /**
     * One bit per shingle's {@code List.hashCode}, folded into {@link #FILTER_BITS}: most of an answer's shingles
     * are in no note, and a clear bit says so from the words' own hashes, without hashing a sub-list of them.
     */
    private final BitSet filter = new BitSet(FILTER_BITS);
    private static final int FILTER_BITS = 1 << 20;

    CopyDetector(List<Passage> passages, int shingle, int minCopiedWords) {
        this.shingle = shingle;
        this.minCopiedWords = minCopiedWords;
        for (Passage p : passages) {
            List<String> words = Terms.words(p.text());
            for (int i = 0; i + shingle <= words.size(); i++) {
                List<String> key = List.copyOf(words.subList(i, i + shingle));
                shingles.putIfAbsent(key, p.id());
                filter.set(slot(key.hashCode()));
            }
        }
    }

    private static int slot(int hash) {
        return (hash ^ hash >>> 20) & (FILTER_BITS - 1);
    }

    Optional<Copy> longestCopy(String answer) {
        List<String> words = Terms.words(answer);
        int[] hashes = new int[words.size()];
        for (int i = 0; i < hashes.length; i++) {
            hashes[i] = words.get(i).hashCode();
        }
        Copy best = null;
        int run = 0;
        String runPassage = null;
        for (int i = 0; i + shingle <= words.size(); i++) {
            // List.hashCode of the shingle's words.
            int hash = 1;
            for (int j = i; j < i + shingle; j++) {
                hash = 31 * hash + hashes[j];
            }
            String passage = filter.get(slot(hash)) ? shingles.get(words.subList(i, i + shingle)) : null;
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
