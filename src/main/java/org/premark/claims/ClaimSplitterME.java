package org.premark.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.premark.lang.Connective;
import org.premark.lang.Lexicon;
import org.premark.lang.WordList;

/**
 * Splits annotated sentences into claims with rules over the tokens and POS tags of an {@link Annotator}.
 *
 * <p>Each sentence is cut before discourse connectives and at clause-separating punctuation:
 * <ul>
 *   <li>causal links ("because", "so", "which meant", "due to", "as a result", ...) and contrasts ("while",
 *       "although") cut whenever there are words on both sides;</li>
 *   <li>"and"/"but" cut only between two clauses, a verb on both sides, so "Zinoviev and Kamenev" stays whole;</li>
 *   <li>sentence adverbs ("therefore", "however", "then", "also") cut where a new clause starts; inside a
 *       clause ("he therefore won") they only label it;</li>
 *   <li>a comma cuts between two clauses, e.g. after "Because X," in "Because X, Y"; not before a relative
 *       clause and not after a fronted "when/after/if" clause; ";" always cuts, ":" between clauses.</li>
 * </ul>
 * The connective's words belong to the claim they introduce; punctuation at a claim's edges is left out of its
 * span. A connective at the start of a sentence ("This meant ...") is the first claim's connective, so links
 * across sentences are kept.
 *
 * <p>Thread-safe: the splitter holds no state besides its annotator, which must be thread-safe itself.
 */
public final class ClaimSplitterME implements ClaimSplitter {

    private enum Type { CAUSE, CONTRAST, COORD, ADVERB, COMMA, SEMICOLON, COLON }

    /** A place where a claim may start: a connective or punctuation {@code length} tokens long at {@code pos}. */
    private record Cut(int pos, int length, String connective, Type type, boolean afterBoundary) {

        boolean isWord() {
            return type != Type.COMMA && type != Type.SEMICOLON && type != Type.COLON;
        }

        int end() {
            return pos + length;
        }
    }

    private static final String EDGE_PUNCTUATION = ".,;:!?-\u2013\u2014\u2026*\u2022\u00B7/";

    private final Annotator annotator;

    /** Words that open a clause which a following comma does not close off as a claim of its own. */
    private final Set<String> deferring;
    /** After "and" these start a clause of their own ("... and they organised ..."). */
    private final Set<String> subjectPronouns;
    private final Set<String> auxiliaryLemmas;
    private final Clauses clauses;
    private final Connectives connectives;
    private final Negation negation;

    /** A splitter with the English lexicon, for the English annotator. */
    public ClaimSplitterME(Annotator annotator) {
        this(annotator, Lexicon.english());
    }

    public ClaimSplitterME(Annotator annotator, Lexicon lexicon) {
        this.annotator = Objects.requireNonNull(annotator, "annotator must not be null");
        Objects.requireNonNull(lexicon, "lexicon must not be null");
        this.deferring = Set.copyOf(lexicon.words(WordList.CLAUSE_DEFERRING));
        this.subjectPronouns = Set.copyOf(lexicon.words(WordList.SUBJECT_PRONOUNS));
        this.auxiliaryLemmas = Set.copyOf(lexicon.words(WordList.AUXILIARY_LEMMAS));
        this.clauses = new Clauses(lexicon);
        this.connectives = new Connectives(lexicon, clauses);
        this.negation = new Negation(lexicon);
    }

    @Override
    public List<Claim> split(String answer) {
        Objects.requireNonNull(answer, "answer must not be null");
        return split(annotator.annotate(answer));
    }

    /** The claims of already annotated sentences, numbered from 0 across all of them. */
    public List<Claim> split(List<Sentence> sentences) {
        Objects.requireNonNull(sentences, "sentences must not be null");
        List<Claim> claims = new ArrayList<>();
        for (Sentence sentence : sentences) {
            splitSentence(sentence, claims);
        }
        return List.copyOf(claims);
    }

