package org.premark.cli;

/** A problem the user can fix; its message is printed without a stack trace. */
public class CliException extends Exception {

    private final int exitCode;

    public CliException(String message) {
        this(message, 2);
    }

    public CliException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
