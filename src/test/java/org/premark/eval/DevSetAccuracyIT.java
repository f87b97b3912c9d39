package org.premark.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.premark.workspace.Workspace;

/**
 * The accuracy bar: the marker against the examiner on the repo's copy of the dev set, with the real notes
 * index, rubrics and OpenNLP models. Fails CI when agreement drops below the bars in the marking issue.
 */
class DevSetAccuracyIT {

    static final double MIN_QWK = 0.85;
    static final double MIN_WITHIN_ONE = 0.95;
    static final double MIN_POINT_F1 = 0.85;

    private static EvalReport report;

    @BeforeAll
    static void evaluate() throws Exception {
        Workspace workspace = Workspace.load(Path.of("corpus"), Path.of("rubrics"));
        List<GoldAnswer> gold = GoldSet.read(Path.of("src/test/resources/eval/dev-set.csv")).answers();
        report = new Evaluator(workspace.marker(), workspace.rubricLookup()).evaluate(gold);
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        report.print(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        System.out.println(buffer.toString(StandardCharsets.UTF_8));
    }

    @Test
    void quadraticWeightedKappaMeetsTheBar() {
        assertTrue(report.overall().qwk() >= MIN_QWK, "QWK " + report.overall().qwk() + " < " + MIN_QWK);
    }

    @Test
    void agreementWithinOneMarkMeetsTheBar() {
        assertTrue(report.overall().withinOne() >= MIN_WITHIN_ONE,
                "within-one " + report.overall().withinOne() + " < " + MIN_WITHIN_ONE);
    }

    @Test
    void creditedPointF1MeetsTheBar() {
        assertTrue(report.credited().f1() >= MIN_POINT_F1, "point F1 " + report.credited().f1() + " < " + MIN_POINT_F1);
    }
}
