package org.premark.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    private static final List<String> REQUIRED = List.of("id", "answer");
    private final CsvReader reader = new CsvReader(10_000, 100, 500);

    private CsvTable read(String text) throws CsvException {
        return reader.read(text.getBytes(StandardCharsets.UTF_8), REQUIRED);
    }

    @Test
    void readsQuotedMultiLineAnswersWithTheLineEachRowStartsOn() throws CsvException {
        CsvTable t = read("id,answer,extra\r\na1,\"He said \"\"no\"\", then left.\nSecond line, with comma\",x\r\na2,plain,y\r\n");
        assertEquals(2, t.rows().size());
        assertEquals("He said \"no\", then left.\nSecond line, with comma", t.rows().get(0).get("answer"));
        assertEquals(2, t.rows().get(0).line());
        assertEquals(4, t.rows().get(1).line());
        assertEquals("plain", t.rows().get(1).get("answer"));
        assertTrue(t.skipped().isEmpty());
    }

    @Test
    void stripsUtf8ByteOrderMarkAndMatchesHeaderCaseInsensitively() throws CsvException {
        byte[] body = "ID,Answer\nx,Trotsky was arrogant.\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        CsvTable t = reader.read(withBom, REQUIRED);
        assertEquals("x", t.rows().get(0).get("id"));
        assertEquals("Trotsky was arrogant.", t.rows().get(0).get("answer"));
    }

    @Test
    void missingColumnIsAWholeFileErrorNamingTheColumnAndLine() {
        CsvException e = assertThrows(CsvException.class, () -> read("id,text\n1,hello\n"));
        assertEquals(1, e.problem().line());
        assertTrue(e.getMessage().contains("missing column answer"), e.getMessage());
    }

    @Test
    void emptyAndBlankFilesAreRejected() {
        assertTrue(assertThrows(CsvException.class, () -> read("")).getMessage().contains("empty"));
        assertTrue(assertThrows(CsvException.class, () -> read("  \n\n")).getMessage().contains("empty"));
    }

    @Test
    void binaryFileIsRejected() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13};
        CsvException e = assertThrows(CsvException.class, () -> reader.read(png, REQUIRED));
        assertTrue(e.getMessage().contains("binary"), e.getMessage());
    }

    @Test
    void excelsWindows1252CsvIsReadAndSaysSo() throws CsvException {
        byte[] cp1252 = "id,answer\n1,ok\n2,caf\u00e9 \u2013 \u201cquoted\u201d\n".getBytes(Decoded.WINDOWS_1252);
        CsvTable t = reader.read(cp1252, REQUIRED);
        assertEquals("caf\u00e9 \u2013 \u201cquoted\u201d", t.rows().get(1).get("answer"));
        assertEquals("Windows-1252, comma-separated", t.readAs());
    }

    @Test
    void bytesThatAreNeitherUtf8NorWindows1252NameTheLine() {
        byte[] bad = {'i', 'd', ',', 'a', 'n', 's', 'w', 'e', 'r', '\n', '1', ',', 'o', 'k', '\n', '2', ',', (byte) 0x81};
        CsvException e = assertThrows(CsvException.class, () -> reader.read(bad, REQUIRED));
        assertEquals(3, e.problem().line());
        assertTrue(e.getMessage().contains("neither UTF-8 nor Windows-1252"), e.getMessage());
    }

    @Test
    void utf16UnicodeTextFromExcelIsReadAsTabSeparatedNotCalledBinary() throws CsvException {
        String text = "id\tanswer\r\nA\u00efcha\tStalin was General Secretary; he \u201cappointed\u201d allies.\r\n";
        byte[] le = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE);
        CsvTable t = reader.read(le, REQUIRED);
        assertEquals("A\u00efcha", t.rows().get(0).get("id"));
        assertEquals("Stalin was General Secretary; he \u201cappointed\u201d allies.", t.rows().get(0).get("answer"));
        assertEquals("UTF-16LE, tab-separated", t.readAs());
        CsvTable noBom = reader.read(text.getBytes(StandardCharsets.UTF_16BE), REQUIRED);
        assertEquals("UTF-16BE, tab-separated", noBom.readAs());
        assertEquals(1, noBom.rows().size());
    }

    @Test
    void semicolonSeparatedFilesAreDetectedFromTheHeader() throws CsvException {
        CsvTable t = read("id;answer\ns1;\"Trotsky was ill, so he missed Lenin's funeral.\"\ns2;Stalin, the Secretary\n");
        assertEquals("semicolon", t.separator());
        assertEquals("Trotsky was ill, so he missed Lenin's funeral.", t.rows().get(0).get("answer"));
        assertEquals("Stalin, the Secretary", t.rows().get(1).get("answer"));
        CsvTable hinted = read("sep=;\nid;answer\ns1;x\n");
        assertEquals(2, hinted.rows().get(0).line() - 1);
        assertEquals("x", hinted.rows().get(0).get("answer"));
    }

    @Test
    void columnsAreChosenByHeaderAndOthersIgnored() throws CsvException {
        CsvTable t = reader.read(("Timestamp,Email Address,Why did Trotsky lose? ,Score\n"
                + "2025/01/01,a@school.org,He was arrogant.,\n").getBytes(StandardCharsets.UTF_8),
                List.of("email address", "why did trotsky lose?"), "Email Address");
        assertEquals("a@school.org", t.rows().get(0).get("email address"));
        assertEquals("He was arrogant.", t.rows().get(0).get("why did trotsky lose?"));
    }

    @Test
    void aStrayQuoteNamesTheLineTheQuotedFieldStartsOnInWords() {
        CsvException e = assertThrows(CsvException.class,
                () -> read("id,answer\n1,fine\n2,\"He said \"no\" and\nleft\"\n3,x\n"));
        assertEquals(3, e.problem().line());
        assertTrue(e.getMessage().contains("a quoted field that starts on this line has text after its closing quote"),
                e.getMessage());
        assertTrue(!e.getMessage().contains("org.apache"), e.getMessage());
    }

    @Test
    void unclosedQuoteIsMalformedWithALineNumber() {
        CsvException e = assertThrows(CsvException.class, () -> read("id,answer\n1,\"never closed\n2,x\n"));
        assertEquals(2, e.problem().line(), e.getMessage());
        assertTrue(e.getMessage().contains("never closed"), e.getMessage());
    }

    @Test
    void badRowsAreSkippedAndReportedWithoutSinkingTheBatch() throws CsvException {
        CsvTable t = read("id,answer\n1,good\n,no id\n1,duplicate\n3\n4,too,many\n5,also good\n");
        assertEquals(List.of("1", "5"), t.rows().stream().map(r -> r.get("id")).toList());
        assertEquals(List.of(3L, 4L, 5L, 6L), t.skipped().stream().map(CsvProblem::line).toList());
        assertTrue(t.skipped().get(1).message().contains("duplicate id '1'"));
    }

    @Test
    void overlongCellIsSkippedWithItsLength() throws CsvException {
        CsvTable t = read("id,answer\n1," + "a".repeat(501) + "\n2,ok\n");
        assertEquals(1, t.rows().size());
        assertTrue(t.skipped().get(0).message().contains("501 characters"), t.skipped().get(0).message());
    }

    @Test
    void tooManyBytesIsRejectedBeforeParsing() {
        CsvException e = assertThrows(CsvException.class,
                () -> reader.read(("id,answer\n" + "1,x\n".repeat(5000)).getBytes(StandardCharsets.UTF_8), REQUIRED));
        assertTrue(e.getMessage().contains("limit"), e.getMessage());
    }
}
