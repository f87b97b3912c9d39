package org.premark.marking;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.premark.rubric.Rubric;
import org.premark.rubric.RubricPoint;

/**
 * Matching stage, the implicit-cue signal: cues a teacher did not write, read from the point's label, description
 * and examples. Every pair of content terms at most {@code match.implicit-cue-span} terms apart in that wording
 * ("diffusion of water" → diffusion + water, "through a nuclear pore" → nuclear + pore) is scored as a cue, so a
 * rubric whose points have only a label, a description and an example still matches answers that put the point in
 * a few words of their own. A pair whose words another point's wording also holds is dropped: it names the topic
 * the two points share, not either point. A label word that no other point words stands alone as a cue
 * ({@link #names}), except where the claim uses it as a verb with no object ({@link #named}). Only for points without written cues (beyond the label): written cues say better how
 * answers put a point. A pair with a word of the question's names the topic and is dropped, and the
 * cue's weight (how specific its words are) decides its score exactly as for a written cue; the score is scaled by
 * {@code match.implicit-cue-factor} so a written cue or example wins a tie. Immutable; thread-safe.
 */
final class PointSignalImplicit implements PointSignal {

    /** Tags that may stand between a verb and its object ("tortured the old prisoners"). */
    private static final Set<String> BEFORE_OBJECT = Set.of("DET", "ADJ", "NUM", "ADV");
    /** Tags of a verb's object. */
    private static final Set<String> OBJECT = Set.of("NOUN", "PROPN", "PRON");

    private final PointSignalLexical derived;
    /** The pairs of neighbouring words with their verb's everyday group ({@link VerbSynonyms}); null if none. */
    private final PointSignalLexical widened;
    /** The one-word label cues ({@link #names}) alone, scored against the claim's nouns and names only. */
    private final PointSignalLexical named;
    private final Map<String, RubricPoint> original;
    private final double factor;
    private final Terms terms;
    /** False when every point has written cues: the signal then has nothing to add. */
    private final boolean active;

    PointSignalImplicit(Rubric rubric, Terms terms, TermWeights weights, MarkingSettings settings) {
        this(rubric, terms, weights, settings, Set.of());
    }

    /**
     * @param unnamed the terms that never stand alone for a point (everyday words, words that modify a name:
     *                "long", "past"), for {@link #names}
     */
    PointSignalImplicit(Rubric rubric, Terms terms, TermWeights weights, MarkingSettings settings,
            Set<String> unnamed) {
        this(rubric, terms, weights, settings, unnamed, r -> r);
    }

    /**
     * @param widen adds the everyday verbs of a derived cue's verb to its point ({@link VerbSynonyms#widen}), so
     *              a pair read from "moves into the cytoplasm" is also met by "goes into the cytoplasm"
     */
    PointSignalImplicit(Rubric rubric, Terms terms, TermWeights weights, MarkingSettings settings,
            Set<String> unnamed, UnaryOperator<Rubric> widen) {
        this(rubric, terms, weights, settings, unnamed, widen, LabelVerbs.NONE);
    }

