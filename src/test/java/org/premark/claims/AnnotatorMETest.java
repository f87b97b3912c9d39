package org.premark.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The token post-processing of {@link AnnotatorME}, without loading the models (see AnnotatorMEIT). */
class AnnotatorMETest {

    private static List<String> add(String text, String pos, String lemma) {
        List<Token> out = new ArrayList<>();
        AnnotatorME.addTokens(text, Words.plain(text), 0, text.length(), pos, lemma, out);
        for (Token t : out) {
            assertEquals(text.substring(t.start(), t.end()), t.text());
        }
        return out.stream().map(t -> t.text() + "/" + t.pos() + "/" + t.lemma()).toList();
    }

    @Test
    void combinedTagsAreSplitIntoWords() {
        assertEquals(List.of("did/AUX/do", "n't/PART/not"), add("didn't", "AUX+PART", "do+not"));
        assertEquals(List.of("Lenin/PROPN/lenin", "'s/PART/'s"), add("Lenin's", "PROPN+PART", "lenin+'s"));
        assertEquals(List.of("Lenin/PROPN/lenin", "\u2019s/PART/'s"), add("Lenin\u2019s", "PROPN+PART", "lenin+'s"));
        assertEquals(List.of("ca/AUX/can", "n't/PART/not"), add("can't", "AUX+PART", "can+not"));
        assertEquals(List.of("can/AUX/can", "not/PART/not"), add("cannot", "AUX+PART", "can+not"));
        assertEquals(List.of("gon/VERB/go", "na/PART/to"), add("gonna", "VERB+PART", "go+to"));
        assertEquals(List.of("did/AUX/do", "nt/PART/not"), add("didnt", "AUX+PART", "do+not"));
    }

    @Test
    void possessiveWithASingleTagIsSplitToo() {
        assertEquals(List.of("Stalin/PROPN/stalin", "'s/PART/'s"), add("Stalin's", "PROPN", "stalin's"));
        assertEquals(List.of("it's/PRON/it's"), add("it's", "PRON", "it's"));
    }

    @Test
    void missingLemmasFallBackToTheLowerCasedWord() {
        assertEquals(List.of("Trotsky/PROPN/trotsky"), add("Trotsky", "PROPN", "O"));
        assertEquals(List.of("Trotsky/PROPN/trotsky"), add("Trotsky", "PROPN", ""));
        assertEquals(List.of("Trotsky/PROPN/trotsky"), add("Trotsky", "PROPN", null));
        assertEquals(List.of("Congress/PROPN/congress"), add("Congress", "PROPN", "Congress"));
        // parts that cannot be cut keep the first tag and the word itself as lemma
        assertEquals(List.of("whatcha/PRON/whatcha"), add("whatcha", "PRON+AUX", "what+be"));
    }

    @Test
    void cutPoints() {
        assertEquals(3, AnnotatorME.cutPoint("didn't"));
        assertEquals(5, AnnotatorME.cutPoint("lenin's"));
        assertEquals(7, AnnotatorME.cutPoint("soviets'"));
        assertEquals(3, AnnotatorME.cutPoint("cannot"));
        assertEquals(-1, AnnotatorME.cutPoint("stalin"));
    }

    @Test
    void fullStopGluedToTheLastWordIsCutOff() {
        String text = "with Kamenev.";
        List<Token> tokens = new ArrayList<>(List.of(new Token("with", "with", "ADP", 0, 4),
                new Token("Kamenev.", "kamenev.", "PROPN", 5, 13)));
        AnnotatorME.splitFinalStop(text, tokens);
        assertEquals(List.of(new Token("with", "with", "ADP", 0, 4), new Token("Kamenev", "kamenev", "PROPN", 5, 12),
                new Token(".", ".", "PUNCT", 12, 13)), tokens);
        List<Token> abbreviation = new ArrayList<>(List.of(new Token("U.S.S.R.", "u.s.s.r.", "PROPN", 0, 8)));
        AnnotatorME.splitFinalStop("U.S.S.R.", abbreviation);
        assertEquals(1, abbreviation.size());
    }
}
