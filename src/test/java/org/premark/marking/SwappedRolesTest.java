package org.premark.marking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.premark.claims.Claim;
import org.premark.claims.Token;
import org.premark.lang.Lexicon;
import org.premark.notes.Passage;

class SwappedRolesTest {

    private final Terms terms = new Terms(null, Lexicon.english());

    /** Notes of my own on Tudor ministers; "treasury", "navy", "Calais", "Dover" and "rebels" are the things. */
    private final SwappedRoles roles = new SwappedRoles(List.of(
            passage("t.p1", "", "Cromwell, Wolsey and Cranmer served the king. Wolsey and Cromwell both rose fast."),
            passage("t.p2", "", "Cromwell ran the treasury, Wolsey ran the navy; Cranmer wrote books."),
            passage("t.p3", "", "Cromwell kept his house in Calais, while Wolsey kept one in Dover."),
            passage("t.p4", "", "Cromwell and Cranmer disliked each other. The rebels hated Wolsey.")),
            terms, t -> terms.exactTerms("treasury navy Calais Dover rebels books").contains(t), 8, 2);

    private static Passage passage(String id, String heading, String text) {
        return new Passage(id, "t.txt", Integer.parseInt(id.substring(3)), heading, text, 0, text.length());
    }

    @Test
    void namesListedWithOtherNamesInSeveralPlacesArePeople() {
        assertEquals(Set.of(terms.exact("cromwell"), terms.exact("wolsey"), terms.exact("cranmer")), roles.people());
    }

    @Test
    void twoPeopleGivenEachOthersPartAreFound() {
        SwappedRoles.Swap s = roles.find("wolsey ran the treasury and cromwell was in charge of the navy").orElseThrow();
        assertEquals("wolsey", s.person());
        assertEquals("treasury", s.claimed());
        assertEquals("navy", s.noted());
        assertEquals("cromwell", s.other());
        assertEquals("t.p2", s.passageId());
        // Across two sentences too.
        assertTrue(roles.find("Cromwell had a house in Dover. Wolsey had his in Calais.").isPresent());
    }

    @Test
    void theRightWayRoundOrOnePairingAloneIsNoConflict() {
        assertTrue(roles.find("Cromwell ran the treasury and Wolsey ran the navy").isEmpty());
        // One person tied to a thing the notes give another, with no swapped partner: the notes may be incomplete.
        assertTrue(roles.find("Wolsey ran the treasury for years.").isEmpty());
        // Both things for one person: not a swap.
        assertTrue(roles.find("Wolsey ran the treasury and the navy, and Cromwell ran the navy too").isEmpty());
    }

    @Test
    void pairingsTheNotesNeverSetSideBySideAreNoConflict() {
        // The notes tie the rebels to Wolsey and the treasury to Cromwell, but never in one sentence.
        assertTrue(roles.find("The rebels hated Cromwell while Wolsey ran the treasury").isEmpty());
    }

    @Test
    void aListOfNamesIsOneClauseButANewNameAfterOtherWordsStartsAnother() {
        // "Cromwell and Cranmer" share the navy here, one clause; Wolsey, in his own clause, has the treasury.
        assertTrue(roles.find("Wolsey ran the treasury and Cromwell and Cranmer ran the navy").isPresent());
        // With "while" between, Dover stays with the second name.
        assertTrue(roles.find("Wolsey kept a house in Calais while Cromwell kept one in Dover").isPresent());
    }

    @Test
    void readingTheClaimsTermsFirstFindsTheSameSwaps() {
        List<String> answers = List.of("wolsey ran the treasury and cromwell was in charge of the navy",
                "Cromwell had a house in Dover. Wolsey had his in Calais.",
                "Wolsey's men ran the treasury and Cromwell's ran the navy.",
                // Only the reading at the hyphen finds the second person.
                "Cromwell ran the navy; the anti-Wolsey men ran the treasury.",
                "Cromwell ran the treasury and Wolsey ran the navy", "Wolsey ran the treasury for years.",
                "The treasury and the navy were run by the king.", "");
        Negations negations = new Negations(Lexicon.english(), terms);
        for (String answer : answers) {
            List<Claim> claims = claims(answer);
            List<List<String>> claimTerms = new ArrayList<>();
            for (Claim c : claims) {
                List<String> all = new ArrayList<>();
                negations.split(c, all, new ArrayList<>());
                claimTerms.add(all);
            }
            assertEquals(roles.find(answer), roles.find(answer, claims, claimTerms), answer);
        }
        assertTrue(roles.find("Cromwell ran the navy; the anti-Wolsey men ran the treasury.").isPresent());
    }

    /** The answer as one claim, tokenised as the tagger does: a possessive apart, a hyphenated word whole. */
    private static List<Claim> claims(String answer) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = Pattern.compile("[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)*|'s|[^\\s\\p{L}\\p{N}]").matcher(answer);
        while (m.find()) {
            tokens.add(new Token(m.group(), m.group().toLowerCase(Locale.ROOT), "X", m.start(), m.end()));
        }
        if (tokens.isEmpty()) {
            return List.of();
        }
        int start = tokens.get(0).start();
        int end = tokens.get(tokens.size() - 1).end();
        return List.of(new Claim(0, 0, answer.substring(start, end), start, end, tokens, "", false, false));
    }

    @Test
    void scanningForTokensAgreesWithThePattern() {
        for (String t : List.of("", "Wolsey, Cromwell & Cranmer; the King's men.", "rock'n'roll ’tis 1520s\nnext",
                "naïve Ærø Москва 東京 ⅻ 3½", "\uD835\uDC00bold \uD800x+y?z!")) {
            assertEquals(SwappedRoles.tokensByPattern(t), SwappedRoles.tokens(t), t);
        }
        java.util.Random random = new java.util.Random(3);
        String pool = "aZ9'’- .,;:!?&+\né東ⅻ\uD835\uDC00\t";
        for (int n = 0; n < 5_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                b.append(pool.charAt(random.nextInt(pool.length())));
            }
            assertEquals(SwappedRoles.tokensByPattern(b.toString()), SwappedRoles.tokens(b.toString()), b.toString());
        }
    }

    @Test
    void theSettingsAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> new SwappedRoles(List.of(), terms, t -> true, 0, 2));
        assertThrows(IllegalArgumentException.class, () -> new SwappedRoles.Swap("a", "", "c", "d", "p"));
    }
}
