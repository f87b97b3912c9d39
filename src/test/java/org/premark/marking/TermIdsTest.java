package org.premark.marking;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TermIdsTest {

    @Test
    void numbersDistinctTermsInTheOrderGiven() {
        TermIds ids = TermIds.of(List.of("salt", "tax", "salt", "levy"));
        assertEquals(3, ids.size());
        assertEquals(0, ids.id("salt"));
        assertEquals(1, ids.id("tax"));
        assertEquals(2, ids.id("levy"));
        assertEquals(-1, ids.id("bread"), "a term the rubric does not have");
        assertArrayEquals(new int[] {2, 0}, ids.idsOf(List.of("levy", "salt")));
    }

    @Test
    void aPhraseTermWithoutAnIdIsAMistake() {
        TermIds ids = TermIds.of(List.of("salt"));
        assertThrows(IllegalArgumentException.class, () -> ids.idsOf(List.of("salt", "bread")));
        List<String> withNull = new ArrayList<>(List.of("salt"));
        withNull.add(null);
        assertThrows(IllegalArgumentException.class, () -> TermIds.of(withNull));
    }

    @Test
    void anEmptyTableKnowsNothing() {
        TermIds ids = TermIds.of(List.of());
        assertEquals(0, ids.size());
        assertTrue(ids.known(List.of("salt")).isEmpty());
        assertTrue(TermIds.containsAll(new BitSet(), new int[0]), "every set holds no ids");
    }

    /** Bit tests answer as set look-ups: membership and "holds all of these", on random known and unknown terms. */
    @Test
    void bitTestsAnswerAsSetLookUps() {
        List<String> vocabulary = List.of("king", "crown", "tax", "levy", "salt", "duty", "army", "troops");
        List<String> words = new ArrayList<>(vocabulary);
        words.addAll(List.of("river", "weather", "bread"));
        TermIds ids = TermIds.of(vocabulary);
        Random random = new Random(5);
        for (int round = 0; round < 2000; round++) {
            Set<String> claim = new HashSet<>();
            for (int t = random.nextInt(6); t > 0; t--) {
                claim.add(words.get(random.nextInt(words.size())));
            }
            List<String> phrase = new ArrayList<>();
            for (int t = random.nextInt(4); t > 0; t--) {
                phrase.add(vocabulary.get(random.nextInt(vocabulary.size())));
            }
            BitSet bits = ids.known(claim);
            for (String v : vocabulary) {
                assertEquals(claim.contains(v), bits.get(ids.id(v)), v + " in " + claim);
            }
            assertEquals(claim.containsAll(phrase), TermIds.containsAll(bits, ids.idsOf(phrase)),
                    phrase + " in " + claim);
        }
        assertFalse(ids.known(List.of("bread")).get(0));
    }
}
