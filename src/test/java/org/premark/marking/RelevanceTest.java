package org.premark.marking;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
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
}
