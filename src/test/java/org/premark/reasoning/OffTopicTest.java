package org.premark.reasoning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.premark.rubric.Focus;

class OffTopicTest {

    /** "Why did King John lose the barons' support?": the answer must be about the king (or John). */
    static final Focus FOCUS = new Focus("the barons turned against the king",
            List.of("support", "turned against", "rebelled"), List.of("king", "John"));
    static final OffTopic RULE = new OffTopic(4, 0.2);

    static FocusMatcher matcher() {
        return new FocusMatcher(FOCUS, Clauses.terms("Why did King John lose the support of his barons?"),
                Clauses::terms, List.of("reason", "main", "lost", "lose"), 1);
    }

    /** Each claim's credited point: the given claim indexes earn "taxes", the rest nothing. */
    static List<String> points(Clauses c, int... credited) {
        List<String> out = new ArrayList<>(java.util.Collections.nCopies(c.claims.size(), (String) null));
        Arrays.stream(credited).forEach(i -> out.set(i, "taxes"));
        return out;
    }

    /** An answer about the abbey's builders, not the king: one clause happens to match a point's wording. */
    static final Clauses ABBEY = Clauses.of("|the monks of the abbey built a new church in stone", ".",
            "|they paid masons with money from heavy taxes on wool", ".", "|the bishop blessed the tower", ".",
            "|pilgrims came from far away to pray at the shrine", ".", "|the abbot wrote a chronicle of the building");

    @Test
    void aLongAnswerThatNeverNamesTheSubjectAndEarnsAPointInOneSentenceIsOffTopic() {
        OffTopic.Verdict v = RULE.decide(ABBEY.claims, ABBEY.terms, points(ABBEY, 1), false, matcher());
        assertTrue(v.offTopic());
        assertFalse(v.thin());
        assertEquals(5, v.sentences());
        assertEquals(1, v.onPoint());
        assertEquals(List.of(1), v.dropped());
        assertTrue(v.unsure(), "a point had matched, so the teacher should check the zero");
    }

    @Test
    void withNothingMatchedAndNoOutcomeNamedTheZeroIsSure() {
        OffTopic.Verdict v = RULE.decide(ABBEY.claims, ABBEY.terms, points(ABBEY), false, matcher());
        assertTrue(v.offTopic());
        assertFalse(v.unsure());
    }

    @Test
    void anAnswerThatNamesTheSubjectIsNeverZeroedButARareMatchIsSentToReview() {
        Clauses c = Clauses.of("|king John was often in France", ".", "|he collected heavy taxes", ".",
                "|his brother Richard had been on crusade", ".", "|the castle at Rochester was very tall", ".",
                "|the weather that year was wet");
        OffTopic.Verdict v = RULE.decide(c.claims, c.terms, points(c, 1), false, matcher());
        assertFalse(v.offTopic());
        assertTrue(v.thin());
        assertFalse(RULE.decide(c.claims, c.terms, points(c), false, matcher()).thin(),
                "an answer naming no point earns at most a general mark: nothing rests on one clause");
    }

    @Test
    void aWeakButRelevantAnswerIsKeptWhenSeveralSentencesEarnPoints() {
        // "He" for the king throughout, but three of five sentences are about the question's reasons.
        Clauses c = Clauses.of("|he raised heavy taxes", ".", "|he lost his lands in Normandy", ".",
                "|he quarrelled with the pope", ".", "|the harvest was poor", ".", "|many people were hungry");
        OffTopic.Verdict v = RULE.decide(c.claims, c.terms, points(c, 0, 1, 2), false, matcher());
        assertFalse(v.offTopic());
        assertFalse(v.thin());
    }

    @Test
    void anExplainedPointKeepsAnAnswerThatNamesTheSubjectOnTopic() {
        Clauses c = Clauses.of("|the king built a new church in stone", ".",
                "|he paid masons with money from heavy taxes on wool", ".", "|the bishop blessed the tower", ".",
                "|pilgrims came from far away to pray at the shrine", ".", "|the abbot wrote a chronicle");
        OffTopic.Verdict v = RULE.decide(c.claims, c.terms, points(c, 1), true, matcher(), QUESTION);
        assertFalse(v.offTopic());
        assertFalse(v.thin());
    }

