package org.premark.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each normalisation rule on sentences written for the test, and the offset map back to the original. */
class TextNormalizerRulesTest {

    private static final CasedWords WORDS = CasedWords.learn(List.of(
            "After the death of Lenin the Politburo met. The NKVD arrested many. Proteins are made when mRNA is read."));
    private static final TextNormalizerRules RULES = new TextNormalizerRules(WORDS);

    private static Normalized of(String s) {
        return Normalized.identity(s);
    }

    /** Every original character is found again, unchanged but for case, at the place the map gives. */
    private static void assertMapsBack(Normalized n) {
        String original = n.original();
        int seen = 0;
        for (int i = 0; i < n.text().length(); i++) {
            if (n.inserted(i)) {
                assertTrue(Character.isWhitespace(n.text().charAt(i)), "inserted characters are whitespace");
                continue;
            }
            int o = n.originalStart(i);
            assertEquals(seen, o, "original characters keep their order");
            assertEquals(Character.toLowerCase(original.charAt(o)), Character.toLowerCase(n.text().charAt(i)));
            assertEquals(o + 1, n.originalEnd(i + 1));
            seen++;
        }
        assertEquals(original.length(), seen, "no original character is lost");
    }

    @Test
    void numberedListOnOneLineGetsALineBreakBeforeEachItem() {
        Normalized n = TextNormalizerRules.inlineLists(of("1. It leaves the cell2. It moves to the gut 3) It is used"));
        assertEquals("1. It leaves the cell\n2. It moves to the gut \n3) It is used", n.text());
        assertMapsBack(n);
    }

    @Test
    void listNumbersMustCountUpFromOne() {
        assertSame(TextNormalizerRules.inlineLists(of("He was aged 2. He grew up in 1905. Then 3. things")).text(),
                "He was aged 2. He grew up in 1905. Then 3. things");
        assertEquals("The first: 1. water\n2. salt", TextNormalizerRules.inlineLists(of("The first: 1. water 2. salt"))
                .text().replace(" \n", "\n"));
    }

    @Test
    void listNumberedWithDashesIsSplitToo() {
        Normalized n = TextNormalizerRules.inlineLists(of("1-the seed swells 2-A root grows down3-the shoot rises"));
        assertEquals("1-the seed swells \n2-A root grows down\n3-the shoot rises", n.text());
        assertMapsBack(n);
        assertEquals("1--ice melts\n2--water boils",
                TextNormalizerRules.inlineLists(of("1--ice melts 2--water boils")).text().replace(" \n", "\n"));
    }

    @Test
    void rangesAndCompoundsWithDashesAreNoList() {
        for (String s : List.of("1- Add 3-4 drops of acid, then 2-3 of base",
                "1-year-old plants grow less than a 2-year-old plant",
                "1. Mix the salt 2-fold more slowly. 2. Heat it",
                "The test took 1-2 hours")) {
            String out = TextNormalizerRules.inlineLists(of(s)).text();
            assertEquals(s.replace("slowly. 2.", "slowly. \n2."), out, s);
        }
    }

    @Test
    void bulletsInsideALineStartNewLines() {
        assertEquals("\u2022 heat \n\u2022 light", TextNormalizerRules.inlineBullets(of("\u2022 heat \u2022 light")).text());
        assertEquals("- heat \n- light \n- sound", TextNormalizerRules.inlineBullets(of("- heat - light - sound")).text());
        assertEquals("He was clever - he won", TextNormalizerRules.inlineBullets(of("He was clever - he won")).text());
    }

    @Test
    void stopTypedWithoutASpaceGetsOne() {
        Normalized n = TextNormalizerRules.gluedStops(of("It left the cell.Then it grew.it split"));
        assertEquals("It left the cell. Then it grew. it split", n.text());
        assertMapsBack(n);
        assertEquals("the U.S.S.R. grew, e.g.the farms", TextNormalizerRules.gluedStops(of("the U.S.S.R. grew, e.g.the farms")).text());
        assertEquals("12.5% of 1.5kg", TextNormalizerRules.gluedStops(of("12.5% of 1.5kg")).text());
    }

