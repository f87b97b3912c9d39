package org.premark.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.premark.eval.GoldAnswer;

class WorkloadGeneratorRandomTest {

    private static final List<GoldAnswer> SEEDS = List.of(
            gold("a1", "q1", "Stalin was General Secretary. He appointed his supporters. They voted for him."),
            gold("a2", "q1", "Trotsky was arrogant and ill at the funeral. So members distrusted him."),
            gold("a3", "q2", "The NKVD arrested millions of people. Everyone was afraid of being denounced."),
            gold("b1", "q2", "Show trials"));

    private static GoldAnswer gold(String id, String rubric, String text) {
        return new GoldAnswer(id, rubric, 2, Set.of(), Set.of(), text, 2);
    }

    @Test
    void sameSeedGivesTheSameWorkloadAndAnotherSeedAnother() {
        List<BenchAnswer> a = new WorkloadGeneratorRandom(7).generate(SEEDS, 500);
        List<BenchAnswer> b = new WorkloadGeneratorRandom(7).generate(SEEDS, 500);
        List<BenchAnswer> c = new WorkloadGeneratorRandom(8).generate(SEEDS, 500);
        assertEquals(a, b);
        assertNotEquals(a.stream().map(BenchAnswer::text).toList(), c.stream().map(BenchAnswer::text).toList());
    }

    @Test
    void makesExactlyTheSizeAskedWithUniqueIdsAndEverySeedUsed() {
        for (int size : new int[] {0, 1, 3, 1000}) {
            List<BenchAnswer> w = new WorkloadGeneratorRandom(1).generate(SEEDS, size);
            assertEquals(size, w.size());
            assertEquals(size, w.stream().map(BenchAnswer::id).distinct().count());
        }
        List<BenchAnswer> w = new WorkloadGeneratorRandom(1).generate(SEEDS, 1000);
        assertEquals(Set.of("a1", "a2", "a3", "b1"), new HashSet<>(w.stream().map(BenchAnswer::seedId).toList()));
        for (BenchAnswer a : w) {
            GoldAnswer seed = SEEDS.stream().filter(g -> g.id().equals(a.seedId())).findFirst().orElseThrow();
            assertEquals(seed.rubricId(), a.rubricId(), a.id());
            assertTrue(a.id().endsWith("-" + seed.id()), a.id());
        }
    }

    @Test
    void everyVariationIsAppliedToAShareAndChangesTheText() {
        List<BenchAnswer> w = new WorkloadGeneratorRandom(42).generate(SEEDS, 2000);
        Map<Variation, Integer> counts = new EnumMap<>(Variation.class);
        int unchanged = 0;
        for (BenchAnswer a : w) {
            String seed = SEEDS.stream().filter(g -> g.id().equals(a.seedId())).findFirst().orElseThrow().answer();
            a.variations().forEach(v -> counts.merge(v, 1, Integer::sum));
            if (a.variations().isEmpty()) {
                assertEquals(seed, a.text(), a.id());
                unchanged++;
            } else {
                assertNotEquals(seed, a.text(), a.id());
            }
        }
        // JOIN 0.3 of the 3/4 with a partner, SHUFFLE 0.5 of multi-sentence texts, MISSPELL 0.5: wide margins.
        assertTrue(counts.getOrDefault(Variation.JOINED, 0) > 300, "joined " + counts);
        assertTrue(counts.getOrDefault(Variation.SHUFFLED, 0) > 500, "shuffled " + counts);
        assertTrue(counts.getOrDefault(Variation.MISSPELLED, 0) > 700, "misspelled " + counts);
        assertTrue(unchanged > 100, "unchanged " + unchanged);
    }

    @Test
    void joinedAnswersAppendAnotherAnswerOnTheSameQuestion() {
        for (BenchAnswer a : new WorkloadGeneratorRandom(3).generate(SEEDS, 400)) {
            if (a.variations().equals(Set.of(Variation.JOINED))) {
                String own = SEEDS.stream().filter(g -> g.id().equals(a.seedId())).findFirst().orElseThrow().answer();
                assertTrue(a.text().startsWith(own), a.text());
                String rest = a.text().substring(own.length()).strip();
                assertTrue(SEEDS.stream().anyMatch(g -> g.rubricId().equals(a.rubricId()) && g.answer().equals(rest)
                        && !g.id().equals(a.seedId())), rest);
            }
        }
        // A one-sentence answer can still be joined to its partner on the same question.
        assertTrue(new WorkloadGeneratorRandom(3).generate(SEEDS, 400).stream()
                .anyMatch(a -> a.seedId().equals("b1") && a.variations().contains(Variation.JOINED)));
    }

    @Test
    void shuffleKeepsTheSameSentencesInAnotherOrder() {
        String text = "One is here. Two is there! Three? Four is last.";
        Random random = new Random(5);
        for (int i = 0; i < 50; i++) {
            String shuffled = WorkloadGeneratorRandom.shuffleSentences(text, random);
            assertNotEquals(text, shuffled);
            assertEquals(sorted(text), sorted(shuffled));
        }
        assertEquals("Only one sentence.", WorkloadGeneratorRandom.shuffleSentences("Only one sentence.", random));
    }

    private static List<String> sorted(String text) {
        List<String> s = new ArrayList<>(List.of(text.split("(?<=[.!?])\\s+")));
        s.sort(null);
        return s;
    }

    @Test
    void aTypoIsOneSmallEditThatKeepsTheFirstLetter() {
        Random random = new Random(11);
        for (String word : List.of("Stalin", "Trotsky", "appointed", "seen", "NKVD", "rhythm")) {
            for (int i = 0; i < 200; i++) {
                String typo = WorkloadGeneratorRandom.typo(word, random);
                assertNotEquals(word, typo);
                assertEquals(word.charAt(0), typo.charAt(0), typo);
                assertTrue(Math.abs(typo.length() - word.length()) <= 1, typo);
            }
        }
    }

    @Test
    void misspellingTouchesOnlyLongWordsAndAtMostTheNumberAsked() {
        String text = "Stalin was the General Secretary of the party in 1922, so he appointed men.";
        Pattern split = Pattern.compile("[^\\p{L}\\p{N}]+");
        Random random = new Random(9);
        for (int i = 0; i < 100; i++) {
            String typo = WorkloadGeneratorRandom.misspell(text, 2, random);
            String[] before = split.split(text);
            String[] after = split.split(typo);
            assertEquals(before.length, after.length, typo);
            int changed = 0;
            for (int k = 0; k < before.length; k++) {
                if (!before[k].equals(after[k])) {
                    changed++;
                    assertTrue(before[k].length() >= 4 && before[k].chars().allMatch(Character::isLetter), before[k]);
                }
            }
            assertTrue(changed >= 1 && changed <= 2, typo);
        }
        assertEquals("So it is.", WorkloadGeneratorRandom.misspell("So it is.", 3, random));
    }

    @Test
    void refusesNoSeedsAndNegativeSizes() {
        WorkloadGeneratorRandom g = new WorkloadGeneratorRandom(1);
        assertThrows(IllegalArgumentException.class, () -> g.generate(List.of(), 10));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> g.generate(SEEDS, -1));
        assertTrue(e.getMessage().contains("-1"), e.getMessage());
    }
}
