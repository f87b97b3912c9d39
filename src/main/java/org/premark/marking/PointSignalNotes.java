package org.premark.marking;

import java.util.Collections;
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
 * Matching stage, the notes signal: a second opinion on the signals before it. when a claim nearly matches a point on wording alone, a Lucene search of the
 * notes for the claim that lands on one of the point's supporting passages settles it. A point's supporting
 * passages are the ones its rubric names, or else the notes' best passages for its label and cues. Searching
 * only near misses keeps the cost off the common path. Immutable and thread-safe.
 */
final class PointSignalNotes implements PointSignal {

    private final NotesSearcher notes;
    /** Claims scoring from here up to the threshold are near misses worth a search. */
    private final double nearMiss;
    private final double threshold;
    private final int top;
    private final Map<String, Set<String>> supporting = new HashMap<>();

    PointSignalNotes(NotesSearcher notes, Rubric rubric, MarkingSettings settings) {
        this.notes = notes;
        this.nearMiss = settings.notesNearMiss();
        this.threshold = settings.matchThreshold();
        this.top = settings.notesTopPassages();
        for (RubricPoint point : rubric.points()) {
            Set<String> ids = new HashSet<>(point.passages());
            if (ids.isEmpty()) {
                for (SearchHit hit : notes.search(point.label() + " " + String.join(" ", point.cues()), top)) {
                    ids.add(hit.passage().id());
                }
            }
            supporting.put(point.id(), Set.copyOf(ids));
        }
    }

    /** The near miss the notes confirm, raised to the threshold; nothing when the best earlier score is no near miss. */
    @Override
    public List<PointScore> score(ClaimTerms claim, List<PointScore> earlier) {
        PointScore top = PointScorer.best(earlier);
        PointScore confirmed = confirm(claim.claim().text(), claim.negated(), earlier, top);
        return confirmed == top ? List.of() : List.of(confirmed);
    }

    /** The near miss the notes confirm, raised to the threshold; or {@code top} unchanged. */
    PointScore confirm(String claimText, boolean negated, List<PointScore> scores, PointScore top) {
        if (negated || top == null || top.value() >= threshold || top.value() < nearMiss) {
            return top;
        }
        Set<String> hits = new HashSet<>();
        for (SearchHit hit : notes.search(claimText, this.top)) {
            hits.add(hit.passage().id());
        }
        PointScore confirmed = null;
        for (PointScore s : scores) {
            if (s.value() >= nearMiss && s.phrase() != null && !Collections.disjoint(hits, supporting.get(s.point().id()))
                    && PointScorer.better(s, confirmed)) {
                confirmed = s;
            }
        }
        return confirmed == null ? top
                : new PointScore(confirmed.point(), threshold, confirmed.phrase());
    }
}
