package org.premark.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.premark.lang.Lexicon;
import org.premark.text.Normalized;
import org.premark.text.TextNormalizer;

/**
 * Runs an annotator on the answer as a {@link TextNormalizer} prepares it (case the models can read, glued
 * sentences and inline lists pulled apart), then maps every sentence and token back to the answer as sent and
 * cuts run-on sentences ({@link RunOns}). Offsets and token texts in the result refer to the original answer;
 * POS tags and lemmas come from the normalised text. Thread-safe when the annotator and normaliser are.
 */
public final class AnnotatorNormalizing implements Annotator {

    private final Annotator models;
    private final TextNormalizer normalizer;
    private final RunOns runOns;

    /** @param lexicon the language's sentence openers and subject pronouns, for cutting run-ons */
    public AnnotatorNormalizing(Annotator models, TextNormalizer normalizer, Lexicon lexicon) {
        this.models = Objects.requireNonNull(models, "models");
        this.normalizer = Objects.requireNonNull(normalizer, "normalizer");
        this.runOns = new RunOns(Objects.requireNonNull(lexicon, "lexicon"));
    }

    @Override
    public List<Sentence> annotate(String text) {
        Objects.requireNonNull(text, "text must not be null");
        Normalized n = normalizer.normalize(text);
        List<Sentence> sentences = models.annotate(n.text());
        if (!n.unchanged()) {
            sentences = mapBack(n, sentences);
        }
        return runOns.split(text, sentences);
    }

    private static List<Sentence> mapBack(Normalized n, List<Sentence> sentences) {
        String text = n.original();
        List<Sentence> out = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            List<Token> tokens = new ArrayList<>(s.tokens().size());
            for (Token t : s.tokens()) {
                int start = n.originalStart(t.start());
                int end = n.originalEnd(t.end());
                if (end <= start) {
                    continue; // nothing of the original in it
                }
                tokens.add(new Token(text.substring(start, end), t.lemma(), t.pos(), start, end));
            }
            if (tokens.isEmpty()) {
                continue;
            }
            int start = Math.min(n.originalStart(s.start()), tokens.get(0).start());
            int end = Math.max(n.originalEnd(s.end()), tokens.get(tokens.size() - 1).end());
            out.add(new Sentence(out.size(), text.substring(start, end), start, end, tokens));
        }
        return List.copyOf(out);
    }
}
