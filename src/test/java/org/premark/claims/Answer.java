package org.premark.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A hand-tagged answer for rule tests that must not load the models: each sentence is written as
 * {@code word/POS} or {@code word/POS/lemma} items separated by spaces. Punctuation, "n't" and "'s" attach
 * to the previous word, as a student would type them; a word written {@code ~word} attaches too ("so ~- ~called").
 */
record Answer(String text, List<Sentence> sentences) {

    static Answer of(String... sentenceSpecs) {
        StringBuilder text = new StringBuilder();
        List<Sentence> sentences = new ArrayList<>();
        for (String spec : sentenceSpecs) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            int sentenceStart = text.length();
            List<Token> tokens = new ArrayList<>();
            for (String item : spec.trim().split(" +")) {
                String[] parts = item.split("/");
                if (parts.length < 2 || parts.length > 3) {
                    throw new IllegalArgumentException("token spec must be word/POS[/lemma], got '" + item + "'");
                }
                boolean glued = parts[0].startsWith("~");
                String word = glued ? parts[0].substring(1) : parts[0];
                if (!tokens.isEmpty() && !glued && !attaches(word)) {
                    text.append(' ');
                }
                int start = text.length();
                text.append(word);
                String lemma = parts.length == 3 ? parts[2] : word.toLowerCase(Locale.ROOT);
                tokens.add(new Token(word, lemma, parts[1], start, text.length()));
            }
            sentences.add(new Sentence(sentences.size(), text.substring(sentenceStart), sentenceStart,
                    text.length(), tokens));
        }
        return new Answer(text.toString(), List.copyOf(sentences));
    }

    /** Tokens from one hand-tagged sentence, for rules that work on token lists. */
    static List<Token> tokens(String spec) {
        return of(spec).sentences().get(0).tokens();
    }

    private static boolean attaches(String word) {
        return word.matches("[,.;:!?]+") || word.equals("n't") || word.startsWith("'") || word.startsWith("\u2019");
    }
}
