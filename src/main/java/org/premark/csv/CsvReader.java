package org.premark.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a class list with a header row: an RFC 4180 CSV separated by commas, semicolons or tabs (detected from the
 * header row), in UTF-8, Windows-1252 or UTF-16 (detected, see {@link Decoded}), or the first sheet of an
 * {@code .xlsx} workbook. Whole-file problems throw {@link CsvException}; a row with a problem is skipped and
 * reported, so one bad row does not sink the batch.
 */
public final class CsvReader {

    /** One record as read: the line (or spreadsheet row) it starts on and its fields. */
    record Record(long line, List<String> fields) {
    }

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
        return read(file, requiredColumns, "id");
    }

    /** Reads a CSV or, for a {@code .xlsx} file, the workbook's first sheet. */
    public CsvTable read(Path file, List<String> requiredColumns, String idColumn) throws CsvException {
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
        return read(bytes, requiredColumns, idColumn);
    }

    public CsvTable read(byte[] bytes, List<String> requiredColumns) throws CsvException {
        return read(bytes, requiredColumns, "id");
    }

    /**
     * @param requiredColumns header names that must be present (matched trimmed and case-insensitively)
     * @param idColumn        the column whose values identify rows: trimmed, must be present and unique; null for
     *                        none (a preview)
     */
    public CsvTable read(byte[] bytes, List<String> requiredColumns, String idColumn) throws CsvException {
        Objects.requireNonNull(bytes, "bytes");
        List<String> required = requiredColumns.stream().map(CsvReader::name).toList();
        String id = idColumn == null ? null : name(idColumn);
        if (bytes.length > maxBytes) {
            throw new CsvException(new CsvProblem(0, "the file is " + bytes.length + " bytes; the limit is " + maxBytes));
        }
        if (XlsxSheet.isWorkbook(bytes)) {
            List<Record> records = new XlsxSheet(maxRows + 1, maxCellChars * 4L).records(bytes);
            if (records.isEmpty()) {
                throw new CsvException(new CsvProblem(0, "the workbook's first sheet is empty: expected a header row"
                        + " with columns " + String.join(", ", required)));
            }
            List<String> header = records.get(0).fields().stream().map(CsvReader::name).toList();
            return rows(header, records.subList(1, records.size()).iterator(), required, id, "xlsx", "cells");
        }
        Decoded decoded = Decoded.of(bytes);
        String text = decoded.text();
        long firstLine = 1;
        if (text.regionMatches(true, 0, "sep=", 0, 4) && text.length() > 4) {
            // Excel's hint line "sep=;" names the separator; the header follows it.
            int end = text.indexOf('\n');
            text = end < 0 ? "" : text.substring(end + 1);
            firstLine = 2;
        }
        if (text.isBlank()) {
            throw new CsvException(new CsvProblem(0, "the file is empty: expected a header row with columns "
                    + String.join(", ", required)));
        }
        char delimiter = delimiter(text);
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(true)
                .setTrim(false)
                .get();
        String separator = delimiter == ';' ? "semicolon" : delimiter == '\t' ? "tab" : "comma";
        long offset = firstLine - 1;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Iterator<CSVRecord> it = parser.iterator();
            long[] next = {1};
            Iterator<Record> records = new Iterator<>() {
                @Override
                public boolean hasNext() {
                    try {
                        return it.hasNext();
                    } catch (UncheckedIOException e) {
                        throw new Malformed(e, next[0] + offset);
                    }
                }

                @Override
                public Record next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    long line = next[0] + offset;
                    CSVRecord r;
                    try {
                        r = it.next();
                    } catch (UncheckedIOException e) {
                        throw new Malformed(e, line);
                    }
                    next[0] = parser.getCurrentLineNumber() + 1;
                    return new Record(line, r.toList());
                }
            };
            if (!records.hasNext()) {
                throw new CsvException(new CsvProblem(0, "the file is empty: expected a header row with columns "
                        + String.join(", ", required)));
            }
            List<String> header = records.next().fields().stream().map(CsvReader::name).toList();
            if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
                header = new ArrayList<>(header);
                header.set(0, header.get(0).substring(1));
            }
            return rows(header, records, required, id, decoded.encoding(), separator);
        } catch (Malformed e) {
            throw new CsvException(e.problem());
        } catch (IOException | UncheckedIOException e) {
            throw new CsvException(new CsvProblem(0, "malformed CSV: " + e.getMessage()));
        }
    }

    private CsvTable rows(List<String> header, Iterator<Record> records, List<String> required, String idColumn,
                          String encoding, String separator) throws CsvException {
        checkHeader(header, required);
        List<CsvRow> rows = new ArrayList<>();
        List<CsvProblem> skipped = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int idIndex = idColumn == null ? -1 : header.indexOf(idColumn);
        while (records.hasNext()) {
            Record record = records.next();
            if (record.fields().stream().allMatch(String::isBlank)) {
                continue;
            }
            if (rows.size() >= maxRows) {
                throw new CsvException(new CsvProblem(record.line(), "more than " + maxRows + " rows; split the file"));
            }
            CsvProblem problem = rowProblem(record, header, required, idIndex);
            if (problem != null) {
                skipped.add(problem);
                continue;
            }
            Map<String, String> cells = new LinkedHashMap<>();
            for (int i = 0; i < header.size() && i < record.fields().size(); i++) {
                if (!header.get(i).isEmpty()) {
                    cells.putIfAbsent(header.get(i), record.fields().get(i));
                }
            }
            if (idIndex >= 0) {
                String id = cells.get(idColumn).trim();
                cells.put(idColumn, id);
                if (!seen.add(id)) {
                    skipped.add(new CsvProblem(record.line(), "duplicate id '" + id
                            + "'; only the first row with it is used"));
                    continue;
                }
            }
            rows.add(new CsvRow(record.line(), cells));
        }
        return new CsvTable(header, rows, skipped, encoding, separator);
    }

    private CsvProblem rowProblem(Record record, List<String> header, List<String> required, int idIndex) {
        List<String> fields = record.fields();
        long line = record.line();
        for (String column : required) {
            int index = header.indexOf(column);
            if (index >= fields.size()) {
                return new CsvProblem(line, "row has " + fields.size() + " fields, no value for column '" + column + "'");
            }
        }
        if (fields.size() > header.size() && !fields.subList(header.size(), fields.size()).stream()
                .allMatch(String::isEmpty)) {
            return new CsvProblem(line, "row has " + fields.size() + " fields but the header has " + header.size()
                    + " (is a separator inside an answer missing its quotes?)");
        }
        if (idIndex >= 0 && fields.get(idIndex).isBlank()) {
            return new CsvProblem(line, "empty id");
        }
        for (String column : required) {
            int i = header.indexOf(column);
            if (fields.get(i).length() > maxCellChars) {
                return new CsvProblem(line, "column '" + column + "' has " + fields.get(i).length()
                        + " characters; the limit is " + maxCellChars);
            }
        }
        return null;
    }

    private static void checkHeader(List<String> header, List<String> required) throws CsvException {
        List<String> missing = required.stream().filter(c -> !header.contains(c)).distinct().toList();
        if (!missing.isEmpty()) {
            throw new CsvException(new CsvProblem(1, "missing column" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing) + " in the header row; found: "
                    + (header.isEmpty() ? "(nothing)" : String.join(", ", header))));
        }
        for (String c : required) {
            if (header.indexOf(c) != header.lastIndexOf(c)) {
                throw new CsvException(new CsvProblem(1, "column '" + c + "' appears twice in the header row"));
            }
        }
    }

    /** The header name as matched: trimmed, lower case. */
    public static String name(String header) {
        return header == null ? "" : header.strip().toLowerCase(Locale.ROOT);
    }

    /** The most frequent of comma, semicolon and tab in the header row, outside quotes; comma on a tie or none. */
    static char delimiter(String text) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (commas + semicolons + tabs > 0) {
                    break;
                }
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    /** A parse failure, carried out of the record iterator with the line on which the record started. */
    private static final class Malformed extends RuntimeException {

        private final transient CsvProblem problem;

        Malformed(UncheckedIOException e, long recordLine) {
            super(e);
            this.problem = describe(e, recordLine);
        }

        CsvProblem problem() {
            return problem;
        }

        private static CsvProblem describe(UncheckedIOException e, long line) {
            String message = String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause().getMessage())
                    .toLowerCase(Locale.ROOT);
            if (message.contains("eof reached before encapsulated token finished")) {
                return new CsvProblem(line, "a quoted field that starts on this line is never closed: check for an"
                        + " unmatched \" (a \" inside a quoted field must be doubled, \"\")");
            }
            if (message.contains("between encapsulated token and delimiter")) {
                return new CsvProblem(line, "a quoted field that starts on this line has text after its closing"
                        + " quote: a \" inside a quoted field must be doubled (\"\")");
            }
            return new CsvProblem(line, "malformed CSV in the row that starts on this line");
        }
    }
}
