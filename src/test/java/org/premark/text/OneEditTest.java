package org.premark.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OneEditTest {

    @Test
    void findsEachKindOfEdit() {
        OneEdit known = new OneEdit(Set.of("membrane", "ribosome", "nucleus"));
        assertTrue(known.from("membane"), "a letter dropped");
        assertTrue(known.from("membrrane"), "a letter doubled");
        assertTrue(known.from("ribosone"), "a letter changed");
        assertTrue(known.from("nuclues"), "two letters swapped");
        assertTrue(known.from("nucleuss"), "a letter added at the end");
        assertTrue(known.from("anucleus"), "a letter added at the start");
        assertFalse(known.from("nucleus"), "the word itself is no edit away unless a swap of equal letters gives it");
        assertFalse(known.from("nuclxxus"));
        assertFalse(known.from("membraneribosome"));
        assertTrue(new OneEdit(Set.of("seed")).from("seed"), "swapping the two e's gives the word back");
        assertFalse(new OneEdit(Set.of()).from("anything"));
    }

    /** The hashed look-up gives what building every neighbour gives, on random words over a small alphabet. */
    @Test
    void agreesWithBuildingEveryNeighbour() {
        Random random = new Random(5);
        String alphabet = "abceinorst'é-Z";
        for (int round = 0; round < 40; round++) {
            Set<String> words = new HashSet<>();
            for (int k = 0; k < 300; k++) {
                words.add(randomWord(random, alphabet, 1 + random.nextInt(9)));
            }
            OneEdit known = new OneEdit(Set.copyOf(words));
            List<String> list = List.copyOf(words);
            for (int k = 0; k < 400; k++) {
                String w = random.nextBoolean() ? randomWord(random, alphabet, random.nextInt(11))
                        : edit(random, list.get(random.nextInt(list.size())));
                assertEquals(TextNormalizerRules.oneEditFrom(w, words), known.from(w), w);
            }
        }
    }

    private static String randomWord(Random random, String alphabet, int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    /** A known word with zero to two random edits. */
    private static String edit(Random random, String word) {
        StringBuilder b = new StringBuilder(word);
        int edits = random.nextInt(3);
        for (int e = 0; e < edits && b.length() > 0; e++) {
            int i = random.nextInt(b.length());
            switch (random.nextInt(4)) {
                case 0 -> b.deleteCharAt(i);
                case 1 -> b.insert(i, (char) ('a' + random.nextInt(26)));
                case 2 -> b.setCharAt(i, (char) ('a' + random.nextInt(26)));
                default -> {
                    if (i + 1 < b.length()) {
                        char c = b.charAt(i);
                        b.setCharAt(i, b.charAt(i + 1));
                        b.setCharAt(i + 1, c);
                    }
                }
            }
        }
        return b.toString();
    }
}
