package org.premark.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.premark.csv.CsvException;
import org.premark.csv.CsvProblem;
import org.premark.eval.GoldAnswer;
import org.premark.eval.GoldSet;
import org.premark.marking.MarkingSettings;
import org.premark.workspace.Bundled;
import org.premark.workspace.Workspace;
import org.premark.notes.NotesException;
import org.premark.rubric.Problem;
import org.premark.rubric.RubricException;

/**
 * Where the corpus, rubrics and marked sets come from: options first, then environment, then the working
 * directory; load failures become one-line CLI errors.
 */
public final class Dirs {

    private Dirs() {
    }

    /** {@code --corpus}, else PREMARK_CORPUS, else {@code corpus/} here, else the notes the jar carries. */
    public static Path corpus(Args args) {
        return Bundled.orBundled(Path.of(args.option("corpus", env("PREMARK_CORPUS", Bundled.CORPUS))),
                Bundled.CORPUS);
    }

    /** {@code --rubrics}, else PREMARK_RUBRICS, else {@code rubrics/} here, else the rubrics the jar carries. */
    public static Path rubrics(Args args) {
        return Bundled.orBundled(Path.of(args.option("rubrics", env("PREMARK_RUBRICS", Bundled.RUBRICS))),
                Bundled.RUBRICS);
    }

    /** The workspace, or a one-line error naming the bad file or rubric problems. */
    public static Workspace workspace(Args args) throws CliException {
        return workspace(args, MarkingSettings.defaults());
    }

    /** As {@link #workspace(Args)}, marking with {@code settings}. */
    public static Workspace workspace(Args args, MarkingSettings settings) throws CliException {
        try {
            return Workspace.load(corpus(args), rubrics(args), settings);
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

    /** The usable answers of a marked set; skipped rows are reported on {@code err} by line. */
    public static List<GoldAnswer> gold(Path file, PrintStream err) throws CliException {
        return gold(file, "", err);
    }

    /**
     * As {@link #gold(Path, PrintStream)}; a non-blank {@code rubricId} is the rubric of every answer, so the file
     * needs no {@code question} column.
     */
    public static List<GoldAnswer> gold(Path file, String rubricId, PrintStream err) throws CliException {
        GoldSet set;
        try {
            set = GoldSet.read(file, rubricId);
        } catch (CsvException e) {
            throw new CliException(file + ": " + e.problem(), 1);
        }
        for (CsvProblem p : set.skipped()) {
            err.println(file + ": " + p + " (row skipped)");
        }
        if (set.answers().isEmpty()) {
            throw new CliException(file + ": no usable marked answers", 1);
        }
        return set.answers();
    }
}
