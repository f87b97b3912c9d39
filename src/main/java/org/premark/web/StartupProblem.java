package org.premark.web;

/**
 * Something the server needs at start-up (the notes, the rubrics, the database) cannot be used; start-up stops
 * with this message and action, and no stack trace (see {@link StartupFailureAnalyzer}).
 */
final class StartupProblem extends RuntimeException {

    private final String action;

    StartupProblem(String message, String action, Throwable cause) {
        super(message, cause);
        this.action = action;
    }

    String action() {
        return action;
    }
}
