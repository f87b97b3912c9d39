package org.premark.rubric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12: a small rubric file of aliases must not expand into gigabytes of text. */
class RubricAliasBombTest {

    @TempDir
    Path dir;

    private static String rubric(String points) {
        return """
                id: bomb
                question: Why did Trotsky lose the power struggle?
                max_mark: 6
                scheme:
                  type: levels
                points:
                """ + points;
    }

    @Test
    void aScalarAliasBombIsRefusedWithAClearProblem() throws Exception {
        // 10 KB of text repeated through 3,000 aliases: 30 million characters from a 30 KB file.
        StringBuilder cues = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            cues.append(i == 0 ? "" : ", ").append("*big");
        }
        Path file = dir.resolve("bomb.yaml");
        Files.writeString(file, rubric("""
                  - id: p1
                    label: &big "%s"
                    description: *big
                    cues: [%s]
                    synonyms: []
                    examples: []
                """.formatted("word ".repeat(2000), cues)));
        assertTrue(Files.size(file) < 40_000);
        RubricException e = assertThrows(RubricException.class, () -> new RubricReaderYaml(null).read(file));
        assertEquals(1, e.problems().size(), e.problems().toString());
        String message = e.problems().get(0).message();
        assertTrue(message.contains("aliases") && message.contains("million characters"), message);
    }

    @Test
    void nestedListAliasesAreCountedAsTheyExpand() throws Exception {
        StringBuilder yaml = new StringBuilder("a0: &a0 [\"" + "x".repeat(100) + "\"]\n");
        for (int i = 1; i <= 12; i++) {
            String prev = "*a" + (i - 1);
            yaml.append("a").append(i).append(": &a").append(i).append(" [").append(prev).append(", ").append(prev)
                    .append(", ").append(prev).append(", ").append(prev).append("]\n");
        }
        Path file = dir.resolve("laughs.yaml");
        Files.writeString(file, yaml.toString());
        RubricException e = assertThrows(RubricException.class, () -> new RubricReaderYaml(null).read(file));
        assertTrue(e.problems().get(0).message().contains("million characters"), e.problems().toString());
    }
}
