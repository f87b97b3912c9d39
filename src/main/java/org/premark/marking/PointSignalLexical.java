package org.premark.marking;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.premark.rubric.Rubric;
import org.premark.rubric.RubricPoint;

/**
 * Matching stage, the wording signal: scores a claim against each point of one rubric from the point's own
 * wording: its label, cues and synonyms as phrases that must appear whole, and its example phrasings by weighted
 * overlap. Immutable once built.
 */
final class PointSignalLexical implements PointSignal {

    /** The match.* keys; what each means is in marking/settings.properties. */
    private final MarkingSettings settings;

    record PointPhrases(RubricPoint point, List<Phrase> phrases, List<List<List<String>>> groups) {}

    /** Cues whose one content word has a qualifier ("too proud"), with the terms standing for that word. */
    private final java.util.Map<Phrase, CueQualifier> qualifiers = new java.util.IdentityHashMap<>();
    private final java.util.Map<Phrase, Set<String>> standsFor = new java.util.IdentityHashMap<>();
    private final CueQualifier.Words qualifying;

    private final List<PointPhrases> points;
    /** Per point, its phrases with their distinct terms and those terms' weights laid out for scoring. */
    private final List<Scored[]> scored;
    /** The first term of every synonym group member: a claim with none of them widens for no point. */
    private final Set<String> anchors;
    private final TermWeights weights;
    private final Terms terms;
    /** A cue made only of the question's own words ("the NKVD") names the topic, not a reason. */
    private final Set<String> question;

    PointSignalLexical(Rubric rubric, Terms terms, TermWeights weights, MarkingSettings settings) {
        this(rubric, terms, weights, settings, CueQualifier.Words.NONE);
    }

    /** @param qualifying the words that qualify a cue's one content word ({@link CueQualifier}) */
    PointSignalLexical(Rubric rubric, Terms terms, TermWeights weights, MarkingSettings settings,
            CueQualifier.Words qualifying) {
        this.qualifying = qualifying;
        this.settings = settings;
        this.terms = terms;
        this.weights = weights;
        this.question = Set.copyOf(terms.exactTerms(rubric.question()));
        List<PointPhrases> compiled = new ArrayList<>();
        for (RubricPoint point : rubric.points()) {
            List<Phrase> phrases = new ArrayList<>();
            List<List<List<String>>> groups = new ArrayList<>();
            add(phrases, point.label(), false);
            point.cues().forEach(c -> add(phrases, c, false));
            for (String group : point.synonyms()) {
                List<List<String>> members = new ArrayList<>();
                for (String member : group.split(",")) {
                    List<String> t = terms.exactTerms(member);
                    if (!t.isEmpty()) {
                        members.add(List.copyOf(t));
                    }
                }
                // A group with a member made of the question's own words would make every answer on the topic
                // carry all its synonyms.
                boolean topic = members.stream().anyMatch(question::containsAll);
                if (members.size() > 1 && !topic) {
                    groups.add(List.copyOf(members));
                }
            }
            for (Phrase cue : phrases) {
                CueQualifier q = CueQualifier.of(cue.text(), terms, qualifying);
                if (q != null) {
                    qualifiers.put(cue, q);
                    Set<String> stands = new HashSet<>(List.of(q.term()));
                    for (List<List<String>> group : groups) {
                        if (group.contains(List.of(q.term()))) {
                            group.stream().filter(m -> m.size() == 1).forEach(m -> stands.add(m.get(0)));
                        }
                    }
                    standsFor.put(cue, Set.copyOf(stands));
                }
            }
            point.examples().forEach(c -> add(phrases, c, true));
            compiled.add(new PointPhrases(point, List.copyOf(phrases), List.copyOf(groups)));
        }
        this.points = List.copyOf(compiled);
        List<Scored[]> laidOut = new ArrayList<>(points.size());
        Set<String> firstTerms = new HashSet<>();
        for (PointPhrases pp : points) {
            laidOut.add(pp.phrases().stream().map(ph -> Scored.of(ph, weights)).toArray(Scored[]::new));
            pp.groups().forEach(g -> g.forEach(member -> firstTerms.add(member.get(0))));
        }
        this.scored = List.copyOf(laidOut);
        this.anchors = Set.copyOf(firstTerms);
    }

    /**
     * A phrase with its distinct terms and their weights as arrays, in the order of {@code termSet()}'s own
     * iteration, so the scores sum the same weights in the same order as iterating the set would.
     */
    private record Scored(Phrase phrase, String[] terms, double[] idf) {
        static Scored of(Phrase phrase, TermWeights weights) {
            String[] t = phrase.termSet().toArray(String[]::new);
            double[] w = new double[t.length];
            for (int i = 0; i < t.length; i++) {
                w[i] = weights.idf(t[i]);
            }
            return new Scored(phrase, t, w);
        }
    }

    private void add(List<Phrase> phrases, String text, boolean example) {
        List<String> t = terms.exactTerms(text);
        if (t.isEmpty() || (!example && question.containsAll(t))) {
            return;
        }
        boolean negative = Terms.words(text).stream().anyMatch(terms::isNegation);
        phrases.add(new Phrase(List.copyOf(t), Set.copyOf(t), negative, example, weights.sum(new LinkedHashSet<>(t)), text));
    }

    List<PointPhrases> points() {
        return points;
    }

    @Override
    public List<PointScore> score(ClaimTerms claim, List<PointScore> earlier) {
        if (qualifiers.isEmpty()) {
            return score(claim.terms(), claim.affirmed(), null, null); // the words serve only the qualifiers
        }
        List<String> words = Terms.words(claim.claim().text());
        List<String> termOf = new ArrayList<>(words.size());
        for (String w : words) {
            termOf.add(terms.student(w));
        }
        return score(claim.terms(), claim.affirmed(), words, termOf);
    }

