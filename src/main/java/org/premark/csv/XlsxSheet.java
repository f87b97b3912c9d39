package org.premark.csv;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The first sheet of an {@code .xlsx} workbook as records, read with Apache POI's streaming (SAX) reader, so the
 * sheet is never held as a tree in memory. Bounded: the upload's byte limit bounds the zip, POI's zip-bomb guard
 * (inflation ratio and entry size) bounds what it inflates to, and reading stops past {@code maxRows} rows, 1,000
 * columns or {@code maxCellChars} characters in one cell.
 */
final class XlsxSheet {

    static final long MAX_ENTRY_BYTES = 100L * 1024 * 1024;
    static final int MAX_COLUMNS = 1000;

    private final int maxRows;
    private final long maxCellChars;

    XlsxSheet(int maxRows, long maxCellChars) {
        this.maxRows = maxRows;
        this.maxCellChars = maxCellChars;
    }

    /** A zip file (an Office Open XML workbook starts with the zip signature "PK\3\4"). */
    static boolean isWorkbook(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    private static final class Stop extends RuntimeException {
        private final transient CsvProblem problem;

        Stop(CsvProblem problem) {
            super(problem.message(), null, false, false);
            this.problem = problem;
        }
    }

    List<CsvReader.Record> records(byte[] bytes) throws CsvException {
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        List<CsvReader.Record> records = new ArrayList<>();
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new CsvException(new CsvProblem(0, "the workbook has no sheet"));
            }
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings, new Rows(records),
                    new DataFormatter(), false));
            try (InputStream sheet = sheets.next()) {
                parser.parse(new InputSource(sheet));
            }
        } catch (Stop e) {
            throw new CsvException(e.problem);
        } catch (CsvException e) {
            throw e;
        } catch (IOException | SAXException | RuntimeException | org.apache.poi.openxml4j.exceptions.OpenXML4JException
                 | javax.xml.parsers.ParserConfigurationException e) {
            throw new CsvException(new CsvProblem(0, "the file is not a readable .xlsx workbook ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : firstLine(e.getMessage()))
                    + "); save it again from the spreadsheet, or as 'CSV UTF-8'"));
        }
        return records;
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    private final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final List<CsvReader.Record> records;
        private List<String> row;
        private long chars;

        Rows(List<CsvReader.Record> records) {
            this.records = records;
        }

        @Override
        public void startRow(int rowNum) {
            if (records.size() >= maxRows) {
                throw new Stop(new CsvProblem(rowNum + 1L, "more than " + (maxRows - 1) + " rows; split the file"));
            }
            row = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            if (row.stream().anyMatch(c -> !c.isBlank())) {
                records.add(new CsvReader.Record(rowNum + 1L, List.copyOf(row)));
            }
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            if (reference == null || value == null) {
                return;
            }
            CellReference ref = new CellReference(reference);
            int column = ref.getCol();
            if (column >= MAX_COLUMNS) {
                throw new Stop(new CsvProblem(ref.getRow() + 1L, "more than " + MAX_COLUMNS + " columns"));
            }
            if (value.length() > maxCellChars) {
                throw new Stop(new CsvProblem(ref.getRow() + 1L, "cell " + reference + " has " + value.length()
                        + " characters; the limit is " + maxCellChars));
            }
            chars += value.length();
            while (row.size() < column) {
                row.add("");
            }
            row.add(value);
        }
    }
}
