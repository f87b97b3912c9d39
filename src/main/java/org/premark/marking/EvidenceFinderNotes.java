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
        List<Candidate> candidates = byPoint.getOrDefault(pointId, List.of());
        if (candidates.isEmpty()) {
            return null;
        }
        // The distinct terms and their weights once, in the set's order, so each candidate adds the same numbers
        // in the same order as when it made the set itself.
        Set<String> distinct = new HashSet<>(claimTerms);
        String[] terms = distinct.toArray(new String[0]);
        double[] idf = new double[terms.length];
        java.util.Arrays.fill(idf, Double.NaN); // worked out at a term's first shared use
        for (Candidate c : candidates) {
            double overlap = 0;
            for (int k = 0; k < terms.length; k++) {
                if (c.terms().contains(terms[k])) {
                    if (Double.isNaN(idf[k])) {
                        idf[k] = weights.idf(terms[k]);
                    }
                    overlap += idf[k];
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
