package org.premark.marking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.premark.claims.Claim;
import org.premark.claims.Token;
import org.premark.rubric.Rubric;
import org.premark.rubric.RubricPoint;

/**
 * A step done by another of the rubric's things is not the point: when the rubric sentence that holds the matched
 * phrase opens with the thing that does it ("The mRNA travels through the cytoplasm to a ribosome"), a clause
 * whose subject is another thing the rubric's sentences open with ("the <i>tRNA</i> goes to the ribosome") and
 * that never names the rubric's one does not earn the point, when the phrase it matched holds the rubric sentence's
 * verb (it says what is done, not only which thing). {@link PointActors} does this for people, named with
 * capitals; this reads things, which a rubric writes in lower case. The rubric's things are the words its
 * sentences open with (after an article) when a verb follows at once, not a form of "be" ("The bases of the mRNA
 * are read" opens with no doer). A clause's subject is the noun just before its first verb; a pronoun ("it")
 * or a noun that is none of the rubric's things keeps the point, since it may well stand for the right one.
 * Immutable; thread-safe.
 */
final class PointAgents {

    private static final Pattern OPENER = Pattern.compile("^\\s*(?:(?:the|a|an)\\s+)?([\\p{L}\\p{N}-]+)\\s+([\\p{L}]+)",
            Pattern.CASE_INSENSITIVE);

    /** One rubric sentence: its terms, and the terms of the thing doing it and of its verb (or nulls). */
    record Said(Set<String> terms, String agent, String verb) {
    }

    private final Map<String, List<Said>> saidOf;
    private final Set<String> things;
    private final Terms terms;

    private PointAgents(Map<String, List<Said>> saidOf, Set<String> things, Terms terms) {
        this.saidOf = Map.copyOf(saidOf);
        this.things = Set.copyOf(things);
        this.terms = terms;
    }

    /** @param beForms the forms of "be" ("is", "are", "was"), after which a sentence's opener undergoes the verb */
    static PointAgents of(Rubric rubric, Terms terms, Set<String> beForms) {
        Map<String, List<Said>> said = new HashMap<>();
        Set<String> things = new HashSet<>();
        for (RubricPoint p : rubric.points()) {
            List<Said> out = new ArrayList<>();
            for (String sentence : PointActors.sentences(p)) {
                String[] opener = opener(sentence, terms, beForms);
                if (opener != null) {
                    things.add(opener[0]);
                }
                out.add(new Said(Set.copyOf(terms.exactTerms(sentence)), opener == null ? null : opener[0],
                        opener == null ? null : opener[1]));
            }
            said.put(p.id(), List.copyOf(out));
        }
        return new PointAgents(said, things, terms);
    }

    /** The terms of the word a sentence opens with and of the verb that follows it at once, or null. */
    static String[] opener(String sentence, Terms terms, Set<String> beForms) {
        Matcher m = OPENER.matcher(sentence);
        if (!m.find()) {
            return null;
        }
        String next = m.group(2);
        if (!Character.isLowerCase(next.charAt(0)) || beForms.contains(next.toLowerCase(Locale.ROOT))
                || terms.isStop(next.toLowerCase(Locale.ROOT))) {
            return null;
        }
        String t = terms.exact(m.group(1));
        String v = terms.exact(next);
        return t == null || t.isEmpty() || v == null || v.isEmpty() ? null : new String[] {t, v};
    }

    /**
     * Who the rubric says does what the phrase says for this point (a term), or null when it does not say. Only a
     * cue that holds the rubric sentence's verb but not its doer says what is done ("travels to the ribosome"); a
     * cue that names a thing ("stop codon", "secret police") may be said of any doer, and an example phrasing is
     * matched by overlap, so the claim may share any part of it.
     */
    String agent(String pointId, Phrase phrase) {
        if (phrase == null || phrase.example()) {
            // An example phrasing is matched by overlap: the claim may share any part of it.
            return null;
        }
        for (Said s : saidOf.getOrDefault(pointId, List.of())) {
            if (s.terms().containsAll(phrase.termSet())) {
                return s.verb() != null && phrase.termSet().contains(s.verb())
                        && !phrase.termSet().contains(s.agent()) ? s.agent() : null;
            }
        }
        return null;
    }

    /** Clears, in place, the credit of claims done by another of the rubric's things that never name the doer. */
    void apply(List<Claim> claims, List<PointScore> best, List<List<String>> claimTerms, boolean[] credited) {
        if (things.size() < 2) {
            return;
        }
        for (int i = 0; i < claims.size(); i++) {
            if (!credited[i]) {
                continue;
            }
            String agent = agent(best.get(i).point().id(), best.get(i).phrase());
            if (agent == null) {
                continue;
            }
            String subject = subject(claims.get(i));
            if (subject != null && things.contains(subject) && !subject.equals(agent)
                    && !claimTerms.get(i).contains(agent)) {
                credited[i] = false;
            }
        }
    }

    /** The term of the noun before the claim's first verb, past adverbs ({@link PointActors#beforeVerb}), or null. */
    String subject(Claim claim) {
        List<Token> tokens = claim.tokens();
        int verb = PointActors.firstVerb(tokens);
        int j = verb < 0 ? -1 : PointActors.beforeVerb(tokens, verb);
        if (j < 0 || !tokens.get(j).noun()) {
            return null;
        }
        List<String> t = terms.studentTerms(tokens.get(j).text());
        return t.isEmpty() ? null : t.get(t.size() - 1);
    }
}
