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
    void wrongEncodingNamesTheLine() {
        byte[] latin1 = "id,answer\n1,ok\n2,caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        CsvException e = assertThrows(CsvException.class, () -> reader.read(latin1, REQUIRED));
        assertEquals(3, e.problem().line());
        assertTrue(e.getMessage().contains("not UTF-8"), e.getMessage());
    }

    @Test
    void unclosedQuoteIsMalformedWithALineNumber() {
        CsvException e = assertThrows(CsvException.class, () -> read("id,answer\n1,\"never closed\n2,x\n"));
        assertTrue(e.problem().line() >= 2, e.getMessage());
        assertTrue(e.getMessage().contains("malformed"), e.getMessage());
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