    /** As {@link #score(List, List, List, List)} for a claim whose words are its terms (tests). */
    List<PointScore> score(List<String> claimTerms, List<String> affirmed) {
        return score(claimTerms, affirmed, null, null);
    }

    /**
     * Every point's best score for a claim, in rubric order. Words inside a negation's scope ("Stalin was
     * <i>not General Secretary</i>") only count for phrasings that are negative themselves.
     *
     * @param claimTerms all the claim's terms
     * @param affirmed the terms outside any negation's scope (equal to claimTerms when nothing is negated)
     * @param words the claim's words in order, for the qualifiers of cues ({@link CueQualifier}); null: unchecked
     * @param termOf each word's term (null for a function word)
     */
    List<PointScore> score(List<String> claimTerms, List<String> affirmed, List<String> words,
            List<String> termOf) {
        boolean negated = affirmed.size() < claimTerms.size();
        Set<String> own = new HashSet<>(claimTerms);
        Set<String> ownAffirmed = negated ? new HashSet<>(affirmed) : own;
        double claimWeight = weights.sum(own);
        boolean widens = intersects(own, anchors);
        List<PointScore> scores = new ArrayList<>(points.size());
        for (int p = 0; p < points.size(); p++) {
            PointPhrases pp = points.get(p);
            // Each point's synonyms widen the claim for that point only, so groups never chain across points.
            Set<String> all = widens ? expand(own, pp.groups()) : own;
            Set<String> positive = negated ? (widens ? expand(ownAffirmed, pp.groups()) : ownAffirmed) : all;
            double best = 0;
            Phrase bestPhrase = null;
            for (Scored sc : scored.get(p)) {
                Phrase phrase = sc.phrase();
                Set<String> claim = phrase.negative() ? all : positive;
                if (phrase.negative() && !negated) {
                    continue;
                }
                double s = phrase.example() ? exampleScore(sc, claim, claimWeight) : cueScore(sc, claim);
                if (s > 0 && words != null && qualifiers.containsKey(phrase)
                        && !qualifiers.get(phrase).present(words, termOf, standsFor.get(phrase),
                                settings.matchQualifierWindow(), qualifying)) {
                    s = 0;
                }
                if (s > 0 && !phrase.example() && !own.containsAll(phrase.termSet())) {
                    s *= settings.matchSynonymDiscount();
                }
                if (s > best || (s == best && s > 0 && bestPhrase != null && phrase.weight() > bestPhrase.weight())) {
                    best = s;
                    bestPhrase = phrase;
                }
            }
            scores.add(new PointScore(pp.point(), best, bestPhrase));
        }
        return scores;
    }

    /** The claim's terms plus every synonym of a group one of whose members the claim contains. */
    static Set<String> expand(List<String> claimTerms, List<List<List<String>>> groups) {
        return expand(new HashSet<>(claimTerms), groups);
    }

    /**
     * {@link #expand(List, List)} of a claim's term set, read only: {@code claim} itself when no group is
     * present, which is the common case and saves a copy per point and claim.
     */
    private static Set<String> expand(Set<String> claim, List<List<List<String>>> groups) {
        Set<String> added = null;
        for (List<List<String>> group : groups) {
            boolean present = false;
            for (List<String> member : group) {
                if (claim.containsAll(member)) {
                    present = true;
                    break;
                }
            }
            if (present) {
                if (added == null) {
                    added = new HashSet<>(claim);
                }
                group.forEach(added::addAll);
            }
        }
        return added == null ? claim : added;
    }

    /** Whether the two sets share an element. */
    static boolean intersects(Set<String> small, Set<String> other) {
        for (String t : small) {
            if (other.contains(t)) {
                return true;
            }
        }
        return false;
    }

    private double cueScore(Scored scored, Set<String> claim) {
        Phrase cue = scored.phrase();
        String[] t = scored.terms();
        double matched = 0;
        for (int i = 0; i < t.length; i++) {
            if (claim.contains(t[i])) {
                matched += scored.idf()[i];
            }
        }
        if (cue.weight() <= 0) {
            return 0;
        }
        double fraction = matched / cue.weight();
        double specificity = Math.min(1.0, cue.weight() / (settings.matchFullCueShare() * weights.maxIdf()));
        if (fraction >= settings.matchCompleteCueFraction()) {
            return specificity;
        }
        // A long cue mostly present still names the point, less surely.
        if (cue.termSet().size() >= settings.matchPartialCueMinTerms()
                && fraction >= settings.matchPartialCueMinFraction()) {
            return settings.matchPartialCueFactor() * fraction * specificity;
        }
        return 0;
    }

    private double exampleScore(Scored scored, Set<String> claim, double claimWeight) {
        Phrase example = scored.phrase();
        String[] t = scored.terms();
        double overlap = 0;
        int shared = 0;
        boolean beyondQuestion = false;
        for (int i = 0; i < t.length; i++) {
            if (claim.contains(t[i])) {
                overlap += scored.idf()[i];
                shared++;
                beyondQuestion |= !question.contains(t[i]);
            }
        }
        // A claim that shares only the question's words with an example restates the question ("mRNA leaves
        // the nucleus" for "Starting with mRNA leaving the nucleus, …"); it makes no point.
        if (shared < settings.matchMinExampleOverlap() || !beyondQuestion || example.weight() + claimWeight <= 0) {
            return 0;
        }
        return 2 * overlap / (example.weight() + claimWeight) * settings.matchExampleBoost();
    }
}
