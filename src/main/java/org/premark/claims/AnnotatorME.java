package org.premark.claims;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.lemmatizer.ThreadSafeLemmatizerME;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.ThreadSafePOSTaggerME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.premark.lang.Lexicon;
import org.premark.lang.WordList;

/**
 * The OpenNLP English pipeline: the UD English-EWT sentence, token, POS and lemma models (OpenNLP models
 * 1.3.0) read once from the classpath. POS tags are Universal Dependencies tags (NOUN, VERB, AUX, PROPN, ADJ,
 * ADV, ADP, DET, PRON, PART, SCONJ, CCONJ, NUM, PUNCT, INTJ, SYM, X); a word the model reads as two
 * ("Lenin's", "didn't", "cannot") becomes two tokens ("Lenin" + "'s", "did" + "n't").
 *
 * <p>Before the models run, typographic quotes and dashes are made ASCII (same length, so offsets are kept),
 * every line break ends a sentence, list markers ("-", "•", "1.") are dropped, and a sentence longer than
 * {@value #MAX_SENTENCE_TOKENS} tokens is cut into shorter ones so that an endless run-on stays fast.
 *
 * <p>Thread-safe: the models are immutable and shared by every caller; the OpenNLP {@code ThreadSafe*ME}
 * wrappers keep one tagger, tokenizer, detector and lemmatizer per thread in a {@link ThreadLocal}.
 * {@link #load()} reads the models on its first call only and returns the same instance afterwards.
 */
public final class AnnotatorME implements Annotator {

    /** Longest sentence the models see at once, in tokens. */
    static final int MAX_SENTENCE_TOKENS = 80;
    /** Longest text accepted; far beyond any answer, but bounds the work one request can cause. */
    static final int MAX_TEXT_CHARS = 100_000;

    private static final String SENTENCE_MODEL = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKEN_MODEL = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String POS_MODEL = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private static final String LEMMA_MODEL = "opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

    private static final Object LOCK = new Object();
    private static volatile AnnotatorME shared;

    private final ThreadSafeSentenceDetectorME sentenceDetector;
    private final ThreadSafeTokenizerME tokenizer;
    private final ThreadSafePOSTaggerME tagger;
    private final ThreadSafeLemmatizerME lemmatizer;
    /** The models are English, so the sentence breaks are the English lexicon's. */
    private final Set<String> breakAfter = Set.copyOf(Lexicon.english().words(WordList.SENTENCE_BREAKS, "after"));
    private final Set<String> breakBefore = Set.copyOf(Lexicon.english().words(WordList.SENTENCE_BREAKS, "before"));

    private AnnotatorME(SentenceModel sentences, TokenizerModel tokens, POSModel pos, LemmatizerModel lemmas) {
        this.sentenceDetector = new ThreadSafeSentenceDetectorME(sentences);
        this.tokenizer = new ThreadSafeTokenizerME(tokens);
        this.tagger = new ThreadSafePOSTaggerME(pos, POSTagFormat.UD);
        this.lemmatizer = new ThreadSafeLemmatizerME(lemmas);
    }

    /**
     * The shared annotator over the English models on the classpath; cheap after the first call.
     *
     * @throws IllegalStateException if a model is missing from the classpath or cannot be read
     */
    public static AnnotatorME load() {
        AnnotatorME annotator = shared;
        if (annotator == null) {
            synchronized (LOCK) {
                annotator = shared;
                if (annotator == null) {
                    annotator = new AnnotatorME(
                            read(SENTENCE_MODEL, "opennlp-models-sentdetect-en", SentenceModel::new),
                            read(TOKEN_MODEL, "opennlp-models-tokenizer-en", TokenizerModel::new),
                            read(POS_MODEL, "opennlp-models-pos-en", POSModel::new),
                            greedy(read(LEMMA_MODEL, "opennlp-models-lemmatizer-en", LemmatizerModel::new)));
                    shared = annotator;
                }
            }
        }
        return annotator;
    }

    /**
     * The same lemmatizer decoded greedily (beam size 1) instead of the model's default beam of 3. The beam
     * re-ranks the whole outcome table for every hypothesis of every token and was most of the pipeline's time;
     * on the dev-set answers (981 tokens) greedy decoding gave identical lemmas in a third of the time.
     */
    static LemmatizerModel greedy(LemmatizerModel model) {
        Object maxent = model.getArtifact("lemmatizer.model");
        if (!(maxent instanceof MaxentModel m)) {
            return model;
        }
        return new LemmatizerModel(model.getLanguage(), m, 1, Map.of(), model.getFactory());
    }

    private interface ModelReader<M> {
        M read(InputStream in) throws IOException;
    }

