package org.premark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The mark and eval commands end to end, with the real corpus, rubrics and models. */
class MarkAndEvalCommandIT {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Cli.standard().run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void markTextPrintsTheJsonResult() throws Exception {
        assertEquals(0, run("mark", "--rubric", "trotsky-lost", "--text", "Trotsky was a Menshevik until 1917."));
        JsonNode json = Json.MAPPER.readTree(stdout());
        assertEquals("trotsky-lost", json.get("rubricId").asString());
        assertEquals(2, json.get("mark").asInt());
        assertEquals(10, json.get("points").size());
    }

    @Test
    void unknownRubricNamesTheKnownOnes() {
        assertEquals(2, run("mark", "--rubric", "nope", "--text", "x"));
        assertTrue(stderr().contains("unknown rubric 'nope'") && stderr().contains("trotsky-lost"), stderr());
    }

    @Test
    void batchWritesTheCsvInOrderAndReportsBadRowsByLine() throws Exception {
        Path in = dir.resolve("class.csv");
        Files.writeString(in, "id,answer,name\n"
                + "s1,\"Stalin was General Secretary, so he appointed his supporters,\nand they voted for him.\",Ann\n"
                + ",no id here,Bob\n"
                + "s2,Trotsky was ill.,Cy\n", StandardCharsets.UTF_8);
        Path outFile = dir.resolve("marks.csv");
        assertEquals(1, run("mark", "--rubric", "trotsky-lost", "--answers", in.toString(), "--out", outFile.toString()));
        List<String> lines = Files.readAllLines(outFile);
        assertEquals("id,mark,level,explained,identified,missing,flags", lines.get(0));
        assertTrue(lines.get(1).startsWith("s1,4,Level 3,general-secretary-appointments,,"), lines.get(1));
        assertTrue(lines.get(2).startsWith("s2,2,Level 2,,trotsky-mistakes,"), lines.get(2));
        assertEquals(3, lines.size());
        assertTrue(stderr().contains("line 4: empty id"), stderr());
    }

    @Test
    void batchToJsonAndAMalformedFileWritesNothing() throws Exception {
        Path in = dir.resolve("class.csv");
        Files.writeString(in, "id,answer\na,Trotsky was arrogant.\n", StandardCharsets.UTF_8);
        Path json = dir.resolve("marks.json");
        assertEquals(0, run("mark", "--rubric", "trotsky-lost", "--answers", in.toString(), "--out", json.toString()));
        JsonNode items = Json.MAPPER.readTree(Files.readString(json));
        assertEquals("a", items.get(0).get("id").asString());
        assertEquals(2, items.get(0).get("line").asInt());

        Path bad = dir.resolve("bad.csv");
        Files.write(bad, new byte[] {'i', 'd', ',', 'a', 'n', 's', 'w', 'e', 'r', '\n', '1', ',', (byte) 0xE9, '\n'});
        Path none = dir.resolve("none.csv");
        assertEquals(1, run("mark", "--rubric", "trotsky-lost", "--answers", bad.toString(), "--out", none.toString()));
        assertTrue(stderr().contains("line 2") && stderr().contains("not UTF-8"), stderr());
        assertFalse(Files.exists(none));
    }

    @Test
    void evalPrintsTheFiguresAndFailsBelowABar() throws Exception {
        Path gold = dir.resolve("gold.csv");
        Files.writeString(gold, "id,question,mark,explained,identified,answer\n"
                + "g1,trotsky-lost,2,,trotsky-menshevik,Trotsky was a Menshevik until 1917.\n"
                + "g2,trotsky-lost,4,general-secretary-appointments,,\"Stalin was General Secretary, so he appointed"
                + " his supporters and they voted for him at the Congress.\"\n"
                + "g3,trotsky-lost,x,,,bad mark row\n", StandardCharsets.UTF_8);
        assertEquals(0, run("eval", "--answers", gold.toString(), "--min-qwk", "0.5"));
        assertTrue(stdout().contains("QWK") && stdout().contains("confusion") && stdout().contains("credited"), stdout());
        assertTrue(stderr().contains("line 4: mark 'x' is not a whole number"), stderr());
        Path wrong = dir.resolve("wrong.csv");
        Files.writeString(wrong, "id,question,mark,answer\nw1,trotsky-lost,6,Trotsky was a Menshevik until 1917.\n"
                + "w2,trotsky-lost,0,\"Stalin was General Secretary, so he appointed his supporters.\"\n",
                StandardCharsets.UTF_8);
        assertEquals(1, run("eval", "--answers", wrong.toString(), "--min-qwk", "0.85"));
        assertTrue(stdout().contains("FAIL QWK"), stdout());
    }
}
