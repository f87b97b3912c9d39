package org.premark.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The table of discourse connectives and the context rules that tell a connective use of an ambiguous word
 * ("so", "as", "since", "then") from other uses ("so-called", "as popular as", "since 1922").
 */
final class Connectives {

    /** How a connective behaves when it appears inside a sentence; see {@link ClaimSplitterME}. */
    enum Kind {
        /** Links a cause or outcome; takes a clause or a noun phrase ("because", "due to", "so"). */
        CAUSE,
        /** Introduces a contrasting clause ("while", "although"). */
        CONTRAST,
        /** Coordinates; splits only between two clauses ("and", "but"). */
        COORD,
        /** A sentence adverb; splits only where a new clause starts ("therefore", "however", "then"). */
        ADVERB
    }

    /** A connective found at a token position, {@code length} tokens long. */
    record Match(String connective, Kind kind, int length) {
    }

    private record Entry(List<String> words, String connective, Kind kind) {
    }

    private static final Map<String, List<Entry>> BY_FIRST_WORD = new HashMap<>();
    private static final Set<String> CAUSAL = new HashSet<>();

    /** Words after "so" that make it a degree adverb ("so many", "so-called") rather than "therefore". */
    private static final Set<String> DEGREE = Set.of("much", "many", "few", "little", "long", "far", "well",
            "badly", "quickly", "easily", "often", "very", "bad", "good", "strong", "weak", "big", "great",
            "important", "powerful", "popular", "clever", "hard", "called", "-called", "successful", "unpopular");
    /** Words after "so" that keep it a connective even though they are adverbs ("so then he ..."). */
    private static final Set<String> SO_ADVERB_OK = Set.of("then", "therefore", "eventually", "later", "now",
            "finally", "also", "instead", "in", "when", "after", "once", "if", "because");
    /** Words before "as" that make it part of a role or comparison ("known as", "such as", "as well as"). */
    private static final Set<String> AS_BLOCKED_BEFORE = Set.of("such", "well", "known", "seen", "regarded",
            "viewed", "same", "just", "so", "as", "act", "acted", "acting", "served", "serve", "serving",
            "described", "elected", "appointed", "chosen", "portrayed", "presented", "see", "saw", "much", "many");
    private static final Set<String> AS_BLOCKED_AFTER = Set.of("well", "soon", "long", "if", "though", "far",
            "much", "many", "a", "an", "such", "to", "for", "of", "in", "per", "part", "opposed", "usual");
    private static final Set<String> BE = Set.of("am", "is", "are", "was", "were", "be", "been", "being");

    static {
        cause("because", "because", "becuase", "becasue", "beacuse", "becouse", "bcause", "becaus", "cos",
                "coz", "cuz", "bc");
        cause("because of", "because of");
        cause("as a result", "as a result", "as the result");
        cause("as a result of", "as a result of", "as the result of");
        cause("as a result of this", "as a result of this", "as a result of that");
        cause("as a consequence", "as a consequence");
        cause("as a consequence of", "as a consequence of");
        cause("so", "so");
        cause("so that", "so that");
        cause("so as to", "so as to");
        cause("in order to", "in order to");
        cause("due to", "due to", "owing to", "thanks to");
        cause("since", "since");
        cause("as", "as");
        cause("for this reason", "for this reason", "for that reason");
        cause("meaning", "meaning");
        cause("allowing", "allowing");
        cause("enabling", "enabling");
        cause("enabled", "enabled");
        cause("leading to", "leading to");
        cause("led to", "led to");
        cause("resulting in", "resulting in");
        cause("resulted in", "resulted in");
        for (String head : List.of("this", "which", "that")) {
            for (String verb : List.of("meant", "means", "allowed", "led to", "made", "gave", "enabled", "caused",
                    "helped", "ensured", "resulted in")) {
                cause(head + " " + verb, head + " " + verb);
            }
            cause(head + " led", head + " led");
            for (String be : List.of("is", "was", "'s")) { // "this was why" is labelled "this is why"
                cause(head + " is why", head + " " + be + " why");
            }
        }
        adverb(true, "therefore", "therefore", "therfore", "therefor", "thereby");
        adverb(true, "thus", "thus");
        adverb(true, "hence", "hence");
        adverb(true, "consequently", "consequently");
        adverb(false, "however", "however");
        adverb(false, "also", "also");
        adverb(false, "then", "then");
        adverb(false, "first", "first", "firstly");
        adverb(false, "secondly", "secondly");
        adverb(false, "thirdly", "thirdly");
        adverb(false, "finally", "finally");
        adverb(false, "later", "later");
        adverb(false, "furthermore", "furthermore");
        adverb(false, "moreover", "moreover");
        adverb(false, "in addition", "in addition", "additionally");
        adverb(false, "on the other hand", "on the other hand");
        adverb(false, "even so", "even so");
        add(Kind.CONTRAST, false, "while", "while", "whilst");
        add(Kind.CONTRAST, false, "whereas", "whereas");
        add(Kind.CONTRAST, false, "although", "although", "though", "even though");
        add(Kind.COORD, false, "and", "and", "&");
        add(Kind.COORD, false, "but", "but");
        for (List<Entry> entries : BY_FIRST_WORD.values()) {
            entries.sort(Comparator.comparingInt((Entry e) -> e.words().size()).reversed());
        }
    }