    private void splitSentence(Sentence sentence, List<Claim> claims) {
        List<Token> tokens = sentence.tokens();
        int n = tokens.size();
        List<Cut> cuts = merge(findCuts(tokens));

        int first = 0;
        while (first < n && !Words.isWord(tokens.get(first))) {
            first++;
        }
        int segStart = first;
        String segConnective = "";
        int segBody = first; // first token after the segment's own connective
        String innerLabel = "";
        int c = 0;
        if (!cuts.isEmpty() && cuts.get(0).pos() == first && cuts.get(0).isWord()) {
            segConnective = cuts.get(0).connective();
            segBody = cuts.get(0).end();
            c = 1;
        }
        for (; c < cuts.size(); c++) {
            Cut cut = cuts.get(c);
            if (cut.pos() < segBody) {
                continue;
            }
            int rightTo = windowEnd(tokens, cuts, c);
            if (splits(tokens, cut, segBody, segConnective, rightTo)) {
                emit(sentence, segStart, cut.pos(), segConnective.isEmpty() ? innerLabel : segConnective, claims);
                segStart = cut.pos();
                segConnective = cut.type() == Type.COMMA ? "" : cut.connective();
                segBody = cut.end();
                innerLabel = "";
            } else if (cut.type() == Type.ADVERB && innerLabel.isEmpty()
                    && !Words.anyVerb(tokens, segBody, cut.pos())) {
                innerLabel = cut.connective(); // "he therefore won": the clause's own link word
            }
        }
        emit(sentence, segStart, n, segConnective.isEmpty() ? innerLabel : segConnective, claims);
    }

    /**
     * Where the clause after cut {@code c} ends for the verb tests: at the next cut, except that an "and"
     * inside a noun phrase ("but Zinoviev and Kamenev got ...") does not end it; an "and" before a verb or a
     * subject pronoun ("and got rid of", "and they organised") does.
     */
    private int windowEnd(List<Token> tokens, List<Cut> cuts, int c) {
        for (int d = c + 1; d < cuts.size(); d++) {
            Cut next = cuts.get(d);
            boolean nounPhraseAnd = next.type() == Type.COORD && next.end() < tokens.size()
                    && !Words.isVerbal(tokens.get(next.end()))
                    && !subjectPronouns.contains(Words.lower(tokens, next.end()));
            if (!nounPhraseAnd) {
                return next.pos();
            }
        }
        return tokens.size();
    }

    private List<Cut> findCuts(List<Token> tokens) {
        List<Cut> cuts = new ArrayList<>();
        for (int i = 0; i < tokens.size(); ) {
            Connectives.Match m = connectives.at(tokens, i);
            if (m != null) {
                cuts.add(new Cut(i, m.length(), m.connective(), type(m.kind()), false));
                i += m.length();
                continue;
            }
            switch (Words.lower(tokens.get(i))) {
                case "," -> cuts.add(new Cut(i, 1, "", Type.COMMA, false));
                case ";" -> cuts.add(new Cut(i, 1, ";", Type.SEMICOLON, false));
                case ":" -> cuts.add(new Cut(i, 1, ":", Type.COLON, false));
                case "-", "--" -> {
                    if (spaced(tokens, i)) {
                        cuts.add(new Cut(i, 1, "", Type.COMMA, false)); // "Stalin was clever - he won"
                    }
                }
                default -> { }
            }
            i++;
        }
        return cuts;
    }

    private static Type type(Connective.Kind kind) {
        return switch (kind) {
            case CAUSE -> Type.CAUSE;
            case CONTRAST -> Type.CONTRAST;
            case COORD -> Type.COORD;
            case ADVERB -> Type.ADVERB;
        };
    }

    /** A dash with space on both sides separates; "so-called" and "1937-38" do not. */
    private static boolean spaced(List<Token> tokens, int i) {
        return i > 0 && i + 1 < tokens.size()
                && tokens.get(i - 1).end() < tokens.get(i).start()
                && tokens.get(i + 1).start() > tokens.get(i).end();
    }

    /** Folds "and so" into one cut labelled "so", and ", so" / "; however" into the word's cut. */
    private static List<Cut> merge(List<Cut> cuts) {
        List<Cut> coordMerged = new ArrayList<>();
        for (int k = 0; k < cuts.size(); k++) {
            Cut c = cuts.get(k);
            Cut next = k + 1 < cuts.size() ? cuts.get(k + 1) : null;
            if (c.type() == Type.COORD && next != null && next.pos() == c.end() && next.isWord()
                    && next.type() != Type.COORD) {
                coordMerged.add(new Cut(c.pos(), c.length() + next.length(), next.connective(), next.type(), true));
                k++;
            } else {
                coordMerged.add(c);
            }
        }
        List<Cut> merged = new ArrayList<>();
        for (int k = 0; k < coordMerged.size(); k++) {
            Cut c = coordMerged.get(k);
            Cut next = k + 1 < coordMerged.size() ? coordMerged.get(k + 1) : null;
            if (!c.isWord() && next != null && next.pos() == c.end() && next.isWord()) {
                Type type = c.type() == Type.SEMICOLON ? Type.SEMICOLON : next.type();
                merged.add(new Cut(c.pos(), c.length() + next.length(), next.connective(), type, true));
                k++;
            } else {
                merged.add(c);
            }
        }
        return merged;
    }

