package org.premark.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import org.junit.jupiter.api.Test;

/** The real OpenNLP English models behind {@link AnnotatorME}. */
class AnnotatorMEIT {

    private static final Set<String> UPOS = Set.of("ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN",
            "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X");

    private static final AnnotatorME ANNOTATOR = AnnotatorME.load();

    /** Annotates and checks every span, tag and lemma against the text. */
    private static List<Sentence> annotate(String text) {
        List<Sentence> sentences = ANNOTATOR.annotate(text);
        int previousEnd = 0;
        for (Sentence s : sentences) {
            assertEquals(text.substring(s.start(), s.end()), s.text(), "sentence " + s.index());
            assertTrue(s.start() >= previousEnd, "sentences in order and apart");
            previousEnd = s.end();
            assertFalse(s.tokens().isEmpty(), "sentence " + s.index() + " has tokens");
            int tokenEnd = s.start();
            for (Token t : s.tokens()) {
                assertEquals(text.substring(t.start(), t.end()), t.text(), "token at " + t.start());
                assertTrue(t.start() >= tokenEnd, "tokens in order: " + t);
                tokenEnd = t.end();
                assertTrue(UPOS.contains(t.pos()), "UPOS tag: " + t);
                assertFalse(t.lemma().isBlank(), "lemma: " + t);
                assertEquals(t.lemma().toLowerCase(Locale.ROOT), t.lemma(), "lemma is lower case: " + t);
            }
        }
        return sentences;
    }

    private static List<String> texts(List<Sentence> sentences) {
        return sentences.stream().map(Sentence::text).toList();
    }

