package org.premark.marking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.premark.claims.Claim;
import org.premark.claims.Token;
import org.premark.lang.Connective;
import org.premark.rubric.Rubric;
import org.premark.rubric.RubricPoint;

/**
 * A step is done by what the rubric says does it: when the rubric sentence behind a match says who acts ("The
 * mRNA moves through the cytoplasm to a ribosome"), a clause whose subject is another thing the rubric or its
 * question names ("the <i>tRNA</i> heads for the rough ER", "the <i>nucleus</i> sends a message on to a
 * ribosome") and that never names the doer does not earn the point. Rubric sentences and
 * clauses are read the same way, by their part-of-speech tags: the doer is every noun before the sentence's
 * first verb, when that verb is active; in a passive sentence with "by" ("The amino acid is joined to the next by
 * a peptide bond"), what it is done to (the nouns before any preposition) and every noun after "by"; a passive
 * sentence without "by" leaves the doer open. A clause's subject is the noun before the verb that says the step (the
 * rubric verb or one of its synonyms, else the clause's first verb). Unlike {@link PointAgents}, which reads only
 * the words rubric sentences open with, any noun of the rubric's wording counts as a thing; a noun the rubric
 * never uses ("the strand", "the message"), a pronoun or a passive subject keeps the point, since it may stand for
 * the doer. Immutable; thread-safe.
 */
final class PointDoers {

    /** One rubric sentence: its terms, the terms of the nouns doing it, and its verb with the verb's synonyms. */
    record Said(String text, Set<String> terms, Set<String> doers, String verb, Set<String> verbs) {
    }

    private final Map<String, List<Said>> saidOf;
    private final Set<String> things;
    private final Set<String> beForms;
    private final Set<String> everydayVerbs;
    private final Terms terms;
    /** "and", "but": a clause they join that opens on its verb has the subject of the clause before. */
    private final Set<String> coordinating;

    private PointDoers(Map<String, List<Said>> saidOf, Set<String> things, Set<String> beForms,
            Set<String> everydayVerbs, Terms terms) {
        this.coordinating = terms.lexicon().connectives().stream()
                .filter(c -> c.kind() == Connective.Kind.COORD).map(Connective::connective).collect(Collectors.toSet());
        this.saidOf = Map.copyOf(saidOf);
        this.things = Set.copyOf(things);
        this.beForms = Set.copyOf(beForms);
        this.everydayVerbs = Set.copyOf(everydayVerbs);
        this.terms = terms;
    }

    /**
     * @param rubric  the rubric with its verbs' synonyms ({@link VerbSynonyms#widen})
     * @param tagger  reads a rubric sentence into clauses with tagged tokens, as answers are read
     * @param beForms the forms of "be", after which a subject undergoes the verb
     * @param everydayVerbs the terms of the everyday verbs ({@link VerbSynonyms#terms}), read as verbs whatever
     *                      their tag
     */
    static PointDoers of(Rubric rubric, Terms terms, Function<String, List<Claim>> tagger, Set<String> beForms,
            Set<String> everydayVerbs) {
        Map<String, List<Said>> said = new HashMap<>();
        Set<String> things = new HashSet<>(terms.exactTerms(rubric.question()));
        for (RubricPoint p : rubric.points()) {
            things.addAll(terms.exactTerms(p.label()));
            things.addAll(terms.exactTerms(p.description()));
            p.examples().forEach(e -> things.addAll(terms.exactTerms(e)));
            p.cues().forEach(c -> things.addAll(terms.exactTerms(c)));
            List<Said> out = new ArrayList<>();
            for (String sentence : PointActors.sentences(p)) {
                List<Claim> clauses = tagger.apply(sentence);
                Set<String> doers = new HashSet<>();
                String verbTerm = null;
                if (!clauses.isEmpty()) {
                    List<Token> tokens = clauses.get(0).tokens();
                    // A tagger reads "travels" after "The mRNA" as a noun: an everyday verb is taken for one.
                    int verb = verb(tokens, everydayVerbs, terms);
                    if (verb > 0 && !beForms.contains(tokens.get(verb).text().toLowerCase(Locale.ROOT))) {
                        for (int k = 0; k < verb; k++) {
                            if (tokens.get(k).noun()) {
                                doers.addAll(terms.studentTerms(tokens.get(k).text()));
                            }
                        }
                        String v = terms.exact(tokens.get(verb).text());
                        verbTerm = v == null || v.isEmpty() ? null : v;
                    } else if (verb > 0) {
                        int participle = verb + 1;
                        while (participle < tokens.size() && tokens.get(participle).adverb()) {
                            participle++;
                        }
                        if (participle < tokens.size() && PointActors.firstVerb(tokens.subList(participle,
                                participle + 1)) == 0) {
                            String v = terms.exact(tokens.get(participle).text());
                            verbTerm = v == null || v.isEmpty() ? null : v;
                            for (int k = 0; k < verb && !tokens.get(k).adposition(); k++) {
                                if (tokens.get(k).noun()) {
                                    doers.addAll(terms.studentTerms(tokens.get(k).text()));
                                }
                            }
                            boolean by = false;
                            for (int k = participle + 1; k < tokens.size(); k++) {
                                by |= tokens.get(k).text().equalsIgnoreCase("by");
                                if (by && tokens.get(k).noun()) {
                                    doers.addAll(terms.studentTerms(tokens.get(k).text()));
                                }
                            }
                            // Without "by …" the rubric leaves the doer open: anyone may do it.
                            if (!by) {
                                doers.clear();
                            }
                        }
                    }
                }
                Set<String> verbs = new HashSet<>();
                if (verbTerm != null) {
                    verbs.add(verbTerm);
                    verbs.addAll(synonyms(p, verbTerm, terms));
                    doers.removeAll(verbs);
                }
                out.add(new Said(sentence, Set.copyOf(terms.exactTerms(sentence)), Set.copyOf(doers), verbTerm,
                        Set.copyOf(verbs)));
            }
            said.put(p.id(), List.copyOf(out));
        }
        return new PointDoers(said, things, beForms, everydayVerbs, terms);
    }