    private static <M> M read(String resource, String artifact, ModelReader<M> reader) {
        try (InputStream in = AnnotatorME.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath;"
                        + " it comes with org.apache.opennlp:" + artifact);
            }
            return reader.read(new BufferedInputStream(in));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read OpenNLP model " + resource + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<Sentence> annotate(String text) {
        Objects.requireNonNull(text, "text must not be null");
        if (text.length() > MAX_TEXT_CHARS) {
            throw new IllegalArgumentException("text is " + text.length() + " characters long; an answer may have"
                    + " at most " + MAX_TEXT_CHARS);
        }
        if (text.isBlank()) {
            return List.of();
        }
        String plain = Words.plain(text);
        List<Sentence> sentences = new ArrayList<>();
        for (int[] line : Layout.lines(plain)) {
            String lineText = plain.substring(line[0], line[1]);
            for (Span span : sentenceDetector.sentPosDetect(lineText)) {
                annotateSentence(text, plain, line[0] + span.getStart(), line[0] + span.getEnd(), sentences);
            }
        }
        return List.copyOf(sentences);
    }

    private void annotateSentence(String text, String plain, int from, int to, List<Sentence> sentences) {
        String sentenceText = plain.substring(from, to);
        Span[] spans = tokenizer.tokenizePos(sentenceText);
        String[] words = Span.spansToStrings(spans, sentenceText);
        List<int[]> chunks = Layout.chunks(words, MAX_SENTENCE_TOKENS, breakAfter, breakBefore);
        for (int[] chunk : chunks) {
            String[] chunkWords = Arrays.copyOfRange(words, chunk[0], chunk[1]);
            String[] forms = TaggerForms.of(chunkWords);
            String[] tags = tagger.tag(forms);
            String[] lemmas = lemmatizer.lemmatize(forms, tags);
            List<Token> tokens = new ArrayList<>();
            for (int k = 0; k < chunkWords.length; k++) {
                Span s = spans[chunk[0] + k];
                addTokens(text, plain, from + s.getStart(), from + s.getEnd(), tags[k], lemmas[k], tokens);
            }
            if (chunk == chunks.get(chunks.size() - 1)) {
                splitFinalStop(text, tokens);
            }
            if (tokens.stream().anyMatch(Words::isWord)) {
                int start = tokens.get(0).start();
                int end = tokens.get(tokens.size() - 1).end();
                sentences.add(new Sentence(sentences.size(), text.substring(start, end), start, end, tokens));
            }
        }
    }

    /**
     * Adds the token at {@code [start, end)}, split into its parts when the tagger gave it a combined tag such
     * as AUX+PART ("didn't") or PROPN+PART ("Lenin's"), so that lemmas and tags stay one per word.
     */
    static void addTokens(String text, String plain, int start, int end, String pos, String lemma,
                          List<Token> out) {
        String[] tags = pos.split("\\+");
        String[] lemmaParts = lemma == null || lemma.length() < 3 ? new String[] {lemma} : lemma.split("\\+");
        if (tags.length == 1) {
            String lower = plain.substring(start, end).toLowerCase(Locale.ROOT);
            if ((pos.equals("PROPN") || pos.equals("NOUN")) && lower.length() > 2 && lower.endsWith("'s")) {
                String stem = lemma != null && lemma.endsWith("'s") ? lemma.substring(0, lemma.length() - 2) : lemma;
                out.add(token(text, plain, start, end - 2, pos, stem));
                out.add(token(text, plain, end - 2, end, "PART", "'s"));
            } else {
                out.add(token(text, plain, start, end, pos, lemma));
            }
            return;
        }
        boolean aligned = lemmaParts.length == tags.length;
        List<Token> tail = new ArrayList<>();
        int partEnd = end;
        int p = tags.length - 1;
        for (; p > 0; p--) {
            int cut = cutPoint(plain.substring(start, partEnd).toLowerCase(Locale.ROOT));
            if (cut <= 0) {
                break;
            }
            tail.add(0, token(text, plain, start + cut, partEnd, tags[p], aligned ? lemmaParts[p] : null));
            partEnd = start + cut;
        }
        out.add(token(text, plain, start, partEnd, tags[0], p == 0 && aligned ? lemmaParts[0] : null));
        out.addAll(tail);
    }

    /** The tokenizer sometimes keeps a sentence's full stop on its last word ("Kamenev."); cut it off. */
    static void splitFinalStop(String text, List<Token> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        Token last = tokens.get(tokens.size() - 1);
        String t = last.text();
        if (t.length() > 1 && t.endsWith(".") && t.indexOf('.') == t.length() - 1 && Words.isWord(last)) {
            String lemma = last.lemma().endsWith(".") ? last.lemma().substring(0, last.lemma().length() - 1)
                    : last.lemma();
            tokens.set(tokens.size() - 1, new Token(t.substring(0, t.length() - 1),
                    lemma.isEmpty() ? t.substring(0, t.length() - 1).toLowerCase(Locale.ROOT) : lemma,
                    last.pos(), last.start(), last.end() - 1));
            tokens.add(new Token(".", ".", "PUNCT", last.end() - 1, last.end()));
        }
    }

    /** Where the last part of a contracted word begins: "did|n't", "Lenin|'s", "can|not", "gon|na"; -1 if unknown. */
    static int cutPoint(String lower) {
        int n = lower.length();
        if (n > 3 && lower.endsWith("n't")) {
            return n - 3;
        }
        int apostrophe = lower.lastIndexOf('\'');
        if (apostrophe > 0) {
            return apostrophe;
        }
        if (n > 3 && lower.endsWith("not")) {
            return n - 3;
        }
        if (lower.equals("gonna") || lower.equals("wanna") || lower.equals("gotta")) {
            return 3;
        }
        if (n > 3 && lower.endsWith("nt")) {
            return n - 2; // "didnt"
        }
        return -1;
    }

    private static Token token(String text, String plain, int start, int end, String pos, String lemma) {
        String lower = plain.substring(start, end).toLowerCase(Locale.ROOT);
        boolean missing = lemma == null || lemma.isBlank() || lemma.equals("O") || lemma.equals("_")
                || lemma.contains("+") && !lower.contains("+");
        return new Token(text.substring(start, end), missing ? lower : lemma.toLowerCase(Locale.ROOT), pos,
                start, end);
    }
}
