package org.premark.web;

/** The notes or rubrics the server needs cannot be loaded; start-up stops with this message and no stack trace. */
final class WorkspaceLoadException extends RuntimeException {

    private final String action;

    WorkspaceLoadException(String message, String action, Throwable cause) {
        super(message, cause);
        this.action = action;
    }

    String action() {
        return action;
    }
}