    /** The one-word members of the point's synonym groups that hold {@code verb}. */
    static Set<String> synonyms(RubricPoint p, String verb, Terms terms) {
        Set<String> out = new HashSet<>();
        for (String group : p.synonyms()) {
            List<List<String>> members = new ArrayList<>();
            for (String m : group.split(",")) {
                members.add(terms.exactTerms(m));
            }
            if (members.contains(List.of(verb))) {
                members.stream().filter(m -> m.size() == 1).forEach(m -> out.add(m.get(0)));
            }
        }
        return out;
    }

    /** The first token that is tagged a verb or whose term is one of {@code words}, or -1. */
    static int verb(List<Token> tokens, Set<String> words, Terms terms) {
        int tagged = PointActors.firstVerb(tokens);
        for (int k = 0; k < tokens.size() && (tagged < 0 || k < tagged); k++) {
            String t = terms.student(tokens.get(k).text());
            if (t != null && words.contains(t)) {
                return k;
            }
        }
        return tagged;
    }

    /**
     * The rubric sentence whose doer the match asks for, or null: for an example phrasing the example itself; for
     * a cue, the sentence holding all its terms, when the cue holds that sentence's verb and not its doer (a cue
     * naming a thing, "stop codon", may be said of any doer).
     */
    Said sentence(String pointId, Phrase phrase) {
        if (phrase == null) {
            return null;
        }
        for (Said s : saidOf.getOrDefault(pointId, List.of())) {
            if (s.doers().isEmpty() || s.verb() == null) {
                continue;
            }
            if (phrase.example()) {
                if (s.text().equals(phrase.text())) {
                    return s;
                }
            } else if (s.terms().containsAll(phrase.termSet())) {
                return phrase.termSet().contains(s.verb())
                        && phrase.termSet().stream().noneMatch(s.doers()::contains) ? s : null;
            }
        }
        return phrase.example() ? null : unheld(pointId, phrase);
    }

    /**
     * For a cue no rubric sentence holds, that says an everyday action ("attaches to a ribosome"): the doers the
     * point's sentences name, when they name any and the cue names none of them.
     */
    private Said unheld(String pointId, Phrase cue) {
        if (cue.termSet().stream().noneMatch(everydayVerbs::contains)) {
            return null;
        }
        Set<String> doers = new HashSet<>();
        for (Said s : saidOf.getOrDefault(pointId, List.of())) {
            if (s.terms().containsAll(cue.termSet())) {
                return null;
            }
            doers.addAll(s.doers());
        }
        return doers.isEmpty() || cue.termSet().stream().anyMatch(doers::contains) ? null
                : new Said(cue.text(), cue.termSet(), Set.copyOf(doers), null, Set.of());
    }

