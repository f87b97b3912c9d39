package org.premark.cli;

import java.io.PrintStream;

/** One CLI verb, such as {@code search} or {@code mark}. */
public interface Command {

    /** The verb typed after {@code premark}, possibly two words ("rubric check"). */
    String name();

    /** One line for {@code --help}. */
    String summary();

    /** The options, one per line, for {@code premark COMMAND --help}; "" when the summary says it all. */
    default String help() {
        return "";
    }

    /**
     * Runs the command.
     *
     * @return the process exit code: 0 on success, 1 when the work found a problem, 2 on a usage error
     */
    int run(Args args, PrintStream out, PrintStream err) throws CliException;
}
