package org.premark.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.premark.lang.Connective;
import org.premark.lang.Lexicon;
import org.premark.lang.WordList;

/**
 * Finds the language's discourse connectives ({@code connectives.txt}) in a sentence, with the context rules that
 * tell a connective use of an ambiguous word ("so", "as", "since", "then") from other uses ("so-called", "as
 * popular as", "since 1922"). Immutable once built.
 */
final class Connectives {

    /** A connective found at a token position, {@code length} tokens long. */
    record Match(String connective, Connective.Kind kind, int length) {
    }

    private record Entry(List<String> words, String connective, Connective.Kind kind) {
    }

    private final Map<String, List<Entry>> byFirstWord = new HashMap<>();
    private final Set<String> causal;
    /** Words after "so" that make it a degree adverb ("so many", "so-called") rather than "therefore". */
    private final Set<String> degree;
    /** Words after "so" that keep it a connective even though they are adverbs ("so then he ..."). */
    private final Set<String> soAdverbOk;
    /** Words before "as" that make it part of a role or comparison ("known as", "such as", "as well as"). */
    private final Set<String> asBlockedBefore;
    private final Set<String> asBlockedAfter;
    private final Set<String> be;
    private final Set<String> soBlockedBefore;
    private final Set<String> sequenceBlockedBefore;
    private final Set<String> whileBlockedBefore;
    private final Clauses clauses;

    Connectives(Lexicon lexicon, Clauses clauses) {
        this.clauses = clauses;
        Set<String> causalLabels = new HashSet<>();
        for (Connective c : lexicon.connectives()) {
            for (String phrase : c.spellings()) {
                List<String> words = List.of(phrase.split(" "));
                byFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>())
                        .add(new Entry(words, c.connective(), c.kind()));
            }
            if (c.causal()) {
                causalLabels.add(c.connective());
            }
        }
        // Longest first; a stable sort keeps the file's order between equally long spellings.
        for (List<Entry> entries : byFirstWord.values()) {
            entries.sort(Comparator.comparingInt((Entry e) -> e.words().size()).reversed());
        }
        this.causal = Set.copyOf(causalLabels);
        this.degree = Set.copyOf(lexicon.words(WordList.SO_DEGREE));
        this.soAdverbOk = Set.copyOf(lexicon.words(WordList.SO_ADVERB_CONNECTIVE));
        this.asBlockedBefore = Set.copyOf(lexicon.words(WordList.AS_BLOCKED_BEFORE));
        this.asBlockedAfter = Set.copyOf(lexicon.words(WordList.AS_BLOCKED_AFTER));
        this.be = Set.copyOf(lexicon.words(WordList.BE_FORMS));
        this.soBlockedBefore = Set.copyOf(lexicon.words(WordList.SO_BLOCKED_BEFORE));
        this.sequenceBlockedBefore = Set.copyOf(lexicon.words(WordList.SEQUENCE_BLOCKED_BEFORE));
        this.whileBlockedBefore = Set.copyOf(lexicon.words(WordList.WHILE_BLOCKED_BEFORE));
    }

    /** Whether {@code connective} (as found in {@link Claim#connective()}) links a cause or an outcome. */
    boolean isCausal(String connective) {
        return causal.contains(connective);
    }

    /** The connective starting at token {@code i}, longest first, or null if none is used as one there. */
    Match at(List<Token> tokens, int i) {
        List<Entry> entries = byFirstWord.get(Words.lower(tokens, i));
        if (entries == null) {
            return null;
        }
        for (Entry e : entries) {
            if (matches(tokens, i, e.words()) && allowed(tokens, i, e)) {
                return new Match(e.connective(), e.kind(), e.words().size());
            }
        }
        return null;
    }

    private static boolean matches(List<Token> tokens, int i, List<String> words) {
        if (i + words.size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < words.size(); k++) {
            if (!Words.lower(tokens.get(i + k)).equals(words.get(k))) {
                return false;
            }
        }
        return true;
    }

    private boolean allowed(List<Token> tokens, int i, Entry e) {
        String prev = Words.lower(tokens, i - 1);
        return switch (e.connective()) {
            case "so" -> soIsConnective(tokens, i);
            case "as" -> asIsConnective(tokens, i);
            case "since" -> Words.pos(tokens, i).equals("SCONJ") && !prev.equals("ever")
                    && !Words.pos(tokens, i + 1).equals("NUM") && !Words.lower(tokens, i + 1).equals("then")
                    && clauses.startsClause(tokens, i + 1);
            // "the first leader", "at first", "since then", "two years later": not sentence adverbs
            case "then", "first", "later", "finally" -> !sequenceBlockedBefore.contains(prev)
                    && !Set.of("DET", "ADP", "NUM", "ADJ").contains(Words.pos(tokens, i - 1));
            case "while" -> !whileBlockedBefore.contains(prev);
            case "meaning" -> !Words.pos(tokens, i).equals("NOUN") && !Words.pos(tokens, i - 1).equals("DET");
            case "led to" -> !be.contains(prev); // "he was led to believe"
            case "enabled" -> !be.contains(prev);
            default -> true;
        };
    }

    /** "so" as "therefore": not "so-called", "not so", "do so", "so many", "and so on". */
    private boolean soIsConnective(List<Token> tokens, int i) {
        String prev = Words.lower(tokens, i - 1);
        if (soBlockedBefore.contains(prev)) {
            return false;
        }
        if (i + 1 >= tokens.size() || !Words.anyWord(tokens, i + 1, tokens.size())) {
            return false; // "I think so."
        }
        String next = Words.lower(tokens, i + 1);
        if (next.equals("-") && Words.lower(tokens, i + 2).equals("called") || next.startsWith("-called")
                || next.equals("called") || next.equals("far") || next.equals("long")) {
            return false;
        }
        if (next.equals("on") && (i + 2 >= tokens.size() || !Words.isWord(tokens.get(i + 2)))) {
            return false; // "and so on"
        }
        if (i == 0 || !Words.isWord(tokens.get(i - 1)) || prev.equals("and") || prev.equals("&")
                || prev.equals("but")) {
            return true; // after a boundary "so many people ..." still means "therefore"
        }
        if (degree.contains(next)) {
            return false;
        }
        String nextPos = Words.pos(tokens, i + 1);
        if ((nextPos.equals("ADJ") || nextPos.equals("ADV")) && !soAdverbOk.contains(next)) {
            // "so clever that ...", "so clever he won"; but a mis-tagged subject ("so trotsky lost") is a clause
            return i + 2 < tokens.size() && Words.isVerbal(tokens.get(i + 2));
        }
        return true;
    }

    /** "as" as "because": a subordinating conjunction before a clause, not a role or a comparison. */
    private boolean asIsConnective(List<Token> tokens, int i) {
        if (!Words.pos(tokens, i).equals("SCONJ")) {
            return false;
        }
        if (asBlockedBefore.contains(Words.lower(tokens, i - 1))
                || asBlockedAfter.contains(Words.lower(tokens, i + 1))) {
            return false;
        }
        for (int k = Math.max(0, i - 4); k < i; k++) {
            if (Words.lower(tokens, k).equals("as")) {
                return false; // "as popular as Stalin"
            }
        }
        if (!clauses.startsClause(tokens, i + 1)) {
            return false;
        }
        // "as Lenin was dying" is about time, not cause
        for (int k = i + 1; k < Math.min(tokens.size() - 1, i + 8); k++) {
            if (Words.isVerbal(tokens.get(k))) {
                return !(be.contains(Words.lower(tokens, k)) && Words.lower(tokens, k + 1).endsWith("ing"));
            }
        }
        return true;
    }
}
