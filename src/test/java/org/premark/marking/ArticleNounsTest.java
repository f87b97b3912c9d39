package org.premark.marking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.premark.claims.Token;
import org.premark.lang.Lexicon;

class ArticleNounsTest {

    private static final Terms TERMS = new Terms(null, Lexicon.english());
    private static final ArticleNouns NOUNS = ArticleNouns.of(Lexicon.english());

    @Test
    void onlyAnArticleAndOneWordIsSuchAMember() {
        assertEquals("north", NOUNS.noun("The North"));
        assertEquals("rebel", NOUNS.noun("a rebel"));
        assertNull(NOUNS.noun("northern lords"), "no article");
        assertNull(NOUNS.noun("the northern lords"), "two words after the article");
        assertNull(NOUNS.noun("north"));
    }

    @Test
    void theWordCountsAfterAnArticleWithNoContentWordAfterIt() {
        Set<String> nouns = Set.of("north", "south");
        assertEquals(Set.of("north"), NOUNS.used(Terms.words("the barons of the north"), nouns, TERMS));
        assertEquals(Set.of("south"), NOUNS.used(Terms.words("he sided with the south in the war"), nouns, TERMS));
        assertEquals(Set.of(), NOUNS.used(Terms.words("he rode to the north gate"), nouns, TERMS),
                "an adjective of 'gate'");
        assertEquals(Set.of(), NOUNS.used(Terms.words("he rode north"), nouns, TERMS), "no article");
    }

    @Test
    void aWordTaggedAsANounCountsWhateverFollowsIt() {
        Set<String> nouns = Set.of("north");
        List<Token> rose = List.of(new Token("The", "the", "DET", 0, 3), new Token("north", "north", "NOUN", 4, 9),
                new Token("rose", "rise", "VERB", 10, 14));
        assertEquals(Set.of("north"), NOUNS.usedTagged(rose, nouns, TERMS));
        List<Token> gate = List.of(new Token("the", "the", "DET", 0, 3), new Token("north", "north", "ADJ", 4, 9),
                new Token("gate", "gate", "NOUN", 10, 14));
        assertEquals(Set.of(), NOUNS.usedTagged(gate, nouns, TERMS));
    }
}
