package org.premark.marking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    private final Map<Phrase, CueQualifier> qualifiers = new IdentityHashMap<>();
    private final Map<Phrase, Set<String>> standsFor = new IdentityHashMap<>();
    private final CueQualifier.Words qualifying;

    private final List<PointPhrases> points;
    /**
     * The phrase and synonym terms of every point, numbered: a claim's terms are looked up once per claim, and its
     * phrases then test bits rather than hash each of their terms again for every claim.
     */
    private final TermIds ids;
    /** Per point, its phrases with their distinct terms, those terms' ids and weights laid out for scoring. */
    private final List<Scored[]> scored;
    /** Per point, its synonym groups over term ids. */
    private final List<IdGroup[]> idGroups;
    /**
     * Per point, the ids of its phrases' terms: a claim with none of them, and no synonym group of the point,
     * scores 0 on it (no phrase shares a term), so that point's phrases are skipped.
     */
    private final List<BitSet> pointTerms;
    /** The ids of the question's terms among the phrase terms. */
    private final BitSet questionIds;
    /** False only in tests, which compare scoring every point with skipping the untouched ones. */
    private final boolean skipUntouched;
    private final TermWeights weights;
    private final Terms terms;
    /**
     * One-word synonyms whose ending marks a sense the stem loses ("a following", "organising"), as written:
     * such a member is present only where the claim has that very word (or its plural), never another form of
     * its stem ("he followed the doctors' orders"). Each stands in its group as {@link #EXACT} + the word.
     */
    private final Set<String> exactForms = new HashSet<>();
    static final String EXACT = "=";
    /** One-word synonyms written with an article ("the right"): present only as nouns ({@link ArticleNouns}). */
    private final Set<String> articleNouns = new HashSet<>();
    private final ArticleNouns nounForms;
    /** A cue made only of the question's own words ("the NKVD") names the topic, not a reason. */
    private final Set<String> question;

    PointSignalLexical(Rubric rubric, Terms terms, TermWeights weights, MarkingSettings settings) {
        this(rubric, terms, weights, settings, CueQualifier.Words.NONE);
    }

    /** @param qualifying the words that qualify a cue's one content word ({@link CueQualifier}) */
    PointSignalLexical(Rubric rubric, Terms terms, TermWeights weights, MarkingSettings settings,
            CueQualifier.Words qualifying) {
        this(rubric, terms, weights, settings, qualifying, true);
    }

    PointSignalLexical(Rubric rubric, Terms terms, TermWeights weights, MarkingSettings settings,
            CueQualifier.Words qualifying, boolean skipUntouched) {
        this.skipUntouched = skipUntouched;
        this.qualifying = qualifying;
        this.settings = settings;
        this.terms = terms;
        this.weights = weights;
        this.question = Set.copyOf(terms.exactTerms(rubric.question()));
        this.nounForms = ArticleNouns.of(terms.lexicon());
        Set<String> endings = terms.lexicon() == null ? Set.of()
                : terms.lexicon().words(org.premark.lang.WordList.EXACT_FORM_ENDINGS);
        List<PointPhrases> compiled = new ArrayList<>();
        for (RubricPoint point : rubric.points()) {
            List<Phrase> phrases = new ArrayList<>();
            List<List<List<String>>> groups = new ArrayList<>();
            add(phrases, point.label(), false);
            point.cues().forEach(c -> add(phrases, c, false));
            for (String group : point.synonyms()) {
                List<List<String>> members = new ArrayList<>();
                for (String member : group.split(",")) {
                    String word = member.strip().toLowerCase(Locale.ROOT);
                    String noun = nounForms.noun(word);
                    if (noun != null && terms.exact(noun) != null) {
                        articleNouns.add(noun);
                        members.add(List.of(EXACT + "the " + noun));
                        continue;
                    }
                    if (word.matches("\\p{L}+") && endings.stream().anyMatch(e -> word.endsWith(e)
                            && word.length() > e.length() + 2) && !terms.exactTerms(word).isEmpty()) {
                        exactForms.add(word);
                        members.add(List.of(EXACT + word));
                        continue;
                    }
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
        List<String> vocabulary = new ArrayList<>();
        for (PointPhrases pp : points) {
            pp.phrases().forEach(ph -> vocabulary.addAll(ph.termSet()));
            pp.groups().forEach(g -> g.forEach(vocabulary::addAll));
        }
        this.ids = TermIds.of(vocabulary);
        List<Scored[]> laidOut = new ArrayList<>(points.size());
        List<IdGroup[]> groupsById = new ArrayList<>(points.size());
        List<BitSet> termsOfPoint = new ArrayList<>(points.size());
        for (PointPhrases pp : points) {
            Scored[] each = pp.phrases().stream().map(ph -> Scored.of(ph, weights, ids)).toArray(Scored[]::new);
            laidOut.add(each);
            groupsById.add(pp.groups().stream().map(g -> IdGroup.of(g, ids)).toArray(IdGroup[]::new));
            BitSet own = new BitSet(ids.size());
            for (Scored sc : each) {
                for (int id : sc.ids()) {
                    own.set(id);
                }
            }
            termsOfPoint.add(own);
        }
        this.scored = List.copyOf(laidOut);
        this.idGroups = List.copyOf(groupsById);
        this.pointTerms = List.copyOf(termsOfPoint);
        this.questionIds = ids.known(question);
    }

    /**
     * A phrase with its distinct terms, their ids and their weights as arrays, in the order of {@code termSet()}'s
     * own iteration, so the scores sum the same weights in the same order as iterating the set would.
     */
    private record Scored(Phrase phrase, String[] terms, int[] ids, double[] idf) {
        Scored {
            if (terms.length != ids.length || terms.length != idf.length) {
                throw new IllegalArgumentException("a phrase's terms, ids and weights must line up");
            }
        }

        static Scored of(Phrase phrase, TermWeights weights, TermIds termIds) {
            String[] t = phrase.termSet().toArray(String[]::new);
            double[] w = new double[t.length];
            for (int i = 0; i < t.length; i++) {
                w[i] = weights.idf(t[i]);
            }
            return new Scored(phrase, t, termIds.idsOf(Arrays.asList(t)), w);
        }
    }

    /**
     * A synonym group over term ids: each member's ids (a member is present when all of them are), and all the
     * group's terms, which a claim holding any member gains for the group's point.
     */
    record IdGroup(int[][] members, BitSet terms) {
        IdGroup {
            if (members.length == 0) {
                throw new IllegalArgumentException("a synonym group needs members");
            }
        }

        static IdGroup of(List<List<String>> group, TermIds ids) {
            int[][] members = new int[group.size()][];
            BitSet all = new BitSet(ids.size());
            for (int m = 0; m < members.length; m++) {
                members[m] = ids.idsOf(group.get(m));
                for (int id : members[m]) {
                    all.set(id);
                }
            }
            return new IdGroup(members, all);
        }

        boolean presentIn(BitSet claim) {
            for (int[] member : members) {
                if (TermIds.containsAll(claim, member)) {
                    return true;
                }
            }
            return false;
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
        return score(claim.terms(), claim.affirmed(), claim.claim().text(), claim.claim().tokens());
    }

    /** As {@link #score(List, List, String)} for a claim whose words are its terms (tests). */
    List<PointScore> score(List<String> claimTerms, List<String> affirmed) {
        return score(claimTerms, affirmed, null);
    }

    /** A claim's words and each word's term, read the first time a qualified cue asks for them. */
    private final class ClaimWords {
        private final String text;
        private List<String> words;
        private List<String> termOf;

        ClaimWords(String text) {
            this.text = text;
        }

        boolean present(Phrase cue) {
            if (words == null) {
                words = Terms.words(text);
                termOf = new ArrayList<>(words.size());
                for (String w : words) {
                    termOf.add(terms.student(w));
                }
            }
            return qualifiers.get(cue).present(words, termOf, standsFor.get(cue), settings.matchQualifierWindow(),
                    qualifying);
        }
    }

    /**
     * Every point's best score for a claim, in rubric order. Words inside a negation's scope ("Stalin was
     * <i>not General Secretary</i>") only count for phrasings that are negative themselves.
     *
     * @param claimTerms all the claim's terms
     * @param affirmed the terms outside any negation's scope (equal to claimTerms when nothing is negated)
     * @param text the claim's text, whose words the qualifiers of cues check ({@link CueQualifier}); null:
     *     unchecked
     */
    List<PointScore> score(List<String> claimTerms, List<String> affirmed, String text) {
        return score(claimTerms, affirmed, text, null);
    }

    /** @param tokens the claim's tagged tokens, or null: an article's noun is then read from the words alone */
    private List<PointScore> score(List<String> claimTerms, List<String> affirmed, String text,
            List<org.premark.claims.Token> tokens) {
        ClaimWords words = text == null || qualifiers.isEmpty() ? null : new ClaimWords(text);
        boolean negated = affirmed.size() < claimTerms.size();
        // The claim's terms that some phrase or synonym of the rubric has; the others can match nothing.
        BitSet own = ids.known(claimTerms);
        // The claim's own weight (over the distinct terms as a HashSet iterates them, as the sum always has), summed
        // the first time an example overlaps it enough to need it.
        double[] claimWeight = {Double.NaN};
        if (text != null && !exactForms.isEmpty()) {
            for (String w : Terms.words(text)) {
                String singular = w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
                if (exactForms.contains(w) || exactForms.contains(singular)) {
                    // An exact form is a marker in the claim's set, not a word of the claim: it has no weight.
                    int exact = ids.id(EXACT + (exactForms.contains(w) ? w : singular));
                    if (exact >= 0) {
                        own.set(exact);
                    }
                }
            }
        }
        if (text != null && !articleNouns.isEmpty()) {
            for (String noun : tokens != null && !tokens.isEmpty() ? nounForms.usedTagged(tokens, articleNouns, terms)
                    : nounForms.used(Terms.words(text), articleNouns, terms)) {
                int marker = ids.id(EXACT + "the " + noun);
                if (marker >= 0) {
                    own.set(marker);
                }
            }
        }
        BitSet ownAffirmed = negated ? ids.known(affirmed) : own;
        List<PointScore> scores = new ArrayList<>(points.size());
        for (int p = 0; p < points.size(); p++) {
            PointPhrases pp = points.get(p);
            // Each point's synonyms widen the claim for that point only, so groups never chain across points.
            IdGroup[] groups = idGroups.get(p);
            BitSet all = expand(own, groups);
            if (skipUntouched && all == own && !own.intersects(pointTerms.get(p))) {
                // No phrase shares a term with the claim, nor does a synonym group widen it (nor its affirmed part,
                // which is a part of it): every score would be 0, since a cue needs a positive share of its weight
                // and an example at least one shared term.
                scores.add(new PointScore(pp.point(), 0, null));
                continue;
            }
            BitSet positive = negated ? expand(ownAffirmed, groups) : all;
            double best = 0;
            Phrase bestPhrase = null;
            for (Scored sc : scored.get(p)) {
                Phrase phrase = sc.phrase();
                BitSet claim = phrase.negative() ? all : positive;
                if (phrase.negative() && !negated) {
                    continue;
                }
                double s = phrase.example() ? exampleScore(sc, claim, claimTerms, claimWeight) : cueScore(sc, claim);
                if (s > 0 && words != null && qualifiers.containsKey(phrase) && !words.present(phrase)) {
                    s = 0;
                }
                if (s > 0 && !phrase.example() && !TermIds.containsAll(own, sc.ids())) {
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
     * present.
     */
    static Set<String> expand(Set<String> claim, List<List<List<String>>> groups) {
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

    /**
     * {@link #expand(Set, List)} over term ids: the claim's ids plus all the ids of each group one of whose members
     * the claim holds; {@code claim} itself, read only, when no group is present, which is the common case and
     * saves a copy per point and claim.
     */
    static BitSet expand(BitSet claim, IdGroup[] groups) {
        BitSet added = null;
        for (IdGroup group : groups) {
            if (group.presentIn(claim)) {
                if (added == null) {
                    added = (BitSet) claim.clone();
                }
                added.or(group.terms());
            }
        }
        return added == null ? claim : added;
    }

    private double cueScore(Scored scored, BitSet claim) {
        Phrase cue = scored.phrase();
        int[] t = scored.ids();
        double matched = 0;
        for (int i = 0; i < t.length; i++) {
            if (claim.get(t[i])) {
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

    /** @param claimTerms the claim's terms, whose weight is summed once per claim when an example needs it */
    private double exampleScore(Scored scored, BitSet claim, List<String> claimTerms, double[] ownWeight) {
        Phrase example = scored.phrase();
        int[] t = scored.ids();
        double overlap = 0;
        int shared = 0;
        boolean beyondQuestion = false;
        for (int i = 0; i < t.length; i++) {
            if (claim.get(t[i])) {
                overlap += scored.idf()[i];
                shared++;
                beyondQuestion |= !questionIds.get(t[i]);
            }
        }
        // A claim that shares only the question's words with an example restates the question ("mRNA leaves
        // the nucleus" for "Starting with mRNA leaving the nucleus, …"); it makes no point.
        if (shared < settings.matchMinExampleOverlap() || !beyondQuestion) {
            return 0;
        }
        if (Double.isNaN(ownWeight[0])) {
            ownWeight[0] = weights.sum(new HashSet<>(claimTerms));
        }
        double claimWeight = ownWeight[0];
        if (example.weight() + claimWeight <= 0) {
            return 0;
        }
        return 2 * overlap / (example.weight() + claimWeight) * settings.matchExampleBoost();
    }
}
