package org.premark.marking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.premark.lang.Lexicon;
import org.premark.rubric.PointsScheme;
import org.premark.rubric.Rubric;
import org.premark.rubric.RubricPoint;

class PointSignalLexicalTest {

    /**
     * Expanding a claim's term ids by the groups present in it gives the ids of what expanding its term set gives,
     * on groups and claims drawn at random from a small vocabulary (claims also hold words no group has).
     */
    @Test
    void expandingOverTermIdsEqualsExpandingTheTermSet() {
        List<String> vocabulary = List.of("king", "crown", "tax", "levy", "salt", "duty", "army", "troops", "revolt",
                "rising");
        List<String> others = List.of("river", "weather", "bread");
        TermIds ids = TermIds.of(vocabulary);
        Random random = new Random(3);
        for (int round = 0; round < 2000; round++) {
            List<List<List<String>>> groups = new ArrayList<>();
            for (int g = random.nextInt(4); g > 0; g--) {
                List<List<String>> members = new ArrayList<>();
                for (int m = 2 + random.nextInt(2); m > 0; m--) {
                    List<String> member = new ArrayList<>();
                    for (int t = 1 + random.nextInt(2); t > 0; t--) {
                        member.add(vocabulary.get(random.nextInt(vocabulary.size())));
                    }
                    members.add(List.copyOf(member));
                }
                groups.add(List.copyOf(members));
            }
            Set<String> claim = new HashSet<>();
            for (int t = random.nextInt(5); t > 0; t--) {
                claim.add(random.nextInt(4) == 0 ? others.get(random.nextInt(others.size()))
                        : vocabulary.get(random.nextInt(vocabulary.size())));
            }
            BitSet claimIds = ids.known(claim);
            BitSet expanded = PointSignalLexical.expand(claimIds,
                    groups.stream().map(g -> PointSignalLexical.IdGroup.of(g, ids))
                            .toArray(PointSignalLexical.IdGroup[]::new));
            Set<String> bySet = PointSignalLexical.expand(claim, groups);
            assertEquals(ids.known(bySet), expanded, "groups " + groups + ", claim " + claim);
            assertEquals(bySet == claim, expanded == claimIds, "a copy only when a group is present");
        }
    }

    /** A synonym written as an -ing word keeps the sense it is written in; the verb's other forms do not match. */
    @Test
    void anIngSynonymMatchesOnlyAsWritten() {
        Terms terms = new Terms(w -> w, Lexicon.english());
        RubricPoint base = new RubricPoint("base", "Power base", "The duke had a loyal power base in the north.",
                List.of("power base"), List.of("power base, following, stronghold"), List.of(), List.of());
        RubricPoint other = new RubricPoint("weather", "Bad weather", "Storms sank the fleet.", List.of("storms"),
                List.of(), List.of(), List.of());
        Rubric rubric = new Rubric("duke", "Why did the duke win? [4]", 4, "", true, PointsScheme.perPoint(4),
                List.of(base, other));
        TermWeights weights = TermWeights.of(List.of(terms.exactTerms("the duke had a loyal following"),
                terms.exactTerms("storms sank the fleet"), terms.exactTerms("he followed the river north")));
        PointSignalLexical signal = new PointSignalLexical(rubric, terms, weights, MarkingSettings.defaults());
        String written = "The duke had a large following in the north";
        String verb = "The duke followed the river north";
        assertEquals(true, score(signal, terms, written) > 0, "'a following' is a power base");
        assertEquals(0.0, score(signal, terms, verb), "'followed' shares the stem but not the sense");
        assertEquals(true, score(signal, terms, "The duke had many followings") > 0, "the plural is the same word");
    }

    /** A synonym written with its article names the thing; the same word as an adjective or a verb does not. */
    @Test
    void aSynonymWrittenWithItsArticleMatchesOnlyAsANoun() {
        Terms terms = new Terms(w -> w, Lexicon.english());
        RubricPoint sides = new RubricPoint("sides", "The council's factions",
                "The mayor played the guild faction against the merchant faction.",
                List.of("the guild faction"), List.of("guild faction, the guilds, guildsmen"), List.of(), List.of());
        RubricPoint other = new RubricPoint("fire", "The great fire", "A fire burned the market.",
                List.of("market fire"), List.of(), List.of(), List.of());
        Rubric rubric = new Rubric("mayor", "Why did the mayor stay in office? [4]", 4, "", true,
                PointsScheme.perPoint(4), List.of(sides, other));
        TermWeights weights = TermWeights.of(List.of(terms.exactTerms("the guild faction backed him"),
                terms.exactTerms("a fire burned the market")));
        PointSignalLexical signal = new PointSignalLexical(rubric, terms, weights, MarkingSettings.defaults());
        assertEquals(true, score(signal, terms, "The mayor sided with the guilds in every vote") > 0);
        assertEquals(true, score(signal, terms, "He was backed by the guilds") > 0, "at the end of the clause");
        assertEquals(0.0, score(signal, terms, "The mayor paid the guilds fees on time"),
                "a noun after it makes it an adjective");
        assertEquals(0.0, score(signal, terms, "The mayor paid guilds money"), "no article before it");
    }