    /**
     * @param verbs the verbs of the labels ({@link LabelVerbs}): "formed" of "Peptide bond formed" says what
     *              happens, not which step, so it is no one-word name ({@link #names}): "the protein is formed"
     *              must not earn the point
     */
    PointSignalImplicit(Rubric rubric, Terms terms, TermWeights weights, MarkingSettings settings,
            Set<String> unnamed, UnaryOperator<Rubric> widen, LabelVerbs verbs) {
        this.factor = settings.matchImplicitCueFactor();
        Set<String> question = Set.copyOf(terms.exactTerms(rubric.question()));
        Set<String> abbreviations = Acronyms.abbreviations(rubric.question());
        Map<String, Set<String>> wordings = rubric.points().stream().collect(Collectors.toUnmodifiableMap(
                RubricPoint::id, p -> wording(p, terms)));
        List<RubricPoint> points = new ArrayList<>();
        List<RubricPoint> neighbours = new ArrayList<>();
        List<RubricPoint> namePoints = new ArrayList<>();
        for (RubricPoint p : rubric.points()) {
            if (written(p)) {
                // Cues the teacher wrote say how answers put the point; pairs read from prose would only add noise.
                continue;
            }
            List<String> cues = new ArrayList<>(cues(p, terms, question, settings.matchImplicitCueSpan(), unnamed));
            // A pair that another point's wording also holds ("Zinoviev and Kamenev", "party leaders") is the
            // topic's vocabulary, not this point's: it would credit whichever point an answer happens to touch.
            cues.removeIf(c -> sharedWithAnother(c, p.id(), wordings, terms));
            // A pair that spells out an abbreviation of the question ("messenger RNA" where it asks about mRNA) is
            // the question's own subject written in full: it names the topic, not the point.
            cues.removeIf(c -> {
                String[] w = c.split(" ");
                return w.length == 2 && Acronyms.spellsOut(w[0], w[1], abbreviations);
            });
            Set<String> names = names(p, terms, question, wordings, unnamed);
            names.removeAll(verbs.of(p.id()));
            if (cues.isEmpty() && names.isEmpty()) {
                cues.add(p.label());
            }
            // The derived point keeps the teacher's synonyms, so "transfer RNA" still stands for "tRNA".
            if (!cues.isEmpty()) {
                points.add(new RubricPoint(p.id(), p.label(), p.description(), cues, p.synonyms(), List.of(),
                        List.of()));
                List<String> near = new ArrayList<>(cues(p, terms, question, 1, unnamed));
                near.retainAll(cues);
                if (!near.isEmpty()) {
                    neighbours.add(new RubricPoint(p.id(), p.label(), p.description(), near, p.synonyms(),
                            List.of(), List.of()));
                }
            }
            if (!names.isEmpty()) {
                namePoints.add(new RubricPoint(p.id(), p.label(), p.description(), List.copyOf(names), p.synonyms(),
                        List.of(), List.of()));
            }
        }
        this.active = !points.isEmpty() || !namePoints.isEmpty();
        this.terms = terms;
        Rubric byName = namePoints.isEmpty() ? rubric : new Rubric(rubric.id(), rubric.question(), rubric.maxMark(),
                rubric.corpus(), rubric.showMarksToStudents(), rubric.scheme(), namePoints, rubric.focus());
        this.named = namePoints.isEmpty() ? null : new PointSignalLexical(byName, terms, weights, settings);
        Rubric implicit = points.isEmpty() ? rubric : new Rubric(rubric.id(), rubric.question(), rubric.maxMark(), rubric.corpus(),
                rubric.showMarksToStudents(), rubric.scheme(), points, rubric.focus());
        this.derived = points.isEmpty() ? null : new PointSignalLexical(implicit, terms, weights, settings);
        // A verb of the description or an example is one way of saying the step, as a verb of a written cue is, but
        // only beside its object ("moves into the cytoplasm"): a pair reaching past it ("sent delegates to the
        // party" → sent + party) widened would be met by any verb of the group near a word of the topic.
        Rubric near = neighbours.isEmpty() ? null : new Rubric(rubric.id(), rubric.question(), rubric.maxMark(),
                rubric.corpus(), rubric.showMarksToStudents(), rubric.scheme(), neighbours, rubric.focus());
        Rubric wider = near == null ? null : widen.apply(near);
        this.widened = wider == null || wider == near ? null : new PointSignalLexical(wider, terms, weights, settings);
        this.original = rubric.points().stream().collect(Collectors.toUnmodifiableMap(RubricPoint::id,
                Function.identity()));
    }

    /** Every content term of a point's label, description and examples. */
    static Set<String> wording(RubricPoint point, Terms terms) {
        Set<String> out = new HashSet<>(terms.exactTerms(point.label() + " " + point.description()));
        point.examples().forEach(e -> out.addAll(terms.exactTerms(e)));
        return Set.copyOf(out);
    }

    /**
     * Whether a derived cue's terms all occur in the wording of a point other than {@code pointId}, in any order
     * and distance: such a pair does not tell the two points apart.
     */
    static boolean sharedWithAnother(String cue, String pointId, Map<String, Set<String>> wordings, Terms terms) {
        List<String> t = terms.exactTerms(cue);
        return wordings.entrySet().stream().anyMatch(e -> !e.getKey().equals(pointId) && e.getValue().containsAll(t));
    }

    /**
     * The words of the point's label that name it on their own: "Menshevik" of "Menshevik past", "anticodon" of
     * "tRNA anticodon matches the codon". The label is the teacher's name for the point, so a label word that no
     * other point's wording holds and the question does not use tells this point from the others ("he had been a
     * Menshevik" names the point, though it has no second word of the description). Everyday words and words that
     * only modify a name ({@code unnamed}: "long illness", "past") are left out.
     */
    static Set<String> names(RubricPoint point, Terms terms, Set<String> question, Map<String, Set<String>> wordings,
            Set<String> unnamed) {
        Set<String> out = new LinkedHashSet<>();
        for (String word : Terms.words(point.label())) {
            String t = terms.exact(word);
            if (t != null && !t.isEmpty() && !question.contains(t) && !unnamed.contains(t)
                    && !sharedWithAnother(word, point.id(), wordings, terms)) {
                out.add(word);
            }
        }
        return out;
    }

    /** Whether the teacher wrote cues for the point beyond its label. */
    static boolean written(RubricPoint p) {
        return p.cues().stream().anyMatch(c -> !c.equals(p.label()));
    }

