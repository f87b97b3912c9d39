package org.premark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CliTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Cli.standard().run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void helpListsEveryCommand() {
        assertEquals(0, run("--help"));
        String help = out.toString(StandardCharsets.UTF_8);
        for (String command : List.of("search", "rubric check", "mark", "eval", "notes clean")) {
            assertTrue(help.contains("  " + command + " "), command + " missing from:\n" + help);
        }
    }

    @Test
    void unknownCommandIsAUsageError() {
        assertEquals(2, run("frobnicate"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown command 'frobnicate'"));
    }

    @Test
    void noArgumentsOrServerOptionsStartTheWebServer() {
        assertFalse(Cli.isCommand(new String[0]));
        assertFalse(Cli.isCommand(new String[] {"--server.port=9090"}));
        assertTrue(Cli.isCommand(new String[] {"--help"}));
        assertTrue(Cli.isCommand(new String[] {"mark"}));
        // An unknown flag is the CLI's to explain, not a reason to start a server.
        assertTrue(Cli.isCommand(new String[] {"--verison"}));
        assertTrue(Cli.isCommand(new String[] {"--port", "9090"}));
        assertTrue(Cli.isCommand(new String[] {"--version"}));
    }

    @Test
    void versionUnknownFlagsAndHalfCommandsAreAnswered() {
        assertEquals(0, run("--version"));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("premark "), out.toString(StandardCharsets.UTF_8));
        assertEquals(2, run("--verison"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown option '--verison'"));
        err.reset();
        assertEquals(2, run("rubric"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("'premark rubric check'"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aCommandsHelpListsItsOptions() {
        assertEquals(0, run("mark", "--help"));
        String help = out.toString(StandardCharsets.UTF_8);
        for (String option : List.of("--rubric", "--text", "--json", "--answers", "--id-column", "--answer-column",
                "--out", "--threads")) {
            assertTrue(help.contains(option), option + " missing from:\n" + help);
        }
    }

    @Test
    void optionsAreParsedAndCheckedWithoutStackTraces() throws CliException {
        Args args = Args.parse(List.of("a", "--top", "3", "--flag", "--x=y"), Set.of("flag"));
        assertEquals(List.of("a"), args.positional());
        assertEquals(3, args.intOption("top", 10, 1, 50));
        assertEquals("y", args.option("x", ""));
        assertTrue(args.has("flag"));
        assertThrows(CliException.class, () -> Args.parse(List.of("--top"), Set.of()));
        assertThrows(CliException.class, () -> Args.parse(List.of("--a", "1", "--a", "2"), Set.of()));
        CliException e = assertThrows(CliException.class,
                () -> Args.parse(List.of("--top", "many"), Set.of()).intOption("top", 1, 1, 50));
        assertTrue(e.getMessage().contains("whole number"));
        assertThrows(CliException.class, () -> args.allowOnly(Set.of("top")));
    }

    @Test
    void aMissingRequiredOptionIsReportedByName() {
        assertEquals(2, run("mark", "--text", "hello"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("missing required option --rubric"));
    }
}
