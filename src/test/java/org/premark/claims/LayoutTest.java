package org.premark.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.premark.lang.Lexicon;
import org.premark.lang.WordList;

/** Line, list-marker and run-on cutting, before any model runs. */
class LayoutTest {

    private static List<String> lines(String text) {
        return Layout.lines(text).stream().map(span -> text.substring(span[0], span[1])).toList();
    }

    @Test
    void everyLineIsItsOwnStretchWithoutListMarkers() {
        assertEquals(List.of("stalin had the jobs", "trotsky was away", "Lenin died", "the left lost",
                        "the right lost", "Stalin won"),
                lines("- stalin had the jobs\r\n* trotsky was away\n\n  \u2022 Lenin died\n1. the left lost\n"
                        + "2) the right lost\n   Stalin won   "));
    }

    @Test
    void numberMarkersWithoutASpaceOrWithoutText() {
        assertEquals(List.of("Stalin won", "12.5% of members were purged"),
                lines("1.Stalin won\n2.\n12.5% of members were purged"));
    }

    @Test
    void numbersAndDashesInsideALineStay() {
        assertEquals(List.of("1924 was the year Lenin died", "the purges of 1937-38 - a terror"),
                lines("1924 was the year Lenin died\nthe purges of 1937-38 - a terror"));
    }

    @Test
    void fullStopWithoutASpaceEndsASentence() {
        assertEquals(List.of("Lenin died in 1924.", "Stalin won. Trotsky lost"),
                lines("Lenin died in 1924.Stalin won. Trotsky lost"));
        assertEquals(List.of("the U.S.S.R. grew"), lines("the U.S.S.R. grew"));
    }

    @Test
    void blankTextHasNoLines() {
        assertEquals(List.of(), lines(""));
        assertEquals(List.of(), lines(" \n\t\n - \n"));
    }

    private static List<int[]> chunks(String[] words, int max) {
        Lexicon en = Lexicon.english();
        return Layout.chunks(words, max, en.words(WordList.SENTENCE_BREAKS, "after"),
                en.words(WordList.SENTENCE_BREAKS, "before"));
    }

    @Test
    void shortSentencesAreNotChunked() {
        String[] words = "Stalin won , so Trotsky lost .".split(" ");
        assertEquals(1, chunks(words, 80).size());
        assertEquals(0, chunks(new String[0], 80).size());
    }

    @Test
    void runOnsAreChunkedAtCommasOrBeforeConnectives() {
        String[] words = "stalin was clever and trotsky was ill so he lost ".repeat(30).trim().split(" ");
        List<int[]> chunks = chunks(words, 20);
        assertEquals(0, chunks.get(0)[0]);
        assertEquals(words.length, chunks.get(chunks.size() - 1)[1]);
        for (int k = 0; k < chunks.size(); k++) {
            int[] c = chunks.get(k);
            assertTrue(c[1] - c[0] <= 20 && c[1] > c[0], "chunk " + Arrays.toString(c));
            if (k > 0) {
                assertEquals(chunks.get(k - 1)[1], c[0], "chunks are contiguous");
                assertTrue(Set.of("and", "so").contains(words[c[0]]), "chunk starts at a connective: " + words[c[0]]);
            }
        }
        String[] commas = "a , b c d e f g h i j , k l m n o p q r s t u".split(" ");
        assertEquals(12, chunks(commas, 14).get(0)[1], "cut after the last comma in the window");
        String[] plain = "a b c d e f g h i j k l m n o p".split(" ");
        assertEquals(List.of(8, 16), chunks(plain, 8).stream().map(c -> c[1]).toList());
        assertThrows(IllegalArgumentException.class, () -> chunks(plain, 1));
    }
}
