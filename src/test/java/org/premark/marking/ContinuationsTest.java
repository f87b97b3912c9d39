package org.premark.marking;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.premark.claims.Claim;
import org.premark.rubric.RubricPoint;

/** Reasons for a medieval town's decline, written for these tests. */
class ContinuationsTest {

    private static final RubricPoint PLAGUE = point("plague");
    private static final RubricPoint RIVER = point("river");
    private static final RubricPoint TAXES = point("taxes");
    private static final Continuations RULE = new Continuations(List.of("this", "these", "because of this"),
            List.of("also", "another", "secondly"), 2, List.of("reason", "factor"));

    private final List<Claim> claims = new ArrayList<>();
    private final List<PointScore> best = new ArrayList<>();
    private final StringBuilder answer = new StringBuilder();

    private static RubricPoint point(String id) {
        return new RubricPoint(id, id, id + " hurt the town.", List.of(id), List.of(), List.of(), List.of());
    }

    /** Appends a clause to the answer; {@code separator} goes before it (" " or "\n"). */
    private ContinuationsTest clause(String separator, int sentence, RubricPoint point, String text) {
        if (!answer.isEmpty()) {
            answer.append(separator);
        }
        int start = answer.length();
        answer.append(text);
        claims.add(new Claim(claims.size(), sentence, text, start, answer.length(), List.of(), "", false, false));
        best.add(point == null ? null : new PointScore(point, 1.0, null));
        return this;
    }

    private boolean[] apply() {
        boolean[] credited = new boolean[claims.size()];
        for (int i = 0; i < credited.length; i++) {
            credited[i] = best.get(i) != null;
        }
        RULE.apply(answer.toString(), claims, best, credited);
        return credited;
    }

    @Test
    void aSentencePointingBackDevelopsTheReasonBeforeItNotANewOne() {
        clause("", 0, PLAGUE, "The plague killed half the weavers.");
        clause(" ", 1, null, "Their looms stood idle for years.");
        clause(" ", 2, TAXES, "This showed the guilds could no longer pay their dues,");
        clause(" ", 2, null, "so merchants moved away.");
        assertArrayEquals(new boolean[] {true, false, false, false}, apply(),
                "the dues are how the plague worked, not the point about taxes");
    }

    @Test
    void theSameReasonOrAnAnnouncedNewOneKeepsItsCredit() {
        clause("", 0, RIVER, "The river silted up.");
        clause(" ", 1, RIVER, "This meant ships could no longer reach the quay,");
        clause(" ", 1, TAXES, "another reason was the heavy taxes.");
        assertArrayEquals(new boolean[] {true, true, true}, apply());
    }

    @Test
    void withoutAReasonJustBeforeOrAcrossAParagraphTheSentenceKeepsItsPoint() {
        clause("", 0, null, "The town was once rich.");
        clause(" ", 1, TAXES, "This changed when the king raised taxes.");
        clause("\n", 2, PLAGUE, "The plague came in 1349.");
        clause("\n", 3, RIVER, "These years also saw the river silt up.");
        clause(" ", 4, null, "Trade moved to the coast.");
        clause(" ", 5, null, "Merchants left.");
        clause(" ", 6, TAXES, "Because of this the taxes fell on fewer people.");
        assertArrayEquals(new boolean[] {false, true, true, true, false, false, true}, apply(),
                "three sentences back is further than the rule looks");
    }

    @Test
    void onlyAnOpeningPhraseFollowedByASpaceOrCommaPointsBack() {
        assertTrue(RULE.pointsBack(new Claim(0, 0, "These men were rivals", 0, 21, List.of(), "", false, false)));
        assertTrue(RULE.pointsBack(new Claim(0, 0, "Because of this, trade fell", 0, 27, List.of(), "", false,
                false)));
        assertFalse(RULE.pointsBack(new Claim(0, 0, "Thistles grew on the quay", 0, 25, List.of(), "", false,
                false)));
        assertFalse(RULE.pointsBack(new Claim(0, 0, "The king saw this", 0, 17, List.of(), "", false, false)));
    }

    @Test
    void aParagraphThatAnnouncesItsReasonKeepsToItUntilAnotherIsOpened() {
        clause("", 0, PLAGUE, "Another reason was the plague.");
        clause(" ", 1, null, "Half the weavers died");
        clause(" ", 1, TAXES, "and the survivors could not pay the dues.");
        clause(" ", 2, PLAGUE, "The plague emptied the town.");
        clause(" ", 3, RIVER, "Secondly, the river silted up.");
        clause("\n", 4, TAXES, "Taxes rose in 1360.");
        clause(" ", 5, RIVER, "The river was blocked too.");
        assertArrayEquals(new boolean[] {true, false, false, true, true, true, true}, apply(),
                "the dues are the plague's detail; 'Secondly' opens a reason; the last paragraph announces nothing");
    }

    @Test
    void aSentenceLaterInAParagraphThatAnnouncesItsReasonKeepsTheNextOnesToIt() {
        clause("", 0, null, "The town had been rich for centuries.");
        clause(" ", 1, PLAGUE, "The main reason it declined was the plague.");
        clause(" ", 2, null, "Half the weavers died");
        clause(" ", 2, TAXES, "and the rest could not pay the dues.");
        clause(" ", 3, RIVER, "The river also silted up.");
        clause(" ", 4, TAXES, "Taxes rose as well.");
        assertArrayEquals(new boolean[] {false, true, false, false, true, true}, apply(),
                "the dues are the plague's detail; 'also' after the subject adds a reason and ends the plague's block");
    }

    @Test
    void aFirstSentenceOpeningWithANewReasonOpenerAnnouncesToo() {
        clause("", 0, RIVER, "Secondly, the river silted up.");
        clause(" ", 1, TAXES, "Ships paid high taxes elsewhere.");
        assertArrayEquals(new boolean[] {true, false}, apply());
    }

    @Test
    void aClauseRefersBackWhenItOpensByPointingBackOrHoldsAReferenceAnywhere() {
        Continuations rule = new Continuations(List.of("this"), List.of("also"), 2, List.of("reason"),
                List.of("like this"));
        assertTrue(rule.refersBack(new Claim(0, 0, "This ruined the weavers", 0, 23, List.of(), "", false, false)));
        assertTrue(rule.refersBack(new Claim(0, 0, "a town taxed like this, would empty", 0, 35, List.of(), "",
                false, false)));
        assertFalse(rule.refersBack(new Claim(0, 0, "the town was like thistle", 0, 25, List.of(), "", false,
                false)));
    }
}
