package org.premark.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** Dispatches {@code premark <command> …} to the matching {@link Command}. */
public final class Cli {

    private final List<Command> commands;

    Cli(List<Command> commands) {
        this.commands = List.copyOf(commands);
    }

    /** The product's commands. */
    public static Cli standard() {
        return new Cli(List.of(
                // commands are registered here, one line each
                new org.premark.cli.RubricCheckCommand(new CorpusPassages(Dirs.corpus(Args.empty()))),
                org.premark.cli.NotesCommands.clean(),
                org.premark.cli.NotesCommands.search(),
                new org.premark.cli.BenchCommand(),
                new MarkCommand(),
                new EvalCommand(),
                new org.premark.cli.HashPasswordCommand()
        ));
    }

    /**
     * True when the arguments ask for the CLI rather than the web server. The server takes only Spring settings
     * ({@code --server.port=8081}); any other argument, an unknown flag included, goes to the CLI, which explains
     * it, rather than silently starting a server.
     */
    public static boolean isCommand(String[] args) {
        if (args == null || args.length == 0) {
            return false;
        }
        for (String a : args) {
            if (!isServerSetting(a)) {
                return true;
            }
        }
        return false;
    }

    /** {@code --name=value} with a dotted or known Spring name, as Spring Boot reads from the command line. */
    static boolean isServerSetting(String arg) {
        if (!arg.startsWith("--") || !arg.contains("=")) {
            return false;
        }
        String name = arg.substring(2, arg.indexOf('='));
        return name.contains(".") || name.equals("debug") || name.equals("trace");
    }

    /** The version from the jar's manifest; "development build" when run from classes. */
    static String version() {
        String v = Cli.class.getPackage().getImplementationVersion();
        return v == null ? "development build" : v;
    }

    public int run(String[] argv, PrintStream out, PrintStream err) {
        List<String> words = Arrays.asList(argv);
        if (words.isEmpty() || words.get(0).equals("--help") || words.get(0).equals("-h")
                || words.get(0).equals("help")) {
            printHelp(out);
            return 0;
        }
        if (words.get(0).equals("--version") || words.get(0).equals("-V") || words.get(0).equals("version")) {
            out.println("premark " + version());
            return 0;
        }
        if (words.get(0).startsWith("-")) {
            err.println("premark: unknown option '" + words.get(0) + "'. Run 'premark --help' for the commands;"
                    + " with no arguments premark starts the web server.");
            return 2;
        }
        Command command = find(words);
        if (command == null) {
            List<String> longer = commands.stream().map(Command::name)
                    .filter(n -> n.startsWith(words.get(0) + " ")).toList();
            if (!longer.isEmpty()) {
                err.println("premark: '" + words.get(0) + "' needs a sub-command: "
                        + String.join(", ", longer.stream().map(n -> "'premark " + n + "'").toList())
                        + ". Run 'premark " + longer.get(0) + " --help' for its options.");
                return 2;
            }
            err.println("premark: unknown command '" + String.join(" ", words.subList(0, Math.min(2, words.size())))
                    + "'. Run 'premark --help' for the list.");
            return 2;
        }
        List<String> rest = words.subList(command.name().split(" ").length, words.size());
        try {
            if (rest.contains("--help") || rest.contains("-h")) {
                out.println("usage: premark " + command.name() + ": " + command.summary());
                String help = command.help();
                if (!help.isEmpty()) {
                    out.println(help);
                }
                return 0;
            }
            // --set key=value and --grid key=v1,v2 (premark eval) may be given once per key.
            Args args = Args.parse(rest, Set.of("help", "verbose", "quiet", "json", "cross-validate", "no-cues"),
                    Set.of("set", "grid"));
            return command.run(args, out, err);
        } catch (CliException e) {
            err.println("premark " + command.name() + ": " + e.getMessage());
            return e.exitCode();
        } catch (RuntimeException e) {
            // Last resort: a bug, not bad input. Still no stack trace for the user.
            err.println("premark " + command.name() + ": internal error: " + e);
            return 3;
        }
    }

    private Command find(List<String> words) {
        Command best = null;
        for (Command c : commands) {
            String[] parts = c.name().split(" ");
            if (parts.length <= words.size()
                    && Arrays.equals(parts, words.subList(0, parts.length).toArray(String[]::new))
                    && (best == null || parts.length > best.name().split(" ").length)) {
                best = c;
            }
        }
        return best;
    }

    private void printHelp(PrintStream out) {
        out.println("usage: premark <command> [options]");
        out.println("       premark --version");
        out.println("       premark            (no command: start the web server on http://localhost:8080)");
        out.println();
        out.println("commands:");
        int width = commands.stream().mapToInt(c -> c.name().length()).max().orElse(0);
        for (Command c : commands) {
            out.printf("  %-" + width + "s  %s%n", c.name(), c.summary());
        }
        out.println();
        out.println("Run 'premark <command> --help' for a command's options.");
    }
}
