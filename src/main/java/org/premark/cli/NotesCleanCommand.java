package org.premark.cli;

import org.premark.notes.NotesCleaner;
import org.premark.notes.NotesCleanerRules;
import org.premark.notes.NotesException;
import org.premark.notes.NotesFiles;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.premark.cli.Args;
import org.premark.cli.CliException;
import org.premark.cli.Command;
import org.premark.csv.AtomicFiles;

/** Cleans every raw {@code *.txt} note in one folder into another, keeping each file's name as provenance. */
final class NotesCleanCommand implements Command {

    @Override
    public String name() {
        return "notes clean";
    }

    @Override
    public String summary() {
        return "clean raw revision notes into the corpus format: --from DIR --out DIR";
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) throws CliException {
        args.allowOnly(Set.of("from", "out", "help", "verbose", "quiet"));
        if (!args.positional().isEmpty()) {
            throw new CliException("unexpected argument '" + args.positional().get(0)
                    + "'; usage: premark notes clean --from DIR --out DIR");
        }
        Path from = Path.of(args.required("from"));
        Path to = Path.of(args.required("out"));
        NotesCleaner cleaner = NotesCleanerRules.standard();
        try {
            List<Path> files = NotesFiles.list(from);
            Files.createDirectories(to);
            for (Path file : files) {
                String raw = NotesFiles.read(file);
                String cleaned = cleaner.clean(raw);
                Path target = to.resolve(file.getFileName().toString());
                AtomicFiles.write(target, cleaned.getBytes(StandardCharsets.UTF_8));
                if (!args.has("quiet")) {
                    out.printf("%s  %d -> %d chars%n", target, raw.length(), cleaned.length());
                }
            }
            out.printf("cleaned %d file%s from %s into %s%n", files.size(), files.size() == 1 ? "" : "s", from, to);
            return 0;
        } catch (NotesException e) {
            throw new CliException(e.getMessage(), 1);
        } catch (IOException e) {
            throw new CliException("cannot write to " + to + ": " + e.getMessage(), 1);
        }
    }
}
