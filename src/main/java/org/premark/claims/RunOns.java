package org.premark.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.premark.lang.Lexicon;
import org.premark.lang.WordList;

/**
 * Cuts a run-on sentence, a long stretch typed without any punctuation ("lenin died he never named anyone then
 * stalin took over"), into the sentences the student meant, so that each carries its own reasons. A cut goes
 * before a sentence opener from {@code lang/en/sentence-openers.txt} that starts a clause ("then it goes",
 * "another reason is"), or before a subject pronoun or name that starts a new clause straight after a noun or
 * pronoun ("… his supporters he organised …"). Sentences with any punctuation inside are left alone: the
 * student's own punctuation is better evidence than these rules. Immutable; thread-safe.
 */
final class RunOns {

    /** A sentence needs at least this many words, and no punctuation, to count as a run-on. */
    static final int MIN_WORDS = 8;
    /** Each part of a cut run-on keeps at least this many words. */
    static final int MIN_PART_WORDS = 4;

    private final List<String[]> openers;
    private final Set<String> subjects;
    private final Clauses clauses;
    /** Before these a new sentence cannot start: they need what follows. */
    private static final Set<String> BINDING_POS = Set.of("CCONJ", "SCONJ", "ADP", "DET", "AUX", "PART", "VERB");
    /** After a one-word opener these start the new sentence's subject: "then the steam …", "next tRNA …". */
    private static final Set<String> NOUN_PHRASE_START = Set.of("DET", "NOUN", "PROPN", "PRON", "NUM");
    private static final Set<String> COORDINATORS = Set.of("and", "but", "or");

    RunOns(Lexicon lexicon) {
        this.openers = lexicon.words(WordList.SENTENCE_OPENERS).stream()
                .map(w -> w.split("\\s+"))
                .sorted((a, b) -> b.length - a.length)
                .toList();
        this.subjects = Set.copyOf(lexicon.words(WordList.SUBJECT_PRONOUNS));
        this.clauses = new Clauses(lexicon);
    }

    /** The sentences with every run-on cut; numbered again from 0. */
    List<Sentence> split(String text, List<Sentence> sentences) {
        List<Sentence> out = null;
        for (int s = 0; s < sentences.size(); s++) {
            Sentence sentence = sentences.get(s);
            List<Integer> cuts = runOn(sentence.tokens()) ? cuts(sentence.tokens()) : List.of();
            if (out == null && cuts.isEmpty()) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(sentences.subList(0, s));
            }
            int from = 0;
            for (int cut : cuts) {
                add(text, sentence.tokens().subList(from, cut), out);
                from = cut;
            }
            add(text, sentence.tokens().subList(from, sentence.tokens().size()), out);
        }
        return out == null ? sentences : List.copyOf(out);
    }

    private static void add(String text, List<Token> tokens, List<Sentence> out) {
        int start = tokens.get(0).start();
        int end = tokens.get(tokens.size() - 1).end();
        out.add(new Sentence(out.size(), text.substring(start, end), start, end, tokens));
    }

    static boolean runOn(List<Token> tokens) {
        int words = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (Words.isWord(t)) {
                words++;
            } else if (i < tokens.size() - 1 && ".,;:!?".contains(t.text())) {
                return false;
            }
        }
        return words >= MIN_WORDS;
    }

    /** Token indexes where a new sentence starts. */
    List<Integer> cuts(List<Token> tokens) {
        List<Integer> cuts = new ArrayList<>();
        int last = 0;
        int n = tokens.size();
        for (int j = 1; j < n; j++) {
            int cut = cutAt(tokens, j);
            if (cut < 0) {
                continue;
            }
            // A subject alone is weak evidence: the clause before it must be complete. An opener is enough.
            boolean opener = opener(tokens, cut) > 0 || opener(tokens, j) > 0;
            if (words(tokens, last, cut) < MIN_PART_WORDS || words(tokens, cut, n) < MIN_PART_WORDS
                    || !opener && !Words.anyVerb(tokens, last, cut)) {
                continue;
            }
            cuts.add(cut);
            last = cut;
        }
        return cuts;
    }

    /** Where a sentence starting around token {@code j} would begin, or -1. */
    private int cutAt(List<Token> tokens, int j) {
        int opener = opener(tokens, j);
        if (opener > 0) {
            boolean clauseFollows = opener > 1 || clauses.startsClause(tokens, j + opener)
                    || subjects.contains(Words.lower(tokens, j + opener))
                    || NOUN_PHRASE_START.contains(Words.pos(tokens, j + opener));
            if (!clauseFollows) {
                return -1;
            }
            String before = Words.lower(tokens, j - 1);
            if (COORDINATORS.contains(before)) {
                return j - 1; // "… and then it goes": the new sentence takes the "and"
            }
            return BINDING_POS.contains(Words.pos(tokens, j - 1)) ? -1 : j;
        }
        Token t = tokens.get(j);
        String prev = Words.pos(tokens, j - 1);
        boolean subject = subjects.contains(Words.lower(t)) || t.pos().equals("PROPN") && !prev.equals("PROPN");
        boolean afterNoun = prev.equals("NOUN") || prev.equals("PROPN") || prev.equals("PRON") || prev.equals("NUM");
        if (subject && afterNoun && !clauses.isRelative(Words.lower(t)) && clauses.startsClause(tokens, j)
                && !subjects.contains(Words.lower(tokens, j - 1))) {
            return j;
        }
        return -1;
    }

    /** The length in tokens of the opener starting at {@code j}, or 0. */
    private int opener(List<Token> tokens, int j) {
        String first = Words.lower(tokens, j); // once, not once per opener: this runs at every token
        for (String[] words : openers) {
            if (j + words.length > tokens.size() || !first.equals(words[0])) {
                continue;
            }
            boolean match = true;
            for (int k = 1; k < words.length && match; k++) {
                match = Words.lower(tokens, j + k).equals(words[k]);
            }
            if (match) {
                return words.length;
            }
        }
        return 0;
    }

    private static int words(List<Token> tokens, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (Words.isWord(tokens.get(i))) {
                n++;
            }
        }
        return n;
    }
}
