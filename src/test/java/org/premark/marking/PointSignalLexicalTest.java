package org.premark.marking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
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
     * Expanding a claim by only the groups whose members' first terms it has gives the same terms as trying every
     * group, on groups and claims drawn at random from a small vocabulary.
     */
    @Test
    void expandingByCandidateGroupsEqualsTryingEveryGroup() {
        List<String> vocabulary = List.of("king", "crown", "tax", "levy", "salt", "duty", "army", "troops", "revolt",
                "rising");
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
                claim.add(vocabulary.get(random.nextInt(vocabulary.size())));
            }
            List<List<List<String>>> candidates = PointSignalLexical.candidateGroups(claim, groups,
                    PointSignalLexical.byFirstTerm(groups));
            assertEquals(PointSignalLexical.expand(List.copyOf(claim), groups),
                    PointSignalLexical.expand(claim, candidates), "groups " + groups + ", claim " + claim);
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

    private static double score(PointSignalLexical signal, Terms terms, String text) {
        List<String> t = terms.exactTerms(text);
        return signal.score(t, t, text).get(0).value();
    }

    /**
     * Skipping the points that share no term with a claim (and no synonym anchor) gives the same scores and
     * phrases as scoring every point, on claims drawn at random from the rubric's own words and a few others.
     */
    @Test
    void skippingUntouchedPointsScoresAsScoringEveryPoint() {
        Terms terms = new Terms(w -> w, Lexicon.english());
        RubricPoint tax = new RubricPoint("tax", "Heavy taxes", "The crown raised the salt tax.",
                List.of("salt tax", "new levy on salt", "not paid"), List.of("tax, levy, duty"),
                List.of("The king put a heavy new tax on salt that poor families could not pay."), List.of());
        RubricPoint army = new RubricPoint("army", "The army changed sides", "Troops joined the rising.",
                List.of("troops joined", "soldiers refused orders"), List.of("troops, soldiers, army"),
                List.of("Many soldiers refused to fire on the crowds and joined the revolt instead."), List.of());
        RubricPoint bread = new RubricPoint("bread", "Bread prices", "Bread cost too much after bad harvests.",
                List.of("bread prices", "bad harvest"), List.of(),
                List.of("After two bad harvests the price of bread doubled in the towns."), List.of());
        Rubric rubric = new Rubric("revolt", "Why did the people revolt against the king? [4]", 4, "", true,
                new PointsScheme(4, List.of(new PointsScheme.Row(0, 0, 0), new PointsScheme.Row(1, 1, 2),
                        new PointsScheme.Row(2, PointsScheme.OPEN, 4))),
                List.of(tax, army, bread));
        List<List<String>> docs = new ArrayList<>();
        for (RubricPoint p : rubric.points()) {
            docs.add(terms.exactTerms(p.label() + " " + p.description() + " " + String.join(" ", p.examples())));
        }
        TermWeights weights = TermWeights.of(docs);
        PointSignalLexical skipping = new PointSignalLexical(rubric, terms, weights, MarkingSettings.defaults(),
                CueQualifier.Words.NONE, true);
        PointSignalLexical every = new PointSignalLexical(rubric, terms, weights, MarkingSettings.defaults(),
                CueQualifier.Words.NONE, false);
        List<String> vocabulary = new ArrayList<>(new java.util.TreeSet<>(terms.exactTerms(
                String.join(" ", docs.stream().map(d -> String.join(" ", d)).toList())
                        + " levy duty soldiers army troops orders refused joined paid weather river")));
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
}