    @Test
    void lowerCaseWordsGluedTogetherArePartedOnlyWhenBothHalvesAreWordsAndTheWholeIsNot() {
        java.util.Set<String> words = java.util.Set.of("heat", "rises", "warm", "sinks", "cool", "air", "convection",
                "conduct", "conduction", "ions", "metal", "the", "radiation", "rays", "radiator");
        Normalized n = TextNormalizerRules.gluedLowerWords(of("warm air risesconvection is when cool air sinks"),
                words);
        assertEquals("warm air rises convection is when cool air sinks", n.text());
        assertMapsBack(n);
        assertEquals("by conduction", TextNormalizerRules.gluedLowerWords(of("by conduction"), words).text(),
                "a known word is never split, though conduct+ion are words");
        assertEquals("conductions", TextNormalizerRules.gluedLowerWords(of("conductions"), words).text(),
                "one letter from a word: a misspelling, not two words (conduct+ions)");
        assertEquals("themetalrays", TextNormalizerRules.gluedLowerWords(of("themetalrays"), words).text(),
                "no split into two words of four letters or more");
        assertEquals("Heatrises", TextNormalizerRules.gluedLowerWords(of("Heatrises"), words).text(),
                "only lower-case runs");
        assertEquals("heat radiation", TextNormalizerRules.gluedLowerWords(of("heatradiation"), words).text());
    }

    @Test
    void capitalRunsAndAGluedTheArePartedToo() {
        java.util.Set<String> words = java.util.Set.of("heat", "rises", "warm", "air", "the", "radiation", "metal",
                "handle", "breathe", "soothe");
        Normalized n = TextNormalizerRules.gluedLowerWords(of("HEATRADIATION FROM THE HANDLETHE AIR RISES"),
                words);
        assertEquals("HEAT RADIATION FROM THE HANDLE THE AIR RISES", n.text());
        assertMapsBack(n);
        assertEquals("the handle the air", TextNormalizerRules.gluedLowerWords(of("the handlethe air"), words).text());
        assertEquals("BREATHE and soothe", TextNormalizerRules.gluedLowerWords(of("BREATHE and soothe"), words).text(),
                "a known word ending in -the is never cut");
        assertEquals("handlethem", TextNormalizerRules.gluedLowerWords(of("handlethem"), words).text(),
                "only a run ending in the word 'the' itself");
    }

    @Test
    void wordsRunTogetherArePartedUnlessTheWordIsKnown() {
        Normalized n = TextNormalizerRules.gluedWords(of("water crosses the wallHeat moves by conduction"), WORDS);
        assertEquals("water crosses the wall\nHeat moves by conduction", n.text());
        assertMapsBack(n);
        CasedWords known = CasedWords.learn(List.of("We used the new PowerPoint file."));
        assertEquals("a PowerPoint", TextNormalizerRules.gluedWords(of("a PowerPoint"), known).text());
        assertEquals("the mRNA and McCoy", TextNormalizerRules.gluedWords(of("the mRNA and McCoy"), WORDS).text());
    }

    @Test
    void capitalsAreLoweredAndProperNounsAndSentenceStartsRestored() {
        Normalized n = TextNormalizerRules.letterCase(of("AFTER LENIN DIED THE NKVD GREW. I THINK MRNA IS READ"), WORDS);
        assertEquals("After Lenin died the NKVD grew. I think mRNA is read", n.text());
        assertMapsBack(n);
    }

    @Test
    void lowerCaseAnswersGetSentenceStartsAndProperNouns() {
        assertEquals("Lenin never said who should lead. Then i'm sure the Politburo met".replace("i'm", "I'm"),
                TextNormalizerRules.letterCase(of("lenin never said who should lead. then i'm sure the politburo met"), WORDS)
                        .text());
    }

    @Test
    void mixedCaseKeepsWhatTheStudentCapitalised() {
        assertEquals("The mRNA leaves. Then the politburo met",
                TextNormalizerRules.letterCase(of("The mRNA leaves. then the politburo met"), WORDS).text());
        assertEquals("mRNA leaves the nucleus", TextNormalizerRules.letterCase(of("mRNA leaves the nucleus"), WORDS).text());
    }

    @Test
    void shortTextIsLeftAlone() {
        assertEquals("OK YES", TextNormalizerRules.letterCase(of("OK YES"), WORDS).text());
    }

    @Test
    void allRulesTogetherMapBack() {
        Normalized n = RULES.normalize("1.THE MRNA LEAVES THE NUCLEUS.THEN IT MOVES2. TRNA BRINGS AMINO ACIDS");
        assertEquals("1.The mRNA leaves the nucleus. Then it moves\n2. tRNA brings amino acids", n.text());
        assertMapsBack(n);
        assertTrue(RULES.normalize("Stalin won because he was clever.").unchanged());
    }

