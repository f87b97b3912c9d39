package org.premark.cli;

import java.nio.file.Path;
import org.premark.Workspace;
import org.premark.notes.NotesException;
import org.premark.rubric.Problem;
import org.premark.rubric.RubricException;

/** Where the corpus and rubrics live: options first, then environment, then the working directory. */
final class Dirs {

    private Dirs() {
    }

    static Path corpus(Args args) {
        return Path.of(args.option("corpus", env("PREMARK_CORPUS", "corpus")));
    }

    static Path rubrics(Args args) {
        return Path.of(args.option("rubrics", env("PREMARK_RUBRICS", "rubrics")));
    }

    static Workspace workspace(Args args) throws CliException {
        try {
            return Workspace.load(corpus(args), rubrics(args));
        } catch (NotesException e) {
            throw new CliException(e.getMessage(), 1);
        } catch (RubricException e) {
            StringBuilder sb = new StringBuilder("invalid rubrics:");
            for (Problem p : e.problems()) {
                sb.append(System.lineSeparator()).append("  ").append(p);
            }
            throw new CliException(sb.toString(), 1);
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
