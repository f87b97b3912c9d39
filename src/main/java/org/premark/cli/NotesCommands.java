package org.premark.cli;

import org.premark.cli.Command;

/** The notes stage's CLI verbs, for {@code Cli.standard()}. */
public final class NotesCommands {

    private NotesCommands() {
    }

    /** {@code premark notes clean --from DIR --out DIR}. */
    public static Command clean() {
        return new NotesCleanCommand();
    }

    /** {@code premark search "QUERY" [--top N] [--corpus DIR]}. */
    public static Command search() {
        return new SearchCommand(System.getenv());
    }
}