    @Test
    void casedWordsAreLearnedFromCarefulTextButNotFromSentenceStarts() {
        CasedWords w = CasedWords.learn(List.of("Water is wet. We drink water. The Volga is long."));
        assertEquals(null, w.cased("water"));
        assertEquals("Volga", w.cased("volga"));
        assertEquals("mRNA", w.cased("mrna"), "from the resource list");
    }

    /**
     * The quick checks that let answers skip the glued-stop and glued-word patterns never skip a text the
     * pattern would change, on chosen and on random text.
     */
    @Test
    void quickChecksNeverSkipATextThePatternMatches() {
        java.util.regex.Pattern stop = java.util.regex.Pattern.compile("(?<=[\\p{L}\\p{N}][\\p{L}\\p{N}])[.!?](?=\\p{L}\\p{L})");
        java.util.regex.Pattern word = java.util.regex.Pattern.compile("(?<=\\p{Ll}{3})(?=\\p{Lu}\\p{Ll})");
        java.util.regex.Pattern number = java.util.regex.Pattern.compile("(?<!\\d)(\\d{1,2})[.)](?=\\s|\\p{L}|$)");
        java.util.regex.Pattern bullet = java.util.regex.Pattern.compile("[\u2022\u25AA\u25E6\u2023]");
        List<String> chosen = List.of("cell.The", "e.g.the", "wallHeat", "McCarthy", "no glue here.", "a. B",
                "éléÉté", "x\uD835\uDC00y", "ABC.def", "abcDE", "1. it 2) then", "\u2022 a \u25E6 b", "٣. x");
        java.util.Random random = new java.util.Random(11);
        String alphabet = "abcABC.!? 1éÉ\uD835\uDC1A)9٣\u2022\u25AA\u25E6\u2023\u2024";
        List<String> texts = new java.util.ArrayList<>(chosen);
        for (int n = 0; n < 20000; n++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            texts.add(b.toString());
        }
        for (String t : texts) {
            if (stop.matcher(t).find()) {
                assertTrue(TextNormalizerRules.mayHaveGluedStop(t), t);
            }
            if (word.matcher(t).find()) {
                assertTrue(TextNormalizerRules.mayHaveGluedWord(t), t);
            }
            if (number.matcher(t).find()) {
                assertTrue(Digits.any(t), t);
            }
            assertEquals(bullet.matcher(t).find(), TextNormalizerRules.hasRoundBullet(t), t);
        }
        assertTrue(!TextNormalizerRules.mayHaveGluedStop("It grew. Then it split."));
        assertTrue(!TextNormalizerRules.mayHaveGluedWord("The NKVD arrested many"));
    }

    /** A normaliser with a word list remembers each run's cut; what it gives stays what the rule gives. */
    @Test
    void rememberedCutsGiveTheSameTextAsTheRule() {
        java.util.Set<String> words = java.util.Set.of("heat", "rises", "warm", "air", "convection", "conduction",
                "radiation");
        TextNormalizerRules rules = new TextNormalizerRules(WORDS, words);
        for (String t : List.of("warm air risesconvection", "heatradiation and heatradiation", "conductions",
                "warm air risesconvection")) {
            assertEquals(TextNormalizerRules.gluedLowerWords(of(t), words).text(), rules.normalize(t).text()
                    .toLowerCase(java.util.Locale.ROOT).replace("\n", " "), t);
        }
        assertEquals(4, TextNormalizerRules.cut("heatrises", words));
        assertEquals(-1, TextNormalizerRules.cut("conductions", words));
    }

    @Test
    void findsLowerCaseRunsAsThePatternDoes() {
        List<String> texts = List.of("", "membranes", "shortone", "sevenab", "RIBOSOMES and NUCLEUSTHE", "mixedCaseword",
                "well-knownword", "o’clockwatcher", "abcdefgh1", "naïvetéword Москвазаводы", "\uD835\uDC1Aabcdefgh",
                "abcdefgh\uD800", "ǅabcdefghi");
        for (String t : texts) {
            assertArrayEquals(TextNormalizerRules.lowerRunsByPattern(t), TextNormalizerRules.lowerRuns(t), t);
        }
        java.util.Random random = new java.util.Random(11);
        String pool = "aaaaabbbbcdeXYZ9'’- .,é\uD835\uDC1Aǅ";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                b.append(pool.charAt(random.nextInt(pool.length())));
            }
            String t = b.toString();
            assertArrayEquals(TextNormalizerRules.lowerRunsByPattern(t), TextNormalizerRules.lowerRuns(t), t);
        }
    }
}
