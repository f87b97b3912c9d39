package org.premark.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.premark.csv.CsvException;

class GoldSetTest {

    @TempDir
    Path dir;

    private Path csv(String text) throws Exception {
        Path file = dir.resolve("set.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void readsOtherValidReasonsAndExaminerFlagsAndIgnoresOtherColumns() throws Exception {
        GoldSet set = GoldSet.read(csv("id,question,mark,explained,identified,other_valid,flags,why,answer\n"
                + "a,trotsky-lost,5,lenin-cult,,\"Illness, in 1923, kept him away (identified); Loss of the army post"
                + " (explained)\",narrative; long,because,Some answer.\n"
                + "b,trotsky-lost,2,,trotsky-menshevik,,,,Other answer.\n"));
        assertTrue(set.skipped().isEmpty(), set.skipped().toString());
        GoldAnswer a = set.answers().get(0);
        assertEquals(List.of("Illness, in 1923, kept him away (identified)", "Loss of the army post (explained)"),
                a.otherValid());
        assertEquals(Set.of("narrative", "long"), a.flags());
        assertEquals(Set.of("lenin-cult"), a.explained());
        assertTrue(a.labelled());
        GoldAnswer b = set.answers().get(1);
        assertTrue(b.otherValid().isEmpty() && b.flags().isEmpty());
        assertEquals(3, b.line());
    }

    @Test
    void theRepoSetsReadWithoutSkippedRows() throws Exception {
        GoldSet longSet = GoldSet.read(Path.of("src/test/resources/eval/long-dev-set.csv"));
        assertEquals(90, longSet.answers().size());
        assertTrue(longSet.skipped().isEmpty(), longSet.skipped().toString());
        assertEquals(9, longSet.answers().stream().filter(g -> !g.otherValid().isEmpty()).count());
        assertEquals(30, GoldSet.read(Path.of("src/test/resources/eval/dev-set.csv")).answers().size());
    }

    @Test
    void aSetWithoutQuestionOrPointColumnsTakesTheRubricGivenAndIsUnlabelled() throws Exception {
        GoldSet set = GoldSet.read(csv("id,mark,mark_second_rater,answer\n1,3,2,First.\n2,0,0,Second.\n"),
                "asap-cell-membrane");
        assertEquals(2, set.answers().size());
        GoldAnswer first = set.answers().get(0);
        assertEquals("asap-cell-membrane", first.rubricId());
        assertEquals(3, first.mark());
        assertFalse(first.labelled());
        assertTrue(first.explained().isEmpty() && first.identified().isEmpty());
    }

    @Test
    void withARubricGivenRowsOnAnotherQuestionAreSkippedByLine() throws Exception {
        GoldSet set = GoldSet.read(csv("id,question,mark,answer\na,trotsky-lost,2,X.\nb,nkvd-feared,2,Y.\n"),
                "trotsky-lost");
        assertEquals(1, set.answers().size());
        assertEquals("line 3: question 'nkvd-feared' is not the rubric trotsky-lost asked for",
                set.skipped().get(0).toString());
    }

    @Test
    void withoutARubricTheQuestionColumnIsRequired() throws Exception {
        CsvException e = assertThrows(CsvException.class, () -> GoldSet.read(csv("id,mark,answer\n1,2,X.\n")));
        assertTrue(e.problem().toString().contains("missing column question"), e.problem().toString());
    }

    @Test
    void aPointBothExplainedAndIdentifiedIsABadRow() throws Exception {
        GoldSet set = GoldSet.read(csv("id,question,mark,explained,identified,answer\n"
                + "a,trotsky-lost,4,lenin-cult,lenin-cult,X.\n"));
        assertTrue(set.answers().isEmpty());
        assertTrue(set.skipped().get(0).toString().startsWith("line 2: point lenin-cult is both"),
                set.skipped().toString());
    }
}
