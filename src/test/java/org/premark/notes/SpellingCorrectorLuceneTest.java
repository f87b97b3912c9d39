package org.premark.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SpellingCorrectorLuceneTest {

    private static List<String> repeat(String word, int times) {
        return Collections.nCopies(times, word);
    }

    private static final SpellingCorrectorLucene CORRECTOR;

    static {
        List<String> vocabulary = new ArrayList<>(List.of("trotsky", "general", "secretary", "secretariat",
                "menshevik", "mensheviks", "menshevism", "kamenev", "the", "lenin", "enrolment", "pall", "bearer"));
        vocabulary.addAll(repeat("zinoviev", 20));
        vocabulary.add("zinoveiv"); // a misspelling in the notes, seen once
        vocabulary.addAll(repeat("stalin", 50));
        CORRECTOR = SpellingCorrectorLucene.of(vocabulary);
    }

    @Test
    void correctsTranspositionsInsertionsAndSubstitutions() {
        assertThat(CORRECTOR.correct("Trotksy")).isEqualTo("trotsky");
        assertThat(CORRECTOR.correct("genral")).isEqualTo("general");
        assertThat(CORRECTOR.correct("secretery")).isEqualTo("secretary");
        assertThat(CORRECTOR.correct("menshevick")).isEqualTo("menshevik");
        assertThat(CORRECTOR.correct("Kamanev")).isEqualTo("kamenev");
        assertThat(CORRECTOR.correct("Stallin")).isEqualTo("stalin");
    }

    @Test
    void distanceCountsASwapOfNeighboursAsOneEdit() {
        assertThat(SpellingCorrectorLucene.distance("trotksy", "trotsky", 2)).isEqualTo(1);
        assertThat(SpellingCorrectorLucene.distance("kitten", "sitting", 5)).isEqualTo(3);
        assertThat(SpellingCorrectorLucene.distance("kitten", "sitting", 2)).as("capped").isEqualTo(3);
        assertThat(SpellingCorrectorLucene.distance("ca", "abc", 5)).as("optimal string alignment").isEqualTo(3);
        assertThat(SpellingCorrectorLucene.distance("same", "same", 0)).isZero();
        assertThat(SpellingCorrectorLucene.distance("a", "abcd", 1)).isEqualTo(2);
    }

    @Test
    void prefersTheMoreFrequentOfEquallyCloseWords() {
        assertThat(CORRECTOR.correct("Zinovev")).isEqualTo("zinoviev"); // "zinoveiv" is also one edit away
    }

    @Test
    void breaksFrequencyTiesAlphabetically() {
        SpellingCorrectorLucene c = SpellingCorrectorLucene.of(List.of("cart", "card"));
        assertThat(c.correct("carx")).isEqualTo("card");
        SpellingCorrectorLucene reversed = SpellingCorrectorLucene.of(List.of("card", "cart"));
        assertThat(reversed.correct("carx")).isEqualTo("card");
        SpellingCorrectorLucene weighted = SpellingCorrectorLucene.of(List.of("card", "cart", "cart"));
        assertThat(weighted.correct("carx")).isEqualTo("cart");
    }

    @Test
    void prefersFewerEditsOverFrequency() {
        SpellingCorrectorLucene c = SpellingCorrectorLucene.of(List.of("bolshevik", "bolshevik", "bolshevist",
                "bolshevist", "bolshevist"));
        assertThat(c.correct("bolshevick")).isEqualTo("bolshevik");
    }

    @Test
    void allowsOneEditUpToSevenLettersAndTwoFromEight() {
        assertThat(CORRECTOR.correct("genrl")).as("two edits, five letters").isEqualTo("genrl");
        assertThat(CORRECTOR.correct("secrtery")).as("two edits, eight letters").isEqualTo("secretary");
        assertThat(CORRECTOR.correct("sekreteri")).as("three edits").isEqualTo("sekreteri");
    }

    @Test
    void leavesKnownShortAndNonWordsAlone() {
        assertThat(CORRECTOR.correct("Stalin")).isEqualTo("stalin");
        assertThat(CORRECTOR.correct("zinoveiv")).as("known, though misspelt").isEqualTo("zinoveiv");
        assertThat(CORRECTOR.correct("teh")).isEqualTo("teh");
        assertThat(CORRECTOR.correct("1924")).isEqualTo("1924");
        assertThat(CORRECTOR.correct("1920s")).isEqualTo("1920s");
        assertThat(CORRECTOR.correct("Qwertyuiop")).isEqualTo("qwertyuiop");
        assertThat(CORRECTOR.correct("thee")).as("no corrections to words under four letters").isEqualTo("thee");
    }

    @Test
    void isDeterministicAcrossThreads() {
        List<String> words = List.of("Trotksy", "genral", "secretery", "menshevick", "Zinovev", "Kamanev", "Stalin",
                "unknownword", "1924");
        List<String> sequential = words.stream().map(CORRECTOR::correct).toList();
        SpellingCorrectorLucene fresh = SpellingCorrectorLucene.of(List.of("trotsky", "general", "secretary",
                "menshevik", "kamenev", "stalin", "zinoviev", "zinoviev", "zinoveiv"));
        List<List<String>> parallel = IntStream.range(0, 64).parallel()
                .mapToObj(i -> words.stream().map(fresh::correct).toList()).toList();
        assertThat(parallel).allSatisfy(r -> assertThat(r).isEqualTo(sequential));
    }

    @Test
    void wordsFewEditsApartShareMostLetters() {
        // the skip in lookup relies on this: d edits change the letter set by at most 2d bits
        assertThat(Long.bitCount(SpellingCorrectorLucene.letters("trotsky") ^ SpellingCorrectorLucene.letters("trotksy")))
                .as("a swap").isZero();
        assertThat(Long.bitCount(SpellingCorrectorLucene.letters("purge") ^ SpellingCorrectorLucene.letters("purje")))
                .as("a substitution").isEqualTo(2);
        assertThat(Long.bitCount(SpellingCorrectorLucene.letters("café") ^ SpellingCorrectorLucene.letters("cafe")))
                .as("é for e: a substitution, with a letter outside a-z").isEqualTo(2);
        java.util.Random random = new java.util.Random(7);
        String alphabet = "abcdefghijklmnopqrstuvwxyzéü";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder a = new StringBuilder();
            for (int i = 4 + random.nextInt(8); i > 0; i--) {
                a.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            StringBuilder b = new StringBuilder(a);
            for (int e = random.nextInt(3); e >= 0 && b.length() > 1; e--) {
                int at = random.nextInt(b.length() - 1);
                char c = alphabet.charAt(random.nextInt(alphabet.length()));
                switch (random.nextInt(4)) {
                    case 0 -> b.insert(at, c);
                    case 1 -> b.deleteCharAt(at);
                    case 2 -> b.setCharAt(at, c);
                    default -> {
                        char t = b.charAt(at);
                        b.setCharAt(at, b.charAt(at + 1));
                        b.setCharAt(at + 1, t);
                    }
                }
            }
            int d = SpellingCorrectorLucene.distance(a.toString(), b.toString(), 20);
            long diff = SpellingCorrectorLucene.letters(a.toString()) ^ SpellingCorrectorLucene.letters(b.toString());
            assertThat(Long.bitCount(diff)).as("%s / %s", a, b).isLessThanOrEqualTo(2 * d);
        }
    }

    @Test
    void knownWordsAreFast() {
        List<String> words = List.of("Stalin", "trotsky", "General", "secretary", "the", "1924", "zinoviev");
        for (int i = 0; i < 50_000; i++) {
            CORRECTOR.correct(words.get(i % words.size())); // warm up
        }
        int n = 700_000;
        long start = System.nanoTime();
        int sink = 0;
        for (int i = 0; i < n; i++) {
            sink += CORRECTOR.correct(words.get(i % words.size())).length();
        }
        double microsPerWord = (System.nanoTime() - start) / 1000.0 / n;
        assertThat(sink).isPositive();
        // target is well under 1 µs; the bound is loose because the test machine is shared
        assertThat(microsPerWord).isLessThan(5.0);
    }
}
