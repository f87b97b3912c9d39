package org.premark.marking;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.premark.rubric.Rubric;
import org.premark.rubric.RubricPoint;

/**
 * Widens each rubric point's synonyms with the everyday verbs that say the same action as a verb of its label or
 * cues ({@code lang/en/verb-synonyms.txt}): a teacher writes "travels to the ribosome" once, and students write
 * "goes to", "heads for", "is sent to" it. The other words of a cue still have to be there, so only the verb is
 * widened. Immutable; thread-safe.
 */
final class VerbSynonyms {

    /** Each group's words, as written, with their terms for finding them in a point's wording. */
    private record Group(List<String> words, Set<String> terms) {}

    private final List<Group> groups;

    /** @param groups the verb groups of the lexicon, each a set of the forms students write */
    VerbSynonyms(Collection<Set<String>> groups, Terms terms) {
        Objects.requireNonNull(terms, "terms");
        List<Group> out = new ArrayList<>();
        for (Set<String> g : groups) {
            Set<String> t = new HashSet<>();
            g.forEach(w -> t.addAll(terms.exactTerms(w)));
            if (g.size() > 1 && !t.isEmpty()) {
                out.add(new Group(List.copyOf(g), Set.copyOf(t)));
            }
        }
        this.groups = List.copyOf(out);
    }

    /** The terms of every everyday verb of the groups. */
    Set<String> terms() {
        Set<String> out = new HashSet<>();
        groups.forEach(g -> out.addAll(g.terms()));
        return Set.copyOf(out);
    }

    /**
     * The rubric with a synonym line added to every point whose label or cues hold a word of a group outside
     * the point's name ({@link Descriptions#name}); the same rubric when none does.
     *
     * @param nameMaxTerms {@code credit.described-name-max-terms}
     */
    Rubric widen(Rubric rubric, Terms terms, int nameMaxTerms) {
        boolean changed = false;
        List<RubricPoint> points = new ArrayList<>();
        for (RubricPoint p : rubric.points()) {
            Set<String> wording = new HashSet<>(terms.exactTerms(p.label()));
            p.cues().forEach(c -> wording.addAll(terms.exactTerms(c)));
            // A verb in the point's name is a noun there ("active transport"): widening it would let the name
            // describe itself.
            wording.removeAll(Descriptions.name(p.label(), terms, nameMaxTerms));
            List<String> synonyms = new ArrayList<>(p.synonyms());
            for (Group g : groups) {
                if (g.terms().stream().anyMatch(wording::contains)) {
                    synonyms.add(String.join(", ", g.words()));
                }
            }
            if (synonyms.size() == p.synonyms().size()) {
                points.add(p);
            } else {
                changed = true;
                points.add(new RubricPoint(p.id(), p.label(), p.description(), p.cues(), synonyms, p.examples(),
                        p.passages()));
            }
        }
        return changed ? new Rubric(rubric.id(), rubric.question(), rubric.maxMark(), rubric.corpus(),
                rubric.showMarksToStudents(), rubric.scheme(), points, rubric.focus()) : rubric;
    }
}