    /** Clears, in place, the credit of claims whose subject is another thing of the rubric than the doer. */
    void apply(List<Claim> claims, List<PointScore> best, List<List<String>> claimTerms, boolean[] credited) {
        for (int i = 0; i < claims.size(); i++) {
            if (!credited[i]) {
                continue;
            }
            Said s = sentence(best.get(i).point().id(), best.get(i).phrase());
            if (s == null || claimTerms.get(i).stream().anyMatch(s.doers()::contains)) {
                continue;
            }
            String subject = subject(claims.get(i), s.verbs());
            if (subject == null) {
                subject = carried(claims, i);
            }
            if (subject != null && things.contains(subject) && !s.doers().contains(subject)) {
                credited[i] = false;
            }
        }
    }

    /**
     * The subject a clause without one takes from the clause before it in its sentence: "the tRNA picks up an amino
     * acid <i>and goes to the ribosome</i>" is the tRNA going. Null when the clause is not joined by a coordinating
     * connective, does not open on its verb, or the clause before has no noun subject.
     */
    String carried(List<Claim> claims, int i) {
        for (int k = i; k > 0 && claims.get(k - 1).sentence() == claims.get(i).sentence(); k--) {
            Claim c = claims.get(k);
            if (!coordinating.contains(c.connective()) || !opensOnVerb(c)) {
                return null;
            }
            String before = lastSubject(claims.get(k - 1));
            if (before != null) {
                return before;
            }
        }
        return null;
    }

    /**
     * The term of the noun before the clause's last verb that is no infinitive ("and <i>the tRNA</i> goes"), past
     * adverbs and auxiliaries, passive or not; null when there is none or it is no noun.
     */
    private String lastSubject(Claim claim) {
        List<Token> tokens = claim.tokens();
        for (int k = tokens.size() - 1; k > 0; k--) {
            String t = terms.student(tokens.get(k).text());
            if (PointActors.firstVerb(tokens.subList(k, k + 1)) == 0 || t != null && everydayVerbs.contains(t)) {
                int j = PointActors.beforeVerb(tokens, k);
                if (j >= 0 && tokens.get(j).noun()) {
                    List<String> n = terms.studentTerms(tokens.get(j).text());
                    return n.isEmpty() ? null : n.get(n.size() - 1);
                }
                // "… goes to the ribosome to make it": an infinitive has no subject of its own; read on back.
                if (j < 0 || !tokens.get(j).adposition() && !tokens.get(j).pos().equals("PART")) {
                    return null;
                }
            }
        }
        return null;
    }

    /** Whether the first word after the clause's connective is a verb by its tag or an everyday verb. */
    private boolean opensOnVerb(Claim c) {
        List<Token> tokens = c.tokens();
        int first = c.connective().isEmpty() ? 0 : c.connective().split(" ").length;
        while (first < tokens.size() && tokens.get(first).adverb()) {
            first++;
        }
        if (first >= tokens.size()) {
            return false;
        }
        String t = terms.student(tokens.get(first).text());
        return PointActors.firstVerb(tokens.subList(first, first + 1)) == 0 || t != null && everydayVerbs.contains(t);
    }

    /**
     * The term of the noun before the clause's verb (its first tagged verb, or an earlier word that is the step's
     * verb, a synonym of it or an everyday verb), past adverbs and auxiliaries; null when there is none, it is no
     * noun, or a form of "be" follows it (a passive, or no action at all).
     */
    String subject(Claim claim, Set<String> verbs) {
        List<Token> tokens = claim.tokens();
        Set<String> words = new HashSet<>(verbs);
        words.addAll(everydayVerbs);
        int verb = verb(tokens, words, terms);
        int j = verb < 0 ? -1 : PointActors.beforeVerb(tokens, verb);
        if (j < 0 || !tokens.get(j).noun()) {
            return null;
        }
        // "The food is sent": the subject undergoes the step; "the food is in the stomach" does nothing.
        for (int k = j + 1; k <= verb; k++) {
            if (beForms.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))) {
                return null;
            }
        }
        List<String> t = terms.studentTerms(tokens.get(j).text());
        return t.isEmpty() ? null : t.get(t.size() - 1);
    }
}
