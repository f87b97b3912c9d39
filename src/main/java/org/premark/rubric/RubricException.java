package org.premark.rubric;

import java.util.List;
import java.util.stream.Collectors;

/** A rubric file (or several) could not be read; {@link #problems()} lists everything found, not just the first. */
public final class RubricException extends Exception {

    private final List<Problem> problems;

    public RubricException(List<Problem> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String message(List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a RubricException needs at least one problem");
        }
        return problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }
}
