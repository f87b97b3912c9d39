package org.premark.notes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.premark.text.StrictUtf8;

/** Finds and reads note files: UTF-8 text only, with an error naming the file otherwise. */
public final class NotesFiles {

    private NotesFiles() {
    }

    /** The {@code *.txt} files directly in {@code dir}, sorted by name; hidden files are skipped. */
    public static List<Path> list(Path dir) throws NotesException {
        if (!Files.exists(dir)) {
            throw new NotesException("notes folder not found: " + dir);
        }
        if (!Files.isDirectory(dir)) {
            throw new NotesException("not a folder: " + dir);
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> txt = files
                    .filter(p -> Files.isRegularFile(p))
                    .filter(p -> {
                        String name = p.getFileName().toString();
                        return name.endsWith(".txt") && !name.startsWith(".");
                    })
                    .sorted()
                    .toList();
            if (txt.isEmpty()) {
                throw new NotesException("no .txt note files in " + dir);
            }
            return txt;
        } catch (IOException e) {
            throw new NotesException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Reads {@code file} as strict UTF-8; a leading byte-order mark is kept so offsets match the file. */
    public static String read(Path file) throws NotesException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new NotesException("cannot read " + file + ": " + e.getMessage(), e);
        }
        String text;
        try {
            text = StrictUtf8.decode(bytes);
        } catch (StrictUtf8.NotText e) {
            throw new NotesException(e.binary()
                    ? file + " is a binary file, not text (NUL byte at offset " + e.offset() + ")"
                    : file + " is not UTF-8 text (" + String.format("bad byte 0x%02X at offset %d", e.badByte(),
                            e.offset()) + "); save it as UTF-8", e);
        }
        long control = text.chars()
                .filter(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f')
                .count();
        if (control > 0 && control * 100 > text.length()) {
            throw new NotesException(file + " is a binary file, not text (" + control + " control characters)");
        }
        return text;
    }

    /** The manifest of readable note titles in a notes folder: one {@code FILE<TAB>TITLE} per line. */
    public static final String TITLES = "titles.tsv";

    /**
     * Each note file's readable title by its file name (the {@code source} of its passages), from {@code titles.tsv} in
     * {@code dir}; empty when there is no manifest. Lines starting with {@code #} and blank lines are skipped.
     */
    public static Map<String, String> titles(Path dir) throws NotesException {
        Path file = dir.resolve(TITLES);
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        Map<String, String> titles = new LinkedHashMap<>();
        String[] lines = read(file).split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab <= 0 || line.substring(tab + 1).isBlank()) {
                throw new NotesException(file + " line " + (i + 1) + ": expected FILE, a tab, then the title");
            }
            titles.put(line.substring(0, tab).strip(), line.substring(tab + 1).strip());
        }
        return titles;
    }

    /** The file name without its last extension: the stem of passage ids. */
    static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