    private static Token token(List<Sentence> sentences, String text) {
        return sentences.stream().flatMap(s -> s.tokens().stream()).filter(t -> t.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no token '" + text + "' in " + sentences));
    }

    @Test
    void greedyLemmatizingGivesTheBeamSearchsLemmas() throws Exception {
        LemmatizerModel beam;
        try (var in = new java.io.BufferedInputStream(
                AnnotatorME.class.getResourceAsStream("/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin"))) {
            beam = new LemmatizerModel(in);
        }
        LemmatizerME withBeam = new LemmatizerME(beam);
        LemmatizerME greedy = new LemmatizerME(AnnotatorME.greedy(beam));
        for (Sentence s : AnnotatorME.load().annotate("Stalin was appointed General Secretary in 1922, so he"
                + " controlled promotions. The delegates owed their jobs to him and voted as he wanted. Trotsky's"
                + " supporters were expelled; Zinoviev and Kamenev were later executed after the show trials.")) {
            String[] words = s.tokens().stream().map(Token::text).toArray(String[]::new);
            String[] tags = s.tokens().stream().map(Token::pos).toArray(String[]::new);
            assertEquals(List.of(withBeam.lemmatize(words, tags)), List.of(greedy.lemmatize(words, tags)));
        }
    }

    @Test
    void aCamelCasedWordIsTaggedANounAndTheVerbAfterItAVerb() {
        // Shown as written, the tagger reads such a word as punctuation and the verb after it as a noun.
        List<Sentence> sentences = annotate("The xRay then travels through the body.");
        assertTrue(token(sentences, "xRay").noun(), sentences.toString());
        assertEquals("VERB", token(sentences, "travels").pos(), sentences.toString());
        assertEquals("xRay", token(sentences, "xRay").text(), "the token keeps its text");
    }

    @Test
    void loadIsShared() {
        assertSame(ANNOTATOR, AnnotatorME.load());
    }

    @Test
    void sentencesTokensTagsAndLemmas() {
        String text = "Trotsky stayed in the south. Stalin gave the speech at the funeral and the parties listened.";
        List<Sentence> sentences = annotate(text);
        assertEquals(List.of("Trotsky stayed in the south.",
                "Stalin gave the speech at the funeral and the parties listened."), texts(sentences));
        assertEquals(List.of(0, 1), sentences.stream().map(Sentence::index).toList());
        assertEquals(29, sentences.get(1).start());
        assertEquals("PROPN", token(sentences, "Stalin").pos());
        assertEquals("VERB", token(sentences, "gave").pos());
        assertEquals("give", token(sentences, "gave").lemma());
        assertEquals("party", token(sentences, "parties").lemma());
        assertEquals("CCONJ", token(sentences, "and").pos());
        assertEquals(".", sentences.get(0).tokens().get(sentences.get(0).tokens().size() - 1).text());
    }

    @Test
    void contractionsBecomeSeparateWords() {
        List<Sentence> sentences = annotate("Lenin's heir wasn\u2019t chosen and Trotsky didn't come.");
        assertEquals("lenin", token(sentences, "Lenin").lemma());
        assertEquals("'s", token(sentences, "'s").text());
        assertEquals("be", token(sentences, "was").lemma());
        assertEquals("not", token(sentences, "n\u2019t").lemma());
        assertEquals("PART", token(sentences, "n\u2019t").pos());
        assertEquals("do", token(sentences, "did").lemma());
    }

    @Test
    void lowerCaseRunOnWithoutFullStopsIsOneSentence() {
        String text = "stalin was in charge of the party jobs so he gave them to his friends and they voted for him";
        List<Sentence> sentences = annotate(text);
        assertEquals(1, sentences.size());
        assertEquals(text, sentences.get(0).text());
        assertEquals(20, sentences.get(0).tokens().size());
    }

    @Test
    void lineBreaksAndListMarkersEndSentences() {
        String text = "Reasons:\n- stalin ran the party machine\n\u2022 trotsky was ill & away\r\n2. Lenin died in 1924";
        List<Sentence> sentences = annotate(text);
        assertEquals(List.of("Reasons:", "stalin ran the party machine", "trotsky was ill & away",
                "Lenin died in 1924"), texts(sentences));
        assertEquals("&", token(sentences, "&").text());
    }

    @Test
    void blankAndSymbolOnlyTextHasNoSentences() {
        assertEquals(List.of(), annotate(""));
        assertEquals(List.of(), annotate("   \n\t \r\n"));
        assertEquals(List.of(), annotate("!!! ??? ... --"));
        assertEquals(List.of("1924 - 1929 ?"), texts(annotate("1924 - 1929 ?")));
    }

    @Test
    void badInputIsRejectedWithAClearMessage() {
        NullPointerException npe = assertThrows(NullPointerException.class, () -> ANNOTATOR.annotate(null));
        assertTrue(npe.getMessage().contains("text"), npe.getMessage());
        String huge = "a".repeat(AnnotatorME.MAX_TEXT_CHARS + 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ANNOTATOR.annotate(huge));
        assertTrue(e.getMessage().contains(String.valueOf(AnnotatorME.MAX_TEXT_CHARS)), e.getMessage());
    }

    @Test
    void fiveThousandWordRunOnIsCutIntoShortSentences() {
        String text = "stalin was clever and trotsky was proud so the party chose stalin ".repeat(417).trim();
        long start = System.nanoTime();
        List<Sentence> sentences = annotate(text);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(took.toSeconds() < 60, "took " + took);
        assertTrue(sentences.size() >= 5000 / AnnotatorME.MAX_SENTENCE_TOKENS, "sentences: " + sentences.size());
        int tokens = 0;
        for (Sentence s : sentences) {
            assertTrue(s.tokens().size() <= AnnotatorME.MAX_SENTENCE_TOKENS, "sentence " + s.index());
            tokens += s.tokens().size();
        }
        assertEquals(text.split(" ").length, tokens, "no word is lost between chunks");
    }

    @Test
    void concurrentCallsGiveTheSameResultsAsOneThread() throws Exception {
        List<String> answers = List.of(
                "Stalin used the Secretariat to promote loyal men, so the Congress backed him.",
                "trotsky didnt go back to moscow for the funeral & people thought he didnt care",
                "Because Lenin's Testament was kept secret, Stalin kept his job. This meant he could carry on.",
                "- Zinoviev and Kamenev feared Trotsky\n- they sided with Stalin",
                "Trotsky wasn\u2019t trusted; he had been a Menshevik until 1917.",
                "Stalin played his rivals off against each other, which meant none of them could stop him.");
        List<List<Sentence>> expected = answers.stream().map(ANNOTATOR::annotate).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<List<Sentence>>>> futures = new ArrayList<>();
            for (int thread = 0; thread < 8; thread++) {
                int shift = thread;
                futures.add(pool.submit(() -> {
                    List<List<Sentence>> results = new ArrayList<>();
                    for (int round = 0; round < 5; round++) {
                        for (int k = 0; k < answers.size(); k++) {
                            int i = (k + shift) % answers.size(); // threads work on different answers at once
                            results.add(ANNOTATOR.annotate(answers.get(i)));
                        }
                    }
                    return results;
                }));
            }
            for (int thread = 0; thread < futures.size(); thread++) {
                List<List<Sentence>> results = futures.get(thread).get();
                for (int r = 0; r < results.size(); r++) {
                    int i = (r % answers.size() + thread) % answers.size();
                    assertEquals(expected.get(i), results.get(r), "thread " + thread + " answer " + i);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