    /**
     * The point's implicit cues, each the two words of a pair joined by a space, in the order they are first met.
     *
     * @param span the farthest apart two content terms of one sentence may be to form a cue (1 = neighbours)
     */
    static Set<String> cues(RubricPoint point, Terms terms, Set<String> question, int span) {
        return cues(point, terms, question, span, Set.of());
    }

    /**
     * @param everyday terms that are no content of a pair (everyday words, words that modify a name: "people",
     *                 "long"): "carry the coffin, so people saw" gives no pair "carry people" that any sentence
     *                 about people being moved would meet. They still stand between two words, as a question's
     *                 word does, so no pair reaches past them.
     */
    static Set<String> cues(RubricPoint point, Terms terms, Set<String> question, int span, Set<String> everyday) {
        List<String> texts = new ArrayList<>();
        texts.add(point.label());
        texts.add(point.description());
        texts.addAll(point.examples());
        Set<String> out = new LinkedHashSet<>();
        for (String text : texts) {
            for (String sentence : text.split("[.;:!?()]+")) {
                // The words, not their stems, make the cue: it is read again like any cue the teacher wrote.
                List<String> w = new ArrayList<>();
                List<String> t = new ArrayList<>();
                for (String word : Terms.words(sentence)) {
                    String term = terms.exact(word);
                    if (term != null && !term.isEmpty()) {
                        w.add(word);
                        t.add(term);
                    }
                }
                for (int i = 0; i < t.size(); i++) {
                    for (int j = i + 1; j < t.size() && j <= i + span; j++) {
                        if (!t.get(i).equals(t.get(j)) && !question.contains(t.get(i)) && !question.contains(t.get(j))
                                && !everyday.contains(t.get(i)) && !everyday.contains(t.get(j))) {
                            out.add(w.get(i) + " " + w.get(j));
                        }
                    }
                }
            }
        }
        return out;
    }

    @Override
    public List<PointScore> score(ClaimTerms claim, List<PointScore> earlier) {
        if (!active) {
            return List.of();
        }
        List<PointScore> out = new ArrayList<>();
        List<PointScore> found = new ArrayList<>();
        if (derived != null) {
            found.addAll(derived.score(claim, earlier));
        }
        if (widened != null) {
            found.addAll(widened.score(claim, earlier));
        }
        if (named != null) {
            ClaimTerms nouns = named(claim);
            found.addAll(named.score(nouns.terms(), nouns.affirmed(), claim.claim().text()));
        }
        for (PointScore s : found) {
            if (s.value() > 0) {
                out.add(new PointScore(original.get(s.point().id()), s.value() * factor, s.phrase()));
            }
        }
        return out;
    }

    /**
     * The claim's terms where a one-word label cue is looked for: all but its verbs that stand without an object.
     * A label word names the point as a thing ("anticodon", "Menshevik", "Jewish"); a verb names it only with
     * what it is done to ("the NKVD tortured people", "prisoners were tortured"), so "it travels to the
     * mitochondria" is no step of the point "mRNA travels to a ribosome": there the pairs of the label ("travels
     * ribosome") must say where. A claim read without part-of-speech tags keeps all its terms.
     */
    ClaimTerms named(ClaimTerms claim) {
        List<org.premark.claims.Token> tokens = claim.claim().tokens();
        if (tokens.isEmpty()) {
            return claim;
        }
        List<String> all = new ArrayList<>();
        List<String> affirmed = new ArrayList<>();
        List<String> left = new ArrayList<>(claim.affirmed());
        for (int i = 0; i < tokens.size(); i++) {
            org.premark.claims.Token token = tokens.get(i);
            if (token.pos().equals("VERB") && !withObject(tokens, i) && !passive(tokens, i)) {
                continue;
            }
            for (String t : terms.studentTerms(token.text())) {
                all.add(t);
                // A noun inside a negation's scope stays out of the affirmed terms, as in the whole claim.
                if (left.remove(t)) {
                    affirmed.add(t);
                }
            }
        }
        return new ClaimTerms(claim.claim(), all, affirmed);
    }

    /** Whether the verb at {@code i} has a noun or pronoun object after it, past articles and modifiers. */
    private static boolean withObject(List<org.premark.claims.Token> tokens, int i) {
        for (int j = i + 1; j < tokens.size(); j++) {
            String pos = tokens.get(j).pos();
            if (OBJECT.contains(pos)) {
                return true;
            }
            if (!BEFORE_OBJECT.contains(pos)) {
                return false;
            }
        }
        return false;
    }

    /** Whether the verb at {@code i} is a participle after a form of "be": its subject is what it is done to. */
    private static boolean passive(List<org.premark.claims.Token> tokens, int i) {
        for (int j = i - 1; j >= 0; j--) {
            org.premark.claims.Token t = tokens.get(j);
            if (t.lemma().equals("be")) {
                return true;
            }
            if (!t.adverb()) {
                return false;
            }
        }
        return false;
    }
}
