package org.premark.marking;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.premark.claims.Claim;
import org.premark.lang.Lexicon;

class RelevanceTest {

    private final Terms terms = new Terms(null, Lexicon.english());
    private final Relevance relevance = new Relevance(Lexicon.english(), MarkingSettings.defaults());
    private final List<String> question = terms.exactTerms("Why were the NKVD a feared organisation? [6]");

    private boolean general(String answer) {
        return relevance.general(question, List.of(terms.exactTerms(answer)), List.of(),
                new AnswerShape(answer.split(" ").length, 1, false));
    }

    @Test
    void aJudgementAboutTheQuestionsSubjectIsAGeneralAnswer() {
        assertTrue(general("The NKVD was very scary and people hated it"));
        assertTrue(general("People feared the NKVD organisation"));
    }

    @Test
    void aNeutralFactOrAnotherTopicIsNot() {
        assertFalse(general("The NKVD was created by Lenin in 1917 as the Cheka"));
        assertFalse(general("The Five Year Plans built new factories"));
    }

    private boolean restatesOnly(String answer, String connective) {
        Claim claim = new Claim(0, 0, answer, 0, answer.length(), List.of(), connective, !connective.isEmpty(), false);
        return relevance.restatesOnly(question, List.of(terms.exactTerms(answer)), List.of(claim));
    }

    @Test
    void anAnswerThatOnlyRepeatsTheQuestionRestatesIt() {
        assertTrue(restatesOnly("The NKVD was a feared organisation", ""));
        assertTrue(restatesOnly("The NKVD organisation was feared", ""), "the question's own 'feared' is no judgement");
    }

    @Test
    void aReasonOrAJudgementOfItsOwnIsNoMereRestatement() {
        assertFalse(restatesOnly("because the NKVD was a feared organisation", "because"),
                "any causal link is an attempt at a reason: a general answer");
        assertFalse(restatesOnly("The NKVD was a cruel feared organisation", ""));
        assertFalse(restatesOnly("The NKVD arrested people at night and sent them to camps", ""));
        assertFalse(relevance.restatesOnly(question, List.of(List.of()), List.of()), "an empty answer is not one");
    }
}
