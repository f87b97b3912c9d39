package org.premark.marking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.premark.claims.Claim;
import org.premark.claims.Token;
import org.premark.rubric.Rubric;
import org.premark.rubric.RubricPoint;

/**
 * A step that acts on something acts on that thing: when a cue says a verb and what it acts on ("the carrier
 * <i>carries a spare part</i>"), a clause that has the cue's words but gives the verb another object ("the carrier
 * carries <i>the orders</i> for the spare part", "brings <i>them</i> to the spare part") is about another thing
 * and does not earn the point. Cues and clauses are read by their part-of-speech tags: the object is the noun
 * phrase right after the verb, past articles, adjectives, adverbs and particles ({@code particles}: "picks
 * <i>up</i>"); a preposition first ("carries <i>to</i> …") or another noun first means another object, except in
 * a coordination ("carries the key and a spare part"). A pronoun object keeps the point when the cue's object
 * comes before the verb ("finds a spare part and brings it"). A clause in which none of the cue's verbs is found
 * keeps the point: it matched otherwise, and this rule only reads what a verb it sees acts on. Immutable;
 * thread-safe.
 */
final class PointObjects {

    /**
     * A cue that says a verb and its object: the verb with its synonyms, the object's terms, and the terms of the
     * point's whole wording (an object the point itself names, "reads the codons" for "reads the strand", is
     * still the point's).
     */
    record ObjectCue(Set<String> verbs, Set<String> object, Set<String> own) {
        ObjectCue {
            verbs = Set.copyOf(verbs);
            object = Set.copyOf(object);
            own = Set.copyOf(own);
            if (verbs.isEmpty() || object.isEmpty()) {
                throw new IllegalArgumentException("an object cue needs a verb and an object");
            }
        }
    }

    /** Keyed by point id, then by the cue's text as the rubric writes it. */
    private final Map<String, Map<String, ObjectCue>> cues;
    private final Set<String> particles;
    private final Terms terms;

    private PointObjects(Map<String, Map<String, ObjectCue>> cues, Set<String> particles, Terms terms) {
        Map<String, Map<String, ObjectCue>> copy = new HashMap<>();
        cues.forEach((k, v) -> copy.put(k, Map.copyOf(v)));
        this.cues = Map.copyOf(copy);
        this.particles = Set.copyOf(particles);
        this.terms = terms;
    }

    /**
     * @param rubric        the rubric with its verbs' synonyms ({@link VerbSynonyms#widen})
     * @param tagger        reads a cue into clauses with tagged tokens, as answers are read
     * @param everydayVerbs the terms of the everyday verbs, read as verbs whatever their tag
     * @param particles     the lower-case words that complete a verb rather than open a phrase ("up", "back")
     */
    static PointObjects of(Rubric rubric, Terms terms, Function<String, List<Claim>> tagger,
            Set<String> everydayVerbs, Set<String> particles) {
        Map<String, Map<String, ObjectCue>> out = new HashMap<>();
        for (RubricPoint p : rubric.points()) {
            Map<String, ObjectCue> own = new HashMap<>();
            for (String cue : p.cues()) {
                List<Claim> clauses = tagger.apply(cue);
                if (clauses.size() != 1) {
                    continue;
                }
                ObjectCue oc = read(p, clauses.get(0).tokens(), terms, everydayVerbs, particles);
                if (oc != null) {
                    own.put(cue, oc);
                }
            }
            if (!own.isEmpty()) {
                out.put(p.id(), own);
            }
        }
        return new PointObjects(out, particles, terms);
    }

