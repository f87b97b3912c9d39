package org.premark.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.premark.marking.Evidence;
import org.premark.marking.MarkResult;
import org.premark.marking.OtherReason;
import org.premark.marking.PointResult;
import org.premark.marking.PointStatus;
import org.premark.marking.Span;

class MarksCsvOtherReasonTest {

    static final PointResult TAXES = new PointResult("taxes", "Heavy taxes", PointStatus.IDENTIFIED,
            List.of(new Span(0, 20, "the king taxed wool")), null, 0.9);
    static final OtherReason PLAGUE = new OtherReason(new Span(22, 45, "a plague emptied farms"),
            new Span(46, 80, "so the lords turned on him"), List.of("plagu"),
            new Evidence("n.txt", "n.p1", "The plague", "The plague emptied the villages."));

    @Test
    void aCountedOtherReasonIsListedAmongTheExplainedPoints() {
        MarkResult r = new MarkResult("kings", 5, 6, "Level 3", List.of(TAXES), List.of(), List.of(), List.of(), 16,
                0.8, List.of(PLAGUE));
        assertEquals(List.of(MarkResult.OTHER_REASON_LABEL), r.explainedLabels());
        assertEquals(List.of(), r.explained(), "the rubric's own explained points are unchanged");
        String csv = MarksCsv.write(List.of(MarksCsv.Row.suggested("s1", "answer", r)));
        assertTrue(csv.contains(MarkResult.OTHER_REASON_LABEL), csv);
    }

    @Test
    void aResultStoredWithoutTheFieldReadsAsNone() {
        MarkResult r = new MarkResult("kings", 2, 6, "Level 2", List.of(TAXES), List.of(), List.of(), List.of(), 16,
                0.8, null);
        assertEquals(List.of(), r.otherReasons());
        assertEquals(List.of(), r.explainedLabels());
    }
}