    @Test
    void anExplanationDoesNotSaveAnAnswerThatNeverNamesTheSubject() {
        // One clause of the abbey story matched a point and its "so" reads as a link: still another question.
        OffTopic.Verdict v = RULE.decide(ABBEY.claims, ABBEY.terms, points(ABBEY, 1), true, matcher());
        assertTrue(v.offTopic());
        assertEquals(List.of(1), v.dropped());
        assertTrue(v.unsure());
    }

    /** The question's own terms. */
    static final List<String> QUESTION = Clauses.terms("Why did King John lose the support of his barons?");

    /** An answer on the king's crusade: it names the subject, earns no point and never says lose or barons. */
    static final Clauses CRUSADE = Clauses.of("|John sailed east with a small fleet", ".",
            "|he spent a winter in Sicily waiting for ships", ".", "|the king fought at Acre with great courage", ".",
            "|on the way home John was captured in Austria", ".", "|a ransom of silver was paid for him");

    @Test
    void anAnswerOnAnotherQuestionAboutTheSubjectIsOffTopicButUnsure() {
        OffTopic.Verdict v = RULE.decide(CRUSADE.claims, CRUSADE.terms, points(CRUSADE), false, matcher(), QUESTION);
        assertTrue(v.offTopic());
        assertTrue(v.onSubject());
        assertTrue(v.unsure(), "it names the subject, so the teacher checks the zero");
        // Without the question's terms the rule is not asked.
        assertFalse(RULE.decide(CRUSADE.claims, CRUSADE.terms, points(CRUSADE), false, matcher()).offTopic());
    }

    @Test
    void anAnswerOnTheSubjectThatRepeatsTheQuestionOrEarnsAPointIsNotZeroedThatWay() {
        // Waffle repeats the question's other words ("lose", "barons"): a general answer, not another question.
        Clauses waffle = Clauses.of("|John sailed east with a small fleet", ".",
                "|he spent a winter in Sicily", ".", "|the barons were angry with him", ".",
                "|so he began to lose their trust", ".", "|a ransom was paid for him");
        assertFalse(RULE.decide(waffle.claims, waffle.terms, points(waffle), false, matcher(), QUESTION)
                .offTopic());
        // A matched point keeps it on the question (at most thin).
        assertFalse(RULE.decide(CRUSADE.claims, CRUSADE.terms, points(CRUSADE, 4), false, matcher(), QUESTION)
                .offTopic());
    }

    @Test
    void aShortAnswerIsNeverOffTopic() {
        Clauses shortAnswer = Clauses.of("|the monks built a church", ".", "|they taxed the wool trade");
        assertFalse(RULE.decide(shortAnswer.claims, shortAnswer.terms, points(shortAnswer), false, matcher())
                .offTopic());
    }

    @Test
    void aRubricWithoutASubjectNeverZeroesAnAnswer() {
        FocusMatcher noSubject = new FocusMatcher(new Focus("the barons turned against the king", List.of("support")),
                List.of(), Clauses::terms, List.of(), 1);
        assertFalse(RULE.decide(ABBEY.claims, ABBEY.terms, points(ABBEY, 1), false, noSubject).offTopic());
    }

    @Test
    void aClauseThatNamesTheOutcomeMakesTheZeroUnsure() {
        Clauses c = Clauses.of("|the monks of the abbey built a new church", ".",
                "|the townspeople gave the abbey their support", ".", "|the bishop blessed the tower", ".",
                "|pilgrims came to pray at the shrine", ".", "|the abbot wrote a chronicle");
        OffTopic.Verdict v = RULE.decide(c.claims, c.terms, points(c), false, matcher());
        assertTrue(v.offTopic());
        assertTrue(v.reaches());
        assertTrue(v.unsure());
    }

    @Test
    void settingsAndVerdictsAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> new OffTopic(0, 0.2));
        assertThrows(IllegalArgumentException.class, () -> new OffTopic(4, 1.5));
        assertThrows(IllegalArgumentException.class, () -> new OffTopic.Verdict(true, true, 5, 1, List.of(), false));
        assertThrows(IllegalArgumentException.class, () -> new OffTopic.Verdict(false, false, 2, 3, List.of(), false));
        assertThrows(IllegalArgumentException.class, () -> new OffTopic.Verdict(false, false, 5, 0, List.of(), false,
                null, true));
    }
}
