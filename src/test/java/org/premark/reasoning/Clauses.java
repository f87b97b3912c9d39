package org.premark.reasoning;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.premark.claims.Claim;

/**
 * Builds claims for unit tests without the OpenNLP models: each clause is written "connective|text", sentences
 * (written without the connective, which is put in front) are separated by a "." entry, paragraphs by a "\n" entry. Terms are the lower-case words minus a few stop words.
 */
final class Clauses {

    static final Set<String> STOP = Set.of("a", "an", "the", "he", "him", "his", "they", "them", "it", "was", "were",
            "to", "of", "and", "so", "because", "this", "that", "is", "why", "had", "in", "on", "be", "did", "not",
            "as", "for", "with", "by", "could", "would", "who", "their", "there");

    /** The connectives that link a cause or outcome, as the claim splitter marks them. */
    static final Set<String> CAUSAL = org.premark.lang.Lexicon.english().connectives("causal");

    final StringBuilder answer = new StringBuilder();
    final List<Claim> claims = new ArrayList<>();
    final List<List<String>> terms = new ArrayList<>();

    static Clauses of(String... parts) {
        Clauses c = new Clauses();
        int sentence = 0;
        boolean open = false;
        for (String part : parts) {
            if (part.equals(".") || part.equals("\n")) {
                c.answer.append(part.equals(".") ? ". " : ".\n");
                sentence += open ? 1 : 0;
                open = false;
                continue;
            }
            String connective = part.contains("|") ? part.substring(0, part.indexOf('|')) : "";
            String rest = part.substring(part.indexOf('|') + 1);
            // As the splitter does, a claim starts with its connective when that is a word.
            String text = connective.isEmpty() || !Character.isLetter(connective.charAt(0)) ? rest : connective + " " + rest;
            if (open) {
                c.answer.append(' ');
            }
            int start = c.answer.length();
            c.answer.append(text);
            c.claims.add(new Claim(c.claims.size(), sentence, text, start, start + text.length(), List.of(),
                    connective, CAUSAL.contains(connective), false));
            c.terms.add(terms(text));
            open = true;
        }
        return c;
    }

    static List<String> terms(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^a-z']+")) {
            if (!w.isEmpty() && !STOP.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }
}