    private Connectives() {
    }

    private static void cause(String connective, String... phrases) {
        add(Kind.CAUSE, true, connective, phrases);
    }

    private static void adverb(boolean causal, String connective, String... phrases) {
        add(Kind.ADVERB, causal, connective, phrases);
    }

    private static void add(Kind kind, boolean causal, String connective, String... phrases) {
        for (String phrase : phrases) {
            List<String> words = List.of(phrase.split(" "));
            BY_FIRST_WORD.computeIfAbsent(words.get(0), k -> new ArrayList<>())
                    .add(new Entry(words, connective, kind));
        }
        if (causal) {
            CAUSAL.add(connective);
        }
    }

    /** Whether {@code connective} (as found in {@link Claim#connective()}) links a cause or an outcome. */
    static boolean isCausal(String connective) {
        return CAUSAL.contains(connective);
    }

    /** The connective starting at token {@code i}, longest first, or null if none is used as one there. */
    static Match at(List<Token> tokens, int i) {
        List<Entry> entries = BY_FIRST_WORD.get(Words.lower(tokens, i));
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

    private static boolean allowed(List<Token> tokens, int i, Entry e) {
        String prev = Words.lower(tokens, i - 1);
        return switch (e.connective()) {
            case "so" -> soIsConnective(tokens, i);
            case "as" -> asIsConnective(tokens, i);
            case "since" -> Words.pos(tokens, i).equals("SCONJ") && !prev.equals("ever")
                    && !Words.pos(tokens, i + 1).equals("NUM") && !Words.lower(tokens, i + 1).equals("then")
                    && Words.startsClause(tokens, i + 1);
            // "the first leader", "at first", "since then", "two years later": not sentence adverbs
            case "then", "first", "later", "finally" -> !prev.equals("since") && !prev.equals("until")
                    && !prev.equals("till") && !prev.equals("by") && !Set.of("DET", "ADP", "NUM", "ADJ")
                    .contains(Words.pos(tokens, i - 1));
            case "while" -> !prev.equals("a") && !prev.equals("for") && !prev.equals("little");
            case "meaning" -> !Words.pos(tokens, i).equals("NOUN") && !Words.pos(tokens, i - 1).equals("DET");
            case "led to" -> !BE.contains(prev); // "he was led to believe"
            case "enabled" -> !BE.contains(prev);
            default -> true;
        };
    }

    /** "so" as "therefore": not "so-called", "not so", "do so", "so many", "and so on". */
    private static boolean soIsConnective(List<Token> tokens, int i) {
        String prev = Words.lower(tokens, i - 1);
        if (prev.equals("not") || prev.equals("n't") || prev.equals("do") || prev.equals("did")
                || prev.equals("does") || prev.equals("done") || prev.equals("even") || prev.equals("or")) {
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
        if (DEGREE.contains(next)) {
            return false;
        }
        String nextPos = Words.pos(tokens, i + 1);
        if ((nextPos.equals("ADJ") || nextPos.equals("ADV")) && !SO_ADVERB_OK.contains(next)) {
            // "so clever that ...", "so clever he won"; but a mis-tagged subject ("so trotsky lost") is a clause
            return i + 2 < tokens.size() && Words.isVerbal(tokens.get(i + 2));
        }
        return true;
    }

    /** "as" as "because": a subordinating conjunction before a clause, not a role or a comparison. */
    private static boolean asIsConnective(List<Token> tokens, int i) {
        if (!Words.pos(tokens, i).equals("SCONJ")) {
            return false;
        }
        if (AS_BLOCKED_BEFORE.contains(Words.lower(tokens, i - 1))
                || AS_BLOCKED_AFTER.contains(Words.lower(tokens, i + 1))) {
            return false;
        }
        for (int k = Math.max(0, i - 4); k < i; k++) {
            if (Words.lower(tokens, k).equals("as")) {
                return false; // "as popular as Stalin"
            }
        }
        if (!Words.startsClause(tokens, i + 1)) {
            return false;
        }
        // "as Lenin was dying" is about time, not cause
        for (int k = i + 1; k < Math.min(tokens.size() - 1, i + 8); k++) {
            if (Words.isVerbal(tokens.get(k))) {
                return !(BE.contains(Words.lower(tokens, k)) && Words.lower(tokens, k + 1).endsWith("ing"));
            }
        }
        return true;
    }
}
