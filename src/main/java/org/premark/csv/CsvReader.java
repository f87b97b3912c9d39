package org.premark.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.premark.text.StrictUtf8;

/**
 * Reads an RFC 4180 CSV with a header row, UTF-8 with or without a BOM. Whole-file problems throw
 * {@link CsvException}; a row with a problem is skipped and reported, so one bad row does not sink the batch.
 */
public final class CsvReader {

    private static final Pattern PARSER_LINE = Pattern.compile("\\((?:start)?line (\\d+)\\)");

    private final long maxBytes;
    private final int maxRows;
    private final int maxCellChars;

    public CsvReader(long maxBytes, int maxRows, int maxCellChars) {
        if (maxBytes < 1 || maxRows < 1 || maxCellChars < 1) {
            throw new IllegalArgumentException("limits must be positive, got " + maxBytes + ", " + maxRows + ", "
                    + maxCellChars);
        }
        this.maxBytes = maxBytes;
        this.maxRows = maxRows;
        this.maxCellChars = maxCellChars;
    }

    /** Limits suited to class sets and cohort files. */
    public static CsvReader withDefaults() {
        return new CsvReader(200L * 1024 * 1024, 500_000, 20_000);
    }

    public CsvTable read(Path file, List<String> requiredColumns) throws CsvException {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new CsvException(new CsvProblem(0, file + " is " + size + " bytes; the limit is " + maxBytes));
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new CsvException(new CsvProblem(0, "no such file: " + file));
        } catch (IOException e) {
            throw new CsvException(new CsvProblem(0, "cannot read " + file + ": " + e.getMessage()));
        }
        return read(bytes, requiredColumns);
    }

    public CsvTable read(byte[] bytes, List<String> requiredColumns) throws CsvException {
        if (bytes.length > maxBytes) {
            throw new CsvException(new CsvProblem(0, "the file is " + bytes.length + " bytes; the limit is " + maxBytes));
        }
        String text = decode(bytes);
        if (text.isBlank()) {
            throw new CsvException(new CsvProblem(0, "the file is empty: expected a header row with columns "
                    + String.join(", ", requiredColumns)));
        }
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setAllowMissingColumnNames(true)
                .setTrim(false)
                .get();
        List<CsvRow> rows = new ArrayList<>();
        List<CsvProblem> skipped = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> header = parser.getHeaderNames().stream()
                    .map(h -> h == null ? "" : h.trim().toLowerCase(Locale.ROOT))
                    .toList();
            checkHeader(header, requiredColumns);
            long nextLine = parser.getCurrentLineNumber() + 1;
            Set<String> seen = new HashSet<>();
            for (CSVRecord record : parser) {
                long line = nextLine;
                nextLine = parser.getCurrentLineNumber() + 1;
                if (rows.size() >= maxRows) {
                    throw new CsvException(new CsvProblem(line, "more than " + maxRows + " rows; split the file"));
                }
                CsvProblem problem = rowProblem(record, header, requiredColumns, line);
                if (problem != null) {
                    skipped.add(problem);
                    continue;
                }
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < header.size() && i < record.size(); i++) {
                    if (!header.get(i).isEmpty()) {
                        cells.putIfAbsent(header.get(i), record.get(i));
                    }
                }
                if (cells.containsKey("id")) {
                    String id = cells.get("id").trim();
                    cells.put("id", id);
                    if (!seen.add(id)) {
                        skipped.add(new CsvProblem(line, "duplicate id '" + id + "'; only the first row with it is used"));
                        continue;
                    }
                }
                rows.add(new CsvRow(line, cells));
            }
            return new CsvTable(header, rows, skipped);
        } catch (IOException | UncheckedIOException e) {
            throw new CsvException(malformed(e));
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new CsvException(new CsvProblem(1, "bad header row: " + e.getMessage()));
        }
    }

    private CsvProblem rowProblem(CSVRecord record, List<String> header, List<String> required, long line) {
        for (String column : required) {
            int index = header.indexOf(column);
            if (index >= record.size()) {
                return new CsvProblem(line, "row has " + record.size() + " fields, no value for column '" + column + "'");
            }
        }
        if (record.size() > header.size()) {
            return new CsvProblem(line, "row has " + record.size() + " fields but the header has " + header.size()
                    + " (is a comma inside an answer missing its quotes?)");
        }
        int idIndex = header.indexOf("id");
        if (idIndex >= 0 && record.get(idIndex).isBlank()) {
            return new CsvProblem(line, "empty id");
        }
        for (int i = 0; i < record.size(); i++) {
            if (record.get(i).length() > maxCellChars) {
                return new CsvProblem(line, "column '" + header.get(i) + "' has " + record.get(i).length()
                        + " characters; the limit is " + maxCellChars);
            }
        }
        return null;
    }

    private static void checkHeader(List<String> header, List<String> required) throws CsvException {
        List<String> missing = required.stream().filter(c -> !header.contains(c)).toList();
        if (!missing.isEmpty()) {
            throw new CsvException(new CsvProblem(1, "missing column" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing) + " in the header row; found: "
                    + (header.isEmpty() ? "(nothing)" : String.join(", ", header))));
        }
        Set<String> names = new HashSet<>();
        for (String h : header) {
            if (!h.isEmpty() && !names.add(h)) {
                throw new CsvException(new CsvProblem(1, "column '" + h + "' appears twice in the header row"));
            }
        }
    }

    private static CsvProblem malformed(Exception e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        Throwable cause = e;
        while (cause != null) {
            Matcher m = PARSER_LINE.matcher(String.valueOf(cause.getMessage()));
            if (m.find()) {
                return new CsvProblem(Long.parseLong(m.group(1)), "malformed CSV: " + cleanParserMessage(cause.getMessage()));
            }
            cause = cause.getCause();
        }
        return new CsvProblem(0, "malformed CSV: " + message);
    }

    private static String cleanParserMessage(String message) {
        String cleaned = message.replaceAll(".*\\((?:start)?line \\d+\\)\\s*", "");
        if (cleaned.contains("EOF reached before encapsulated token finished")) {
            return "a quoted field is never closed (an unmatched \" starts at or before this line)";
        }
        if (cleaned.contains("invalid char between encapsulated token and delimiter")) {
            return "text after a closing quote; a \" inside a quoted field must be doubled (\"\")";
        }
        return cleaned;
    }

    /** Strict UTF-8, a byte-order mark dropped: a wrong encoding is reported with its line, never replaced. */
    static String decode(byte[] bytes) throws CsvException {
        try {
            String text = StrictUtf8.decode(bytes);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (StrictUtf8.NotText e) {
            throw new CsvException(new CsvProblem(e.line(), e.binary()
                    ? "this looks like a binary file, not a CSV (it contains a NUL byte)"
                    : "the file is not UTF-8 (byte 0x" + String.format("%02X", e.badByte())
                            + "); save it as 'CSV UTF-8' and try again"));
        }
    }
}
