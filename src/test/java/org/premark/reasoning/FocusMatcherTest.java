package org.premark.reasoning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.premark.rubric.Focus;

class FocusMatcherTest {

    static final Focus FOCUS = new Focus("the king lost his throne",
            List.of("support", "turned against", "rebelled", "too scared"));
    static final List<String> QUESTION = Clauses.terms("Why did the king lose his throne?");

    static FocusMatcher matcher() {
        return new FocusMatcher(FOCUS, QUESTION, Clauses::terms, List.of("reason", "main", "lost", "lose", "throne"), 1);
    }

    @Test
    void aClauseWithAFocusPhraseAndContentOfItsOwnReachesTheFocus() {
        assertTrue(matcher().reaches(Clauses.terms("the barons withdrew their support")));
        assertTrue(matcher().reaches(Clauses.terms("the peasants turned against the king")));
    }

    @Test
    void aPhraseMatchesInAnyOrderButNeedsAllItsWords() {
        assertTrue(matcher().names(Clauses.terms("against him the nobles turned")));
        assertFalse(matcher().names(Clauses.terms("the nobles turned up late")));
    }

    @Test
    void aBareTagThatOnlyRestatesTheQuestionDoesNotReachIt() {
        FocusMatcher m = new FocusMatcher(new Focus("the king lost his throne", List.of("lost", "support")),
                QUESTION, Clauses::terms, List.of("reason", "main", "lost", "lose", "throne"), 1);
        assertTrue(m.names(Clauses.terms("this is the main reason he lost")));
        assertFalse(m.reaches(Clauses.terms("this is the main reason he lost")));
        assertTrue(m.reaches(Clauses.terms("he lost the support of the army")));
    }

    @Test
    void theContentBeyondTheFocusLeavesOutTheFocusWordsTheClauseNames() {
        assertEquals(0, matcher().contentBeyondFocus(Clauses.terms("the reason the king was turned against")));
        assertEquals(1, matcher().contentBeyondFocus(Clauses.terms("the barons turned against him")));
        assertEquals(2, matcher().contentBeyondFocus(Clauses.terms("the homeless barons turned against him")));
        assertEquals(4, matcher().contentBeyondFocus(Clauses.terms("the barons turned up late")),
                "words of a phrase the clause does not name are content");
    }

    @Test
    void aClauseAboutSomethingElseDoesNotReachIt() {
        assertFalse(matcher().reaches(Clauses.terms("the queen arrived late at the coronation")));
    }

    @Test
    void withoutAFocusAnyClauseWithContentCounts() {
        FocusMatcher none = new FocusMatcher(Focus.NONE, QUESTION, Clauses::terms, List.of("reason"), 2);
        assertFalse(none.hasFocus());
        assertTrue(none.reaches(Clauses.terms("the barons withdrew their money")));
        assertFalse(none.reaches(Clauses.terms("the king lost")));
    }

    @Test
    void anAnswerThatNeverNamesTheSubjectIsNotedAndAnyAnswerPassesWithoutOne() {
        FocusMatcher m = new FocusMatcher(new Focus("the king lost his throne", List.of("support"), List.of("king", "crown")),
                QUESTION, Clauses::terms, List.of(), 1);
        assertTrue(m.namesSubject(Clauses.terms("the crown was in debt")));
        assertFalse(m.namesSubject(Clauses.terms("the bishop built a cathedral")));
        assertTrue(matcher().namesSubject(Clauses.terms("the bishop built a cathedral")));
    }

    @Test
    void aWordOfTheSameOutcomeGroupMatchesAFocusWordAndOnePhraseWordAtATime() {
        List<List<String>> groups = List.of(List.of("overthrow", "coup", "toppled"), List.of("scared", "terrified"));
        FocusMatcher m = new FocusMatcher(new Focus("the king lost his throne", List.of("overthrow", "too scared")),
                QUESTION, Clauses::terms, List.of("reason"), 1, groups);
        assertTrue(m.reaches(Clauses.terms("the guards had no chance to stage a coup")));
        assertTrue(m.reaches(Clauses.terms("the nobles were too terrified to act")));
        assertFalse(m.names(Clauses.terms("the nobles were terrified")), "the phrase still needs its other word");
        assertFalse(matcher().names(Clauses.terms("the guards had no chance to stage a coup")),
                "without the groups a coup is not the focus");
    }

    @Test
    void anAnswersMatcherAnswersAsTheSharedOneForItsClaimsAndOthers() {
        List<List<String>> claims = List.of(Clauses.terms("the barons withdrew their support"),
                Clauses.terms("the queen arrived late at the coronation"), Clauses.terms("this is the main reason"));
        FocusMatcher shared = matcher();
        FocusMatcher one = shared.forAnswer(claims);
        for (int round = 0; round < 2; round++) {
            for (List<String> c : claims) {
                assertEquals(shared.reaches(c), one.reaches(c), c.toString());
            }
        }
        List<String> other = Clauses.terms("the peasants turned against the king");
        assertTrue(one.reaches(other));
        assertEquals(shared.hasFocus(), one.hasFocus());
    }
}
