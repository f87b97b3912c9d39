package org.premark.rubric;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A question, how it is marked, and the points an answer can make.
 *
 * @param corpus the notes corpus the points refer to, or "" for none
 * @param focus  what the question asks to be explained and the words for it ({@link Focus#NONE} for none)
 */
public record Rubric(String id, String question, int maxMark, String corpus, boolean showMarksToStudents,
                     MarkScheme scheme, List<RubricPoint> points, Focus focus) {

    /** A rubric without a focus. */
    public Rubric(String id, String question, int maxMark, String corpus, boolean showMarksToStudents,
            MarkScheme scheme, List<RubricPoint> points) {
        this(id, question, maxMark, corpus, showMarksToStudents, scheme, points, Focus.NONE);
    }

    public Rubric {
        Ids.require("rubric id", id);
        Objects.requireNonNull(question, "question");
        if (question.isBlank()) {
            throw new IllegalArgumentException("question must not be blank");
        }
        Objects.requireNonNull(corpus, "corpus");
        Objects.requireNonNull(scheme, "scheme");
        if (maxMark != scheme.maxMark()) {
            throw new IllegalArgumentException("maxMark " + maxMark + " does not match the scheme's " + scheme.maxMark());
        }
        points = List.copyOf(points);
        Objects.requireNonNull(focus, "focus");
        if (points.isEmpty()) {
            throw new IllegalArgumentException("rubric " + id + " needs at least one point");
        }
        Set<String> seen = new HashSet<>();
        for (RubricPoint p : points) {
            if (!seen.add(p.id())) {
                throw new IllegalArgumentException("duplicate point id '" + p.id() + "' in rubric " + id);
            }
            if (corpus.isEmpty() && !p.passages().isEmpty()) {
                throw new IllegalArgumentException("point " + p.id() + " refers to passages but rubric " + id
                        + " has no corpus");
            }
        }
    }

    /** The rubric with every point {@link RubricPoint#bare bare}: label, description, a few examples. */
    public Rubric bare(int maxExamples) {
        return new Rubric(id, question, maxMark, corpus, showMarksToStudents, scheme,
                points.stream().map(p -> p.bare(maxExamples)).toList(), focus);
    }

    public Optional<RubricPoint> point(String id) {
        return points.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public boolean hasCorpus() {
        return !corpus.isEmpty();
    }
}
