package org.premark.cli;

import org.premark.rubric.Problem;
import org.premark.rubric.Rubric;
import org.premark.rubric.RubricException;
import org.premark.rubric.RubricReader;
import org.premark.rubric.RubricReaderYaml;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import org.premark.cli.Args;
import org.premark.cli.Command;
import org.premark.cli.CliException;

/** {@code premark rubric check [PATH…]}: validates rubric files and prints every problem, one per line. */
public final class RubricCheckCommand implements Command {

    private final Predicate<String> passageExists;
    private final UnaryOperator<String> env;

    /** @param passageExists tells whether a notes passage id exists; {@code null} skips passage checks */
    public RubricCheckCommand(Predicate<String> passageExists) {
        this(passageExists, System::getenv);
    }

    RubricCheckCommand(Predicate<String> passageExists, UnaryOperator<String> env) {
        this.passageExists = passageExists;
        this.env = Objects.requireNonNull(env, "env");
    }

    @Override
    public String name() {
        return "rubric check";
    }

    @Override
    public String summary() {
        return "check rubric files [PATH…] (default --rubrics DIR, env PREMARK_RUBRICS, or rubrics/)";
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) throws CliException {
        args.allowOnly(Set.of("rubrics", "quiet", "verbose"));
        boolean quiet = args.has("quiet");
        List<String> roots = args.positional();
        if (roots.isEmpty()) {
            String fallback = env.apply("PREMARK_RUBRICS");
            roots = List.of(args.option("rubrics", fallback == null || fallback.isBlank() ? "rubrics" : fallback));
        } else if (args.has("rubrics")) {
            throw new CliException("give either paths or --rubrics, not both");
        }

        int bad = 0;
        Set<Path> files = new LinkedHashSet<>();
        for (String root : roots) {
            try {
                files.addAll(RubricReaderYaml.rubricFiles(Path.of(root)));
            } catch (RubricException e) {
                e.problems().forEach(out::println);
                bad++;
            }
        }

        RubricReader reader = new RubricReaderYaml(passageExists);
        Map<String, Path> ids = new HashMap<>();
        int good = 0;
        for (Path file : files) {
            try {
                Rubric rubric = reader.read(file);
                Path first = ids.putIfAbsent(rubric.id(), file);
                if (first != null) {
                    out.println(new Problem(file, 0, "id", "rubric id '" + rubric.id() + "' is already used by " + first));
                    bad++;
                    continue;
                }
                good++;
                if (!quiet) {
                    int n = rubric.points().size();
                    out.println("ok  " + file + "  (" + rubric.id() + ", " + n + (n == 1 ? " point)" : " points)"));
                }
            } catch (RubricException e) {
                e.problems().forEach(out::println);
                bad++;
            }
        }
        if (bad > 0 || !quiet) {
            List<String> parts = new ArrayList<>();
            parts.add(good + " ok");
            if (bad > 0) {
                parts.add(bad + " invalid");
            }
            out.println("checked " + files.size() + (files.size() == 1 ? " rubric file: " : " rubric files: ")
                    + String.join(", ", parts));
        }
        return bad > 0 ? 1 : 0;
    }
}
