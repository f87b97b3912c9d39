package org.premark.marking;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.premark.rubric.Rubric;
import org.premark.rubric.RubricPoint;

/**
 * Matching: a cue that only says the outcome the question asks about names no reason for it. A rubric's focus
 * lists the words for the outcome ("expelled", "nobody left to challenge"); a point whose cue is made of those
 * words and nothing of its own ("expelled in 1927" for a ban that was used to expel him) would be credited to any
 * answer that tells how the story ended. Such a cue is dropped from a point whose label names no part of the
 * outcome, leaving aside years, the question's words and words the wording of another point also holds (the topic
 * the points share, "the party"). A point named after the outcome ("Fear produced obedience") keeps its cues, and
 * so does a point all of whose cues would go. Stateless.
 */
final class OutcomeCues {

    private OutcomeCues() {
    }

    /** The rubric without its points' outcome-only cues; the same rubric when it has none or no focus. */
    static Rubric drop(Rubric rubric, Terms terms) {
        Set<String> outcome = new HashSet<>();
        rubric.focus().words().forEach(w -> outcome.addAll(terms.exactTerms(w)));
        if (outcome.isEmpty()) {
            return rubric;
        }
        Set<String> question = new HashSet<>(terms.exactTerms(rubric.question()));
        List<Set<String>> wording = new ArrayList<>();
        for (RubricPoint p : rubric.points()) {
            Set<String> own = new HashSet<>(terms.exactTerms(p.label()));
            p.cues().forEach(c -> own.addAll(terms.exactTerms(c)));
            p.synonyms().forEach(s -> own.addAll(terms.exactTerms(s)));
            wording.add(own);
        }
        boolean changed = false;
        List<RubricPoint> points = new ArrayList<>();
        for (int i = 0; i < rubric.points().size(); i++) {
            RubricPoint p = rubric.points().get(i);
            if (terms.exactTerms(p.label()).stream().anyMatch(outcome::contains)) {
                points.add(p);
                continue;
            }
            Set<String> shared = new HashSet<>();
            for (int k = 0; k < wording.size(); k++) {
                if (k != i) {
                    shared.addAll(wording.get(k));
                }
            }
            List<String> kept = new ArrayList<>();
            for (String cue : p.cues()) {
                if (!outcomeOnly(terms.exactTerms(cue), outcome, question, shared)) {
                    kept.add(cue);
                }
            }
            if (kept.size() == p.cues().size() || kept.isEmpty()) {
                points.add(p);
                continue;
            }
            changed = true;
            points.add(new RubricPoint(p.id(), p.label(), p.description(), kept, p.synonyms(), p.examples(),
                    p.passages()));
        }
        return changed ? new Rubric(rubric.id(), rubric.question(), rubric.maxMark(), rubric.corpus(),
                rubric.showMarksToStudents(), rubric.scheme(), points, rubric.focus()) : rubric;
    }

    /** True when the cue holds a word of the outcome and no word of its own beyond the shared ones. */
    static boolean outcomeOnly(List<String> cue, Set<String> outcome, Set<String> question, Set<String> shared) {
        boolean says = false;
        for (String t : cue) {
            if (outcome.contains(t)) {
                says = true;
            } else if (!question.contains(t) && !shared.contains(t) && !t.chars().allMatch(Character::isDigit)) {
                return false;
            }
        }
        return says;
    }
}