    /** The cue's verb and object when a verb is followed (past modifiers) by a noun phrase; null otherwise. */
    private static ObjectCue read(RubricPoint p, List<Token> tokens, Terms terms, Set<String> everydayVerbs,
            Set<String> particles) {
        int verb = PointDoers.verb(tokens, everydayVerbs, terms);
        if (verb < 0) {
            return null;
        }
        String v = terms.exact(tokens.get(verb).text());
        if (v == null || v.isEmpty()) {
            return null;
        }
        // The object is the nouns of the phrase after the verb; its adjectives ("a new part") say which one.
        Set<String> object = new HashSet<>();
        for (int k = verb + 1; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.noun()) {
                object.addAll(terms.studentTerms(t.text()));
            } else if (!modifier(t, particles) || !object.isEmpty()) {
                break;
            }
        }
        Set<String> verbs = new HashSet<>(PointDoers.synonyms(p, v, terms));
        verbs.add(v);
        object.removeAll(verbs);
        Set<String> own = new HashSet<>(terms.exactTerms(p.label()));
        own.addAll(terms.exactTerms(p.description()));
        p.cues().forEach(c -> own.addAll(terms.exactTerms(c)));
        p.examples().forEach(e -> own.addAll(terms.exactTerms(e)));
        return object.isEmpty() ? null : new ObjectCue(verbs, object, own);
    }

    /** Articles, adjectives, adverbs, numbers, particles: words between a verb and its object. */
    private static boolean modifier(Token t, Set<String> particles) {
        String pos = t.pos();
        return pos.equals("DET") || pos.equals("ADJ") || pos.equals("ADV") || pos.equals("NUM")
                || pos.equals("PART") || pos.startsWith("DT") || pos.startsWith("JJ") || pos.startsWith("RB")
                || pos.equals("CD") || pos.equals("RP")
                || particles.contains(t.text().toLowerCase(Locale.ROOT));
    }

    /**
     * Where the noun phrase starts when "it's" (one token, or "it" and "'s") after a verb is the possessive "its"
     * misspelt: a verb's object cannot open with "it is", so a noun after it, past adjectives and numbers, says
     * whose the thing is ("holds it's key", "takes it's two bags"). The tagger, reading "it is", tags that noun an
     * adjective or a verb, so a word of the cue's object or of the point's wording counts by the word. {@code k}
     * otherwise.
     */
    private int itsMisspelt(List<Token> tokens, int k, ObjectCue oc) {
        String w = apostrophes(tokens.get(k).text());
        int next;
        if (w.equals("it's")) {
            next = k + 1;
        } else if (w.equals("it") && k + 1 < tokens.size() && apostrophes(tokens.get(k + 1).text()).equals("'s")) {
            next = k + 2;
        } else {
            return k;
        }
        for (int j = next; j < tokens.size(); j++) {
            Token t = tokens.get(j);
            String term = terms.student(t.text());
            if (t.noun() || term != null && (oc.object().contains(term) || oc.own().contains(term))) {
                return next;
            }
            if (!modifier(t, particles) || isParticle(t)) {
                return k;
            }
        }
        return k;
    }

    /** The word in lower case with the apostrophes students type ("’", "`") as "'". */
    private static String apostrophes(String word) {
        return word.toLowerCase(Locale.ROOT).replace('’', '\'').replace('`', '\'');
    }

    private boolean isParticle(Token t) {
        return particles.contains(t.text().toLowerCase(Locale.ROOT));
    }

    /** The object cue a match was made with, or null. */
    ObjectCue cue(String pointId, Phrase phrase) {
        if (phrase == null || phrase.example()) {
            return null;
        }
        return cues.getOrDefault(pointId, Map.of()).get(phrase.text());
    }

    /** Whether a score stands: false when its cue's verb acts, in the claim, on another thing than the cue's. */
    boolean stands(Claim claim, PointScore score) {
        if (score == null) {
            return true;
        }
        ObjectCue oc = cue(score.point().id(), score.phrase());
        return oc == null || actsOn(claim.tokens(), oc);
    }

    /** Clears, in place, the credit of claims whose verb acts on another thing than the cue's. */
    void apply(List<Claim> claims, List<PointScore> best, boolean[] credited) {
        for (int i = 0; i < claims.size(); i++) {
            if (!credited[i] || best.get(i) == null) {
                continue;
            }
            ObjectCue oc = cue(best.get(i).point().id(), best.get(i).phrase());
            if (oc != null && !actsOn(claims.get(i).tokens(), oc)) {
                credited[i] = false;
            }
        }
    }

    /** False when the clause says one of the cue's verbs and every time gives it another object. */
    boolean actsOn(List<Token> tokens, ObjectCue oc) {
        boolean seen = false;
        boolean objectBefore = false;
        for (int k = 0; k < tokens.size(); k++) {
            String term = terms.student(tokens.get(k).text());
            if (term == null || !oc.verbs().contains(term)) {
                if (term != null && oc.object().contains(term)) {
                    objectBefore = true;
                }
                continue;
            }
            seen = true;
            if (objectAfter(tokens, k, oc, objectBefore)) {
                return true;
            }
        }
        return !seen;
    }

    /** True when the verb at {@code verb} acts on the cue's object or a thing of the point's own wording. */
    private boolean objectAfter(List<Token> tokens, int verb, ObjectCue oc, boolean objectBefore) {
        boolean determined = false;
        for (int k = verb + 1; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            String term = terms.student(t.text());
            // Read by the word, not its tag: a tagger may call "amino" in "amino acids" a preposition.
            if (term != null && (oc.object().contains(term) || oc.own().contains(term))) {
                return true;
            }
            if (modifier(t, particles)) {
                determined |= t.determiner();
                continue;
            }
            // "the needed parts": after an article a participle describes the object.
            if (determined && PointActors.firstVerb(List.of(t)) == 0) {
                continue;
            }
            // "missed out on the meetings": a preposition may stand between a verb and what it acts on.
            if (t.adposition()) {
                continue;
            }
            int whose = itsMisspelt(tokens, k, oc);
            if (whose > k) {
                k = whose - 1; // "attaches it's part": the possessive "its", written as "it is"
                determined = true;
                continue;
            }
            if (t.pronoun()) {
                // "its anticodon": a pronoun before a noun says whose; only one standing alone is the object.
                if (k + 1 < tokens.size() && (tokens.get(k + 1).noun()
                        || modifier(tokens.get(k + 1), particles) && !isParticle(tokens.get(k + 1)))) {
                    determined = true;
                    continue;
                }
                return objectBefore;
            }
            if (t.noun()) {
                // "the key and a spare part": a coordination may still hold the object.
                int j = k + 1;
                while (j < tokens.size() && (tokens.get(j).noun() || modifier(tokens.get(j), particles))) {
                    j++;
                }
                if (j < tokens.size() && tokens.get(j).coordinator()) {
                    k = j;
                    continue;
                }
                return false;
            }
            // Another verb or the clause's end before any noun: the verb has no object here.
            return false;
        }
        return false;
    }
}
