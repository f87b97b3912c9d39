package org.premark.csv;

/** The CSV as a whole cannot be used (empty, binary, wrong encoding, malformed, missing columns). */
public final class CsvException extends Exception {

    private final CsvProblem problem;

    public CsvException(CsvProblem problem) {
        super(problem.toString());
        this.problem = problem;
    }

    public CsvProblem problem() {
        return problem;
    }
}
