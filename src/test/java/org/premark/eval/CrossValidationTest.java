package org.premark.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.premark.marking.MarkResult;

class CrossValidationTest {

    private static final int[] GOLD = {0, 2, 4, 6};

    /** Four answers on each of q1..q3 with gold marks 0, 2, 4, 6 and premark's marks per question. */
    private static List<Scored> marked(int[] q1, int[] q2, int[] q3) {
        List<Scored> out = new ArrayList<>();
        int[][] byQuestion = {q1, q2, q3};
        for (int q = 0; q < 3; q++) {
            for (int i = 0; i < 4; i++) {
                String rubric = "q" + (q + 1);
                GoldAnswer g = new GoldAnswer(rubric + "-" + i, rubric, GOLD[i], Set.of(), Set.of(), "text", 2 + 4 * q + i);
                out.add(new Scored(g, new MarkResult(rubric, byQuestion[q][i], 6, "L", List.of(), List.of(), List.of(),
                        List.of(), 1, 0.5)));
            }
        }
        return out;
    }

    private static Map<String, List<Scored>> grid() {
        Map<String, List<Scored>> grid = new LinkedHashMap<>();
        int[] exact = GOLD;
        int[] reversed = {6, 4, 2, 0};
        int[] close = {1, 2, 4, 5};
        grid.put("A", marked(exact, exact, reversed));
        grid.put("B", marked(close, close, exact));
        return grid;
    }

    @Test
    void eachQuestionGetsTheSettingBestOnTheOthers() {
        CrossValidation cv = CrossValidation.run(grid());
        // Leaving q1 or q2 out, B (close on one, exact on q3) beats A (reversed on q3); leaving q3 out, A is exact.
        assertEquals(Map.of("q1", "B", "q2", "B", "q3", "A"), cv.chosen());
        assertEquals(12, cv.heldOut().overall().answers());
        // q3 held out is marked by A, which reverses it: the fold shows what choosing on the others costs.
        assertTrue(cv.heldOut().perQuestion().get("q3").qwk() < 0, "q3 " + cv.heldOut().perQuestion().get("q3"));
        assertEquals("B", cv.bestOnAll());
        assertEquals(Evaluator.report(grid().get("B")).overall(), cv.allData().overall());
        assertTrue(cv.heldOut().overall().qwk() < cv.allData().overall().qwk());
    }

    @Test
    void tiesGoToTheEarlierSettingAndThePrintNamesTheChoices() {
        Map<String, List<Scored>> grid = new LinkedHashMap<>();
        grid.put("x=1", marked(GOLD, GOLD, GOLD));
        grid.put("x=2", marked(GOLD, GOLD, GOLD));
        CrossValidation cv = CrossValidation.run(grid);
        assertEquals(Map.of("q1", "x=1", "q2", "x=1", "q3", "x=1"), cv.chosen());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        cv.print(new PrintStream(out, true, StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("held-out") && text.lines().anyMatch(l -> l.startsWith("q2") && l.contains("x=1")),
                text);
    }

    @Test
    void needsTwoQuestionsAndTheSameAnswersUnderEverySetting() {
        Map<String, List<Scored>> one = new LinkedHashMap<>();
        one.put("a", marked(GOLD, GOLD, GOLD).subList(0, 4));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CrossValidation.run(one)).getMessage()
                .contains("two or more questions"));
        Map<String, List<Scored>> uneven = new LinkedHashMap<>();
        uneven.put("a", marked(GOLD, GOLD, GOLD));
        uneven.put("b", marked(GOLD, GOLD, GOLD).subList(0, 8));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CrossValidation.run(uneven)).getMessage()
                .contains("setting b marked 8 answers, not 12"));
    }
}
