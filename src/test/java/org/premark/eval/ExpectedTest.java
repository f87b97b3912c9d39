package org.premark.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.premark.csv.CsvException;

class ExpectedTest {

    private static final Expected A = new Expected("a", "trotsky-lost", 5, "Level 3", "lenin-cult",
            "general-secretary-appointments;trotsky-mistakes", "");
    private static final Expected B = new Expected("b", "trotsky-lost", 2, "Level 2", "", "lenin-cult",
            "too-short;needs-review");

    @Test
    void writesAndReadsBackTheSameRows(@TempDir Path dir) throws Exception {
        String text = Expected.write(List.of(A, B));
        assertTrue(text.startsWith("id,question,mark,level,explained,identified,flags\n"), text);
        Path file = dir.resolve("x.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        assertEquals(List.of(A, B), Expected.read(file));
        assertEquals(text, Expected.write(Expected.read(file)), "same rows, same bytes");
    }

    @Test
    void comparesFieldByFieldAndNamesMissingAndExtraAnswers() {
        Expected changed = new Expected("a", "trotsky-lost", 4, "Level 3", "lenin-cult",
                "general-secretary-appointments", "needs-review");
        Expected extra = new Expected("c", "trotsky-lost", 0, "Level 0", "", "", "");
        List<Expected.Difference> diffs = Expected.compare(List.of(A, B), List.of(changed, extra));
        assertEquals(List.of(
                new Expected.Difference("a", "mark", "5", "4"),
                new Expected.Difference("a", "identified", "general-secretary-appointments;trotsky-mistakes",
                        "general-secretary-appointments"),
                new Expected.Difference("a", "flags", "", "needs-review"),
                new Expected.Difference("b", "answer", "present", "missing"),
                new Expected.Difference("c", "answer", "missing", "present")), diffs);
        assertEquals("a mark: expected '5', got '4'", diffs.get(0).toString());
        assertTrue(Expected.compare(List.of(A, B), List.of(A, B)).isEmpty());
    }

    @Test
    void aBadRowIsAnErrorWithItsLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("x.csv");
        Files.writeString(file, "id,question,mark,level,explained,identified,flags\na,q,five,L,,,\n",
                StandardCharsets.UTF_8);
        CsvException e = assertThrows(CsvException.class, () -> Expected.read(file));
        assertEquals("line 2: mark 'five' is not a whole number", e.problem().toString());
    }
}