    private static double score(PointSignalLexical signal, Terms terms, String text) {
        List<String> t = terms.exactTerms(text);
        return signal.score(t, t, text).get(0).value();
    }

    /** A small rubric with cues, a negative cue, examples, synonym groups (one with a two-word member). */
    private static Rubric revolt() {
        RubricPoint tax = new RubricPoint("tax", "Heavy taxes", "The crown raised the salt tax.",
                List.of("salt tax", "new levy on salt", "not paid"), List.of("tax, levy, duty"),
                List.of("The king put a heavy new tax on salt that poor families could not pay."), List.of());
        RubricPoint army = new RubricPoint("army", "The army changed sides", "Troops joined the rising.",
                List.of("troops joined", "soldiers refused orders"), List.of("troops, soldiers, army",
                        "refused orders, mutinied"),
                List.of("Many soldiers refused to fire on the crowds and joined the revolt instead."), List.of());
        RubricPoint bread = new RubricPoint("bread", "Bread prices", "Bread cost too much after bad harvests.",
                List.of("bread prices", "bad harvest"), List.of(),
                List.of("After two bad harvests the price of bread doubled in the towns."), List.of());
        return new Rubric("revolt", "Why did the people revolt against the king? [4]", 4, "", true,
                new PointsScheme(4, List.of(new PointsScheme.Row(0, 0, 0), new PointsScheme.Row(1, 1, 2),
                        new PointsScheme.Row(2, PointsScheme.OPEN, 4))),
                List.of(tax, army, bread));
    }

    private static List<List<String>> docs(Rubric rubric, Terms terms) {
        List<List<String>> docs = new ArrayList<>();
        for (RubricPoint p : rubric.points()) {
            docs.add(terms.exactTerms(p.label() + " " + p.description() + " " + String.join(" ", p.examples())));
        }
        return docs;
    }

    /** The rubric's words, a few synonyms, the question's words and words the rubric does not have, as terms. */
    private static List<String> claimWords(List<List<String>> docs, Terms terms) {
        return new ArrayList<>(new java.util.TreeSet<>(terms.exactTerms(
                String.join(" ", docs.stream().map(d -> String.join(" ", d)).toList())
                        + " levy duty soldiers army troops orders refused joined paid mutinied people weather river")));
    }

    /**
     * Skipping the points that share no term with a claim (and have no synonym group present in it) gives the same
     * scores and phrases as scoring every point, on claims drawn at random from the rubric's own words and others.
     */
    @Test
    void skippingUntouchedPointsScoresAsScoringEveryPoint() {
        Terms terms = new Terms(w -> w, Lexicon.english());
        Rubric rubric = revolt();
        List<List<String>> docs = docs(rubric, terms);
        TermWeights weights = TermWeights.of(docs);
        PointSignalLexical skipping = new PointSignalLexical(rubric, terms, weights, MarkingSettings.defaults(),
                CueQualifier.Words.NONE, true);
        PointSignalLexical every = new PointSignalLexical(rubric, terms, weights, MarkingSettings.defaults(),
                CueQualifier.Words.NONE, false);
        List<String> vocabulary = claimWords(docs, terms);
        Random random = new Random(9);
        for (int round = 0; round < 3000; round++) {
            List<String> claim = new ArrayList<>();
            for (int t = random.nextInt(9); t > 0; t--) {
                claim.add(vocabulary.get(random.nextInt(vocabulary.size())));
            }
            List<String> affirmed = random.nextBoolean() ? claim : claim.subList(0, claim.size() / 2);
            assertEquals(every.score(claim, affirmed), skipping.score(claim, affirmed), "claim " + claim);
        }
    }

