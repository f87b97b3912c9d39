package org.premark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The mark and eval commands end to end, with the real corpus, rubrics and models. */
class MarkAndEvalCommandIT {

    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    private List<CSVRecord> csv(Path file) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"), "a BOM, as the web export has");
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords();
    }

    @Test
    void markTextPrintsAReadableSummaryAndJsonOnRequest() throws Exception {
        assertEquals(0, cli.run("mark", "--rubric", "trotsky-lost", "--text", "Trotsky was a Menshevik until 1917."));
        assertTrue(cli.stdout().startsWith("Why did Trotsky lose"), cli.stdout());
        assertTrue(cli.stdout().contains("Mark: 2/6 (Level 2)"), cli.stdout());
        assertTrue(cli.stdout().contains("identified  Trotsky's Menshevik past"), cli.stdout());
        assertTrue(cli.stdout().contains("What to do next:"), cli.stdout());
        cli.clear();
        assertEquals(0, cli.run("mark", "--rubric", "trotsky-lost", "--text", "Trotsky was a Menshevik until 1917.", "--json"));
        JsonNode json = Json.MAPPER.readTree(cli.stdout());
        assertEquals("trotsky-lost", json.get("rubricId").asString());
        assertEquals(2, json.get("mark").asInt());
        assertEquals(10, json.get("points").size());
    }

    @Test
    void unknownRubricNamesTheKnownOnes() {
        assertEquals(2, cli.run("mark", "--rubric", "nope", "--text", "x"));
        assertTrue(cli.stderr().contains("unknown rubric 'nope'") && cli.stderr().contains("trotsky-lost"), cli.stderr());
    }

    @Test
    void batchWritesTheCsvInOrderAndReportsBadRowsByLine() throws Exception {
        Path in = dir.resolve("class.csv");
        Files.writeString(in, "id,answer,name\n"
                + "s1,\"Stalin was General Secretary, so he appointed his supporters,\nand they voted for him.\",Ann\n"
                + ",no id here,Bob\n"
                + "s2,Trotsky was ill.,Cy\n", StandardCharsets.UTF_8);
        Path outFile = dir.resolve("marks.csv");
        assertEquals(1, cli.run("mark", "--rubric", "trotsky-lost", "--answers", in.toString(), "--out", outFile.toString()));
        List<CSVRecord> rows = csv(outFile);
        assertEquals(org.premark.csv.MarksCsv.COLUMNS, rows.get(0).getParser().getHeaderNames());
        assertEquals(List.of("s1", "4", "6", "Level 3", "4", "Level 3", "no"), rows.get(0).toList().subList(0, 7));
        assertEquals("General Secretary appointments", rows.get(0).get("explained"));
        assertEquals(List.of("s2", "2", "6", "Level 2"), rows.get(1).toList().subList(0, 4));
        assertEquals("Trotsky's own mistakes", rows.get(1).get("identified"));
        assertEquals("Trotsky was ill.", rows.get(1).get("answer"));
        assertEquals(2, rows.size());
        assertTrue(cli.stderr().contains("line 4: empty id"), cli.stderr());
    }

    @Test
    void batchToJsonAndAMalformedFileWritesNothing() throws Exception {
        Path in = dir.resolve("class.csv");
        Files.writeString(in, "id,answer\na,Trotsky was arrogant.\n", StandardCharsets.UTF_8);
        Path json = dir.resolve("marks.json");
        assertEquals(0, cli.run("mark", "--rubric", "trotsky-lost", "--answers", in.toString(), "--out", json.toString()));
        JsonNode items = Json.MAPPER.readTree(Files.readString(json));
        assertEquals("a", items.get(0).get("id").asString());
        assertEquals(2, items.get(0).get("line").asInt());

        Path bad = dir.resolve("bad.csv");
        Files.write(bad, new byte[] {'i', 'd', ',', 'a', 'n', 's', 'w', 'e', 'r', '\n', '1', ',', (byte) 0x81, '\n'});
        Path none = dir.resolve("none.csv");
        assertEquals(1, cli.run("mark", "--rubric", "trotsky-lost", "--answers", bad.toString(), "--out", none.toString()));
        assertTrue(cli.stderr().contains("line 2") && cli.stderr().contains("neither UTF-8 nor Windows-1252"), cli.stderr());
        assertFalse(Files.exists(none));
    }

    @Test
    void aFormExportInWindows1252WithSemicolonsIsReadByChosenColumnsAndWrittenWithoutLiveFormulas() throws Exception {
        Path in = dir.resolve("moodle.csv");
        Files.write(in, ("Horodateur;Utilisateur;Réponse 1\r\n"
                + "2025-03-04;\"s1;=1+1\";\"Stalin was General Secretary, so he appointed his supporters – they"
                + " voted for him.\"\r\n"
                + "2025-03-04;\"=HYPERLINK(\"\"x\"\")\";\"Trotsky was arrogant; -1+1 @SUM(1)\"\r\n")
                .getBytes(java.nio.charset.Charset.forName("windows-1252")));
        Path outFile = dir.resolve("marks.csv");
        assertEquals(0, cli.run("mark", "--rubric", "trotsky-lost", "--answers", in.toString(), "--id-column",
                "Utilisateur", "--answer-column", "réponse 1", "--out", outFile.toString()), cli.stderr());
        assertTrue(cli.stderr().contains("as Windows-1252, semicolon-separated"), cli.stderr());
        List<CSVRecord> rows = csv(outFile);
        assertEquals("s1;'=1+1", rows.get(0).get("id"));
        assertTrue(rows.get(0).get("answer").contains("supporters – they"), rows.get(0).get("answer"));
        assertEquals("'=HYPERLINK(\"x\")", rows.get(1).get("id"));
        assertEquals("Trotsky was arrogant; '-1+1 @SUM(1)", rows.get(1).get("answer"));
        // Opened in a comma or a semicolon spreadsheet (which honours quotes only at the start of a field), no cell
        // starts a formula.
        String raw = Files.readString(outFile, StandardCharsets.UTF_8).substring(1);
        for (String line : raw.split("\r\n")) {
            for (String cell : line.split(";")) {
                String c = cell.replaceFirst("^\\s*\"*", "");
                assertFalse(!c.isEmpty() && "=+-@".indexOf(c.charAt(0)) >= 0, "semicolon cell " + cell);
            }
        }
        for (CSVRecord r : CSVFormat.RFC4180.parse(new StringReader(raw))) {
            for (String cell : r) {
                assertFalse(!cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0, "comma cell " + cell);
            }
        }
    }

    @Test
    void unknownColumnsAreNamedWithTheColumnsFound() {
        Path in = dir.resolve("c.csv");
        try {
            Files.writeString(in, "Student,Text\na,b\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertEquals(1, cli.run("mark", "--rubric", "trotsky-lost", "--answers", in.toString()));
        assertTrue(cli.stderr().contains("missing columns id, answer in the header row; found: student, text"), cli.stderr());
    }

    @Test
    void evalPrintsTheFiguresAndFailsBelowABar() throws Exception {
        Path gold = dir.resolve("gold.csv");
        Files.writeString(gold, "id,question,mark,explained,identified,answer\n"
                + "g1,trotsky-lost,2,,trotsky-menshevik,Trotsky was a Menshevik until 1917.\n"
                + "g2,trotsky-lost,4,general-secretary-appointments,,\"Stalin was General Secretary, so he appointed"
                + " his supporters and they voted for him at the Congress.\"\n"
                + "g3,trotsky-lost,x,,,bad mark row\n", StandardCharsets.UTF_8);
        assertEquals(0, cli.run("eval", "--answers", gold.toString(), "--min-qwk", "0.5"));
        assertTrue(cli.stdout().contains("QWK") && cli.stdout().contains("confusion") && cli.stdout().contains("credited"), cli.stdout());
        assertTrue(cli.stderr().contains("line 4: mark 'x' is not a whole number"), cli.stderr());
        Path wrong = dir.resolve("wrong.csv");
        Files.writeString(wrong, "id,question,mark,answer\nw1,trotsky-lost,6,Trotsky was a Menshevik until 1917.\n"
                + "w2,trotsky-lost,0,\"Stalin was General Secretary, so he appointed his supporters.\"\n",
                StandardCharsets.UTF_8);
        assertEquals(1, cli.run("eval", "--answers", wrong.toString(), "--min-qwk", "0.85"));
        assertTrue(cli.stdout().contains("FAIL QWK"), cli.stdout());
    }
}
