package org.premark.marking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.premark.notes.NotesSearcher;
import org.premark.notes.Passage;
import org.premark.notes.SearchHit;
import org.premark.rubric.Rubric;
import org.premark.rubric.RubricPoint;

/**
 * Reporting stage, evidence from the notes: the note passages behind each point of one rubric: the ones the rubric names, or else the notes' best
 * passages for the point's label and cues, found once. Evidence for a credited claim is the candidate that
 * shares most weight with it, so no search runs per answer. Immutable and thread-safe.
 */
final class EvidenceFinderNotes implements EvidenceFinder {

    private record Candidate(Evidence evidence, Set<String> terms) {}

    private final Map<String, List<Candidate>> byPoint = new HashMap<>();
    private final TermWeights weights;

    EvidenceFinderNotes(NotesSearcher notes, Rubric rubric, Terms terms, TermWeights weights, int candidatesPerPoint) {
        this.weights = weights;
        for (RubricPoint point : rubric.points()) {
            List<Passage> passages = new ArrayList<>();
            for (String id : point.passages()) {
                notes.passage(id).ifPresent(passages::add);
            }
            if (passages.isEmpty()) {
                for (SearchHit hit : notes.search(point.label() + " " + String.join(" ", point.cues()), candidatesPerPoint)) {
                    passages.add(hit.passage());
                }
            }
            List<Candidate> candidates = new ArrayList<>();
            for (Passage p : passages) {
                candidates.add(new Candidate(new Evidence(p.source(), p.id(), p.heading(), p.text()),
                        new HashSet<>(terms.exactTerms(p.heading() + " " + p.text()))));
            }
            byPoint.put(point.id(), List.copyOf(candidates));
        }
    }

    @Override
    public Evidence forPoint(String pointId) {
        List<Candidate> c = byPoint.getOrDefault(pointId, List.of());
        return c.isEmpty() ? null : c.get(0).evidence();
    }

    /** The candidate passage that shares most weight with what the student wrote for the point. */
    @Override
    public Evidence forClaim(String pointId, List<String> claimTerms) {
        Candidate best = null;
        double bestOverlap = -1;
        for (Candidate c : byPoint.getOrDefault(pointId, List.of())) {
            double overlap = 0;
            for (String t : new HashSet<>(claimTerms)) {
                if (c.terms().contains(t)) {
                    overlap += weights.idf(t);
                }
            }
            if (overlap > bestOverlap) {
                best = c;
                bestOverlap = overlap;
            }
        }
        return best == null ? null : best.evidence();
    }
}
