package org.premark.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.premark.text.CasedWords;
import org.premark.text.TextNormalizerRules;

/** The normalising annotator over the real models: sentences come out as meant, offsets into the answer as sent. */
class AnnotatorNormalizingIT {

    private static final CasedWords WORDS = CasedWords.learn(List.of(
            "After the death of Lenin, Trotsky and Stalin fought. The Red Army was led by Trotsky."));
    private static final AnnotatorNormalizing ANNOTATOR =
            new AnnotatorNormalizing(AnnotatorME.load(), new TextNormalizerRules(WORDS),
                    org.premark.lang.Lexicon.english());

    private static List<String> sentences(String answer) {
        List<Sentence> sentences = ANNOTATOR.annotate(answer);
        for (Sentence s : sentences) {
            assertEquals(answer.substring(s.start(), s.end()), s.text(), "span of sentence " + s.index());
            for (Token t : s.tokens()) {
                assertEquals(answer.substring(t.start(), t.end()), t.text(), "span of token " + t.text());
            }
        }
        return sentences.stream().map(Sentence::text).toList();
    }

    @Test
    void gluedSentencesAndInlineListsComeApart() {
        assertEquals(List.of("The water boils.", "The steam rises", "It cools on the lid."),
                sentences("1. The water boils.2. The steam rises3. It cools on the lid."));
        assertEquals(List.of("The water crosses the wall", "Heat moves by conduction."),
                sentences("The water crosses the wallHeat moves by conduction."));
    }

    @Test
    void capitalsKeepTheirOffsetsAndGetVerbs() {
        List<Sentence> s = ANNOTATOR.annotate("TROTSKY WAS ILL. HE MISSED THE FUNERAL SO STALIN LOOKED LOYAL.");
        assertEquals(2, s.size());
        assertEquals("HE MISSED THE FUNERAL SO STALIN LOOKED LOYAL.", s.get(1).text());
        assertEquals("VERB", s.get(1).tokens().get(1).pos());
        assertEquals("miss", s.get(1).tokens().get(1).lemma());
    }

    @Test
    void runOnsAreCutAtOpenersAndNewSubjects() {
        assertEquals(List.of("trotsky missed lenin's funeral", "stalin gave the speech at the funeral"),
                sentences("trotsky missed lenin's funeral stalin gave the speech at the funeral"));
        assertEquals(List.of("the water boils in the pan", "then the steam rises to the lid",
                        "another reason is that the lid is cold"),
                sentences("the water boils in the pan then the steam rises to the lid another reason is that the lid is cold"));
    }

    @Test
    void punctuatedSentencesAreNotCut() {
        assertEquals(List.of("Stalin told people he was Lenin's true heir, and they believed him."),
                sentences("Stalin told people he was Lenin's true heir, and they believed him."));
    }
}
