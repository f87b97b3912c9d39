package org.premark.marking;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.premark.notes.NotesSearcher;
import org.premark.notes.SearchHit;
import org.premark.rubric.Rubric;
import org.premark.rubric.RubricPoint;

/**
 * The notes as a second opinion: when a claim nearly matches a point on wording alone, a Lucene search of the
 * notes for the claim that lands on one of the point's supporting passages settles it. A point's supporting
 * passages are the ones its rubric names, or else the notes' best passages for its label and cues. Searching
 * only near misses keeps the cost off the common path. Immutable and thread-safe.
 */
final class PassageSignal {

    /** Claims scoring from here up to the threshold are near misses worth a search. */
    static final double NEAR_MISS = 0.5;
    static final int TOP = 2;

    private final NotesSearcher notes;
    private final Map<String, Set<String>> supporting = new HashMap<>();

    PassageSignal(NotesSearcher notes, Rubric rubric) {
        this.notes = notes;
        for (RubricPoint point : rubric.points()) {
            Set<String> ids = new HashSet<>(point.passages());
            if (ids.isEmpty()) {
                for (SearchHit hit : notes.search(point.label() + " " + String.join(" ", point.cues()), TOP)) {
                    ids.add(hit.passage().id());
                }
            }
            supporting.put(point.id(), Set.copyOf(ids));
        }
    }

    /** The near miss the notes confirm, raised to the threshold; or {@code top} unchanged. */
    PointMatcher.Score confirm(String claimText, boolean negated, List<PointMatcher.Score> scores, PointMatcher.Score top) {
        if (negated || top == null || top.value() >= PointMatcher.THRESHOLD || top.value() < NEAR_MISS) {
            return top;
        }
        Set<String> hits = new HashSet<>();
        for (SearchHit hit : notes.search(claimText, TOP)) {
            hits.add(hit.passage().id());
        }
        PointMatcher.Score confirmed = null;
        for (PointMatcher.Score s : scores) {
            if (s.value() >= NEAR_MISS && s.phrase() != null && !java.util.Collections.disjoint(hits, supporting.get(s.point().id()))
                    && PointMatcher.better(s, confirmed)) {
                confirmed = s;
            }
        }
        return confirmed == null ? top
                : new PointMatcher.Score(confirmed.point(), PointMatcher.THRESHOLD, confirmed.phrase());
    }
}