    /**
     * Scoring over term ids gives the same scores and phrases as the scoring rule over term sets ({@link #bySets}),
     * on chosen claims (a cue whole, a cue by a synonym, a negated cue, an example, the question alone) and on
     * random claims drawn from the rubric's words, their synonyms, the question's words and unknown words.
     */
    @Test
    void scoringOverTermIdsEqualsScoringOverTermSets() {
        Terms terms = new Terms(w -> w, Lexicon.english());
        Rubric rubric = revolt();
        List<List<String>> docs = docs(rubric, terms);
        TermWeights weights = TermWeights.of(docs);
        MarkingSettings settings = MarkingSettings.defaults();
        PointSignalLexical signal = new PointSignalLexical(rubric, terms, weights, settings);
        Set<String> question = Set.copyOf(terms.exactTerms(rubric.question()));
        List<String[]> chosen = List.of(
                new String[] {"The salt tax was too high", ""},
                new String[] {"The new duty on salt hurt the poor", ""},
                new String[] {"The soldiers mutinied and joined the rising", ""},
                new String[] {"Taxes were not paid by the poor", "Taxes were"},
                new String[] {"After bad harvests bread doubled in price in the towns", ""},
                new String[] {"The people revolted against the king", ""},
                new String[] {"It rained by the river", ""});
        for (String[] c : chosen) {
            List<String> claim = terms.exactTerms(c[0]);
            List<String> affirmed = c[1].isEmpty() ? claim : terms.exactTerms(c[1]);
            assertEquals(bySets(signal, question, weights, settings, claim, affirmed), signal.score(claim, affirmed),
                    c[0]);
        }
        assertEquals(true, signal.score(terms.exactTerms("The new duty on salt hurt the poor"),
                terms.exactTerms("The new duty on salt hurt the poor")).get(0).value() > 0, "a synonym reaches a cue");
        List<String> vocabulary = claimWords(docs, terms);
        Random random = new Random(17);
        for (int round = 0; round < 5000; round++) {
            List<String> claim = new ArrayList<>();
            for (int t = random.nextInt(10); t > 0; t--) {
                claim.add(vocabulary.get(random.nextInt(vocabulary.size())));
            }
            List<String> affirmed = random.nextBoolean() ? claim : claim.subList(0, random.nextInt(claim.size() + 1));
            assertEquals(bySets(signal, question, weights, settings, claim, affirmed), signal.score(claim, affirmed),
                    "claim " + claim + ", affirmed " + affirmed);
        }
    }

    /**
     * The wording signal's rule written over string sets, every point and every phrase tried, no qualifiers: the
     * reference that scoring over term ids is checked against.
     */
    private static List<PointScore> bySets(PointSignalLexical signal, Set<String> question, TermWeights weights,
            MarkingSettings settings, List<String> claimTerms, List<String> affirmed) {
        boolean negated = affirmed.size() < claimTerms.size();
        Set<String> own = new HashSet<>(claimTerms);
        double claimWeight = weights.sum(own);
        List<PointScore> scores = new ArrayList<>();
        for (PointSignalLexical.PointPhrases pp : signal.points()) {
            Set<String> all = PointSignalLexical.expand(own, pp.groups());
            Set<String> positive = negated ? PointSignalLexical.expand(new HashSet<>(affirmed), pp.groups()) : all;
            double best = 0;
            Phrase bestPhrase = null;
            for (Phrase phrase : pp.phrases()) {
                if (phrase.negative() && !negated) {
                    continue;
                }
                Set<String> claim = phrase.negative() ? all : positive;
                double matched = 0;
                int shared = 0;
                boolean beyondQuestion = false;
                for (String t : phrase.termSet()) {
                    if (claim.contains(t)) {
                        matched += weights.idf(t);
                        shared++;
                        beyondQuestion |= !question.contains(t);
                    }
                }
                double s = 0;
                if (phrase.example()) {
                    if (shared >= settings.matchMinExampleOverlap() && beyondQuestion
                            && phrase.weight() + claimWeight > 0) {
                        s = 2 * matched / (phrase.weight() + claimWeight) * settings.matchExampleBoost();
                    }
                } else if (phrase.weight() > 0) {
                    double fraction = matched / phrase.weight();
                    double specificity = Math.min(1.0,
                            phrase.weight() / (settings.matchFullCueShare() * weights.maxIdf()));
                    if (fraction >= settings.matchCompleteCueFraction()) {
                        s = specificity;
                    } else if (phrase.termSet().size() >= settings.matchPartialCueMinTerms()
                            && fraction >= settings.matchPartialCueMinFraction()) {
                        s = settings.matchPartialCueFactor() * fraction * specificity;
                    }
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
}