    private boolean splits(List<Token> tokens, Cut cut, int segBody, String segConnective, int rightTo) {
        int n = tokens.size();
        int rightFrom = cut.end();
        boolean leftWords = Words.anyWord(tokens, segBody, cut.pos());
        boolean rightWords = Words.anyWord(tokens, rightFrom, n);
        return switch (cut.type()) {
            case CAUSE, SEMICOLON -> leftWords && rightWords;
            case CONTRAST -> leftWords && clauses.clauseVerb(tokens, rightFrom, rightTo);
            case COORD -> Words.anyVerb(tokens, segBody, cut.pos()) && clauses.clauseVerb(tokens, rightFrom, rightTo)
                    && !tenseClash(tokens, segBody, cut.pos(), rightFrom);
            case ADVERB -> leftWords && clauses.clauseVerb(tokens, rightFrom, rightTo)
                    && (cut.afterBoundary()
                    || Words.anyVerb(tokens, segBody, cut.pos()) && clauses.startsClause(tokens, rightFrom));
            case COLON -> Words.anyVerb(tokens, segBody, cut.pos()) && clauses.clauseVerb(tokens, rightFrom, rightTo);
            case COMMA -> (Words.anyVerb(tokens, segBody, cut.pos()) || !segConnective.isEmpty() && leftWords)
                    && clauses.clauseVerb(tokens, rightFrom, rightTo)
                    && !clauses.isRelative(Words.lower(tokens, rightFrom))
                    && !deferring.contains(firstWord(tokens, segBody, cut.pos()));
        };
    }

    /**
     * "Stalin used the NKVD and show trials": a bare base-form verb after "and" with no auxiliary on the left
     * is more likely a mis-tagged noun than a second verb phrase.
     */
    private boolean tenseClash(List<Token> tokens, int leftFrom, int leftTo, int rightFrom) {
        if (rightFrom >= tokens.size() || !tokens.get(rightFrom).pos().equals("VERB")) {
            return false;
        }
        Token verb = tokens.get(rightFrom);
        if (!verb.lemma().equals(Words.lower(verb))) {
            return false;
        }
        for (int i = leftFrom; i < leftTo; i++) {
            if (tokens.get(i).pos().startsWith("AUX") || auxiliaryLemmas.contains(tokens.get(i).lemma())) {
                return false;
            }
        }
        return true;
    }

    private static String firstWord(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Words.isWord(tokens.get(i))) {
                return Words.lower(tokens.get(i));
            }
        }
        return "";
    }

    /** Adds the claim for tokens {@code [from, to)}, without edge punctuation; nothing if no word is left. */
    private void emit(Sentence sentence, int from, int to, String connective, List<Claim> claims) {
        List<Token> tokens = sentence.tokens();
        while (from < to && edgePunctuation(tokens.get(from))) {
            from++;
        }
        while (to > from && edgePunctuation(tokens.get(to - 1))) {
            to--;
        }
        if (!Words.anyWord(tokens, from, to)) {
            return;
        }
        List<Token> own = tokens.subList(from, to);
        int start = own.get(0).start();
        int end = own.get(own.size() - 1).end();
        String text = sentence.text().substring(start - sentence.start(), end - sentence.start());
        claims.add(new Claim(claims.size(), sentence.index(), text, start, end, own, connective,
                connectives.isCausal(connective), negation.negated(own)));
    }

    /** Separating punctuation such as , ; : . ! ? - and bullets; quotes and brackets stay with their words. */
    private static boolean edgePunctuation(Token t) {
        String s = t.text();
        for (int i = 0; i < s.length(); i++) {
            if (EDGE_PUNCTUATION.indexOf(s.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }
}
