package org.premark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.premark.cli.Args;
import org.premark.cli.CliException;

class RubricCheckCommandTest {

    private static final String GOOD = """
            id: %s
            question: Why? [6]
            max_mark: 6
            corpus: notes
            points:
              - id: only-point
                label: Only point
                description: The one reason.
                cues: [one reason]
                synonyms: []
                examples: []
                passages: [p-1]
            """;

    @TempDir
    Path dir;

    private Path rubrics;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void setUp() throws IOException {
        rubrics = Files.createDirectory(dir.resolve("rubrics"));
    }

    private int run(Predicate<String> passages, Map<String, String> env, String... words) throws CliException {
        RubricCheckCommand command = new RubricCheckCommand(passages, env::get);
        return command.run(Args.parse(List.of(words), Set.of("quiet", "verbose", "help")),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<String> outLines() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void goodRubricsPrintOkAndExitZero() throws Exception {
        Files.writeString(rubrics.resolve("b.yaml"), GOOD.formatted("bbb"));
        Files.writeString(rubrics.resolve("a.yaml"), GOOD.formatted("aaa"));
        assertEquals(0, run(null, Map.of(), rubrics.toString()));
        assertEquals(List.of(
                "ok  " + rubrics.resolve("a.yaml") + "  (aaa, 1 point)",
                "ok  " + rubrics.resolve("b.yaml") + "  (bbb, 1 point)",
                "checked 2 rubric files: 2 ok"), outLines());
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void everyProblemIsPrintedOnePerLineAndExitIsOne() throws Exception {
        Files.writeString(rubrics.resolve("a.yaml"), GOOD.formatted("aaa"));
        Files.writeString(rubrics.resolve("b.yaml"), GOOD.formatted("Bad").replace("cues: [one reason]", "cues: []"));
        assertEquals(1, run(null, Map.of(), rubrics.toString()));
        assertEquals(List.of(
                "ok  " + rubrics.resolve("a.yaml") + "  (aaa, 1 point)",
                rubrics.resolve("b.yaml") + ":1: id: must be lower-case letters and digits in words joined by single"
                        + " hyphens (like 'lenin-cult'), got 'Bad'",
                rubrics.resolve("b.yaml") + ":9: points[1].cues: must not be empty: a point needs at least one cue",
                "checked 2 rubric files: 1 ok, 1 invalid"), outLines());
    }

    @Test
    void passageCheckUsesTheConstructorPredicate() throws Exception {
        Path file = Files.writeString(rubrics.resolve("a.yaml"), GOOD.formatted("aaa"));
        assertEquals(1, run(id -> false, Map.of(), file.toString()));
        assertTrue(outLines().contains(file + ":12: points[1].passages[1]: no passage 'p-1' in the notes corpus"),
                outLines().toString());
        out.reset();
        assertEquals(0, run(id -> id.equals("p-1"), Map.of(), file.toString()));
        out.reset();
        assertEquals(0, run(null, Map.of(), file.toString()));
    }

    @Test
    void defaultDirectoryComesFromOptionThenEnvironment() throws Exception {
        Files.writeString(rubrics.resolve("a.yaml"), GOOD.formatted("aaa"));
        assertEquals(0, run(null, Map.of("PREMARK_RUBRICS", rubrics.toString())));
        assertTrue(outLines().get(0).startsWith("ok  " + rubrics.resolve("a.yaml")), outLines().toString());
        out.reset();
        Path other = Files.createDirectory(dir.resolve("other"));
        assertEquals(1, run(null, Map.of("PREMARK_RUBRICS", rubrics.toString()), "--rubrics", other.toString()));
        assertEquals(other + ": no rubric files (*.yaml) in this directory", outLines().get(0));
    }

    @Test
    void duplicateIdsAcrossFilesAndMissingPathsAreProblems() throws Exception {
        Files.writeString(rubrics.resolve("a.yaml"), GOOD.formatted("same"));
        Files.writeString(rubrics.resolve("b.yaml"), GOOD.formatted("same"));
        Path missing = dir.resolve("nope.yaml");
        assertEquals(1, run(null, Map.of(), rubrics.toString(), missing.toString()));
        List<String> lines = outLines();
        assertEquals(missing + ": no such file or directory", lines.get(0));
        assertTrue(lines.contains(rubrics.resolve("b.yaml") + ": id: rubric id 'same' is already used by "
                + rubrics.resolve("a.yaml")), lines.toString());
        assertEquals("checked 2 rubric files: 1 ok, 2 invalid", lines.get(lines.size() - 1));
    }

    @Test
    void quietPrintsOnlyProblems() throws Exception {
        Files.writeString(rubrics.resolve("a.yaml"), GOOD.formatted("aaa"));
        assertEquals(0, run(null, Map.of(), "--quiet", rubrics.toString()));
        assertEquals(List.of(), outLines());
    }

    @Test
    void unknownOptionsAndPathsPlusRubricsOptionAreUsageErrors() {
        CliException unknown = assertThrows(CliException.class, () -> run(null, Map.of(), "--rubric", "x"));
        assertEquals("unknown option --rubric", unknown.getMessage());
        CliException both = assertThrows(CliException.class, () -> run(null, Map.of(), "x", "--rubrics", "y"));
        assertEquals(2, both.exitCode());
    }

    @Test
    void isRegisteredInTheStandardCli() {
        ByteArrayOutputStream help = new ByteArrayOutputStream();
        org.premark.cli.Cli.standard().run(new String[] {"--help"}, new PrintStream(help, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertTrue(help.toString(StandardCharsets.UTF_8).contains("rubric check"), help.toString(StandardCharsets.UTF_8));
    }
}
