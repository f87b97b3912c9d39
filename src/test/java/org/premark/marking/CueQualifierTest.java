package org.premark.marking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.premark.lang.Lexicon;
import org.premark.lang.WordList;

class CueQualifierTest {

    private static final Lexicon LEXICON = Lexicon.english();
    private static final Terms TERMS = new Terms(null, LEXICON);
    private static final CueQualifier.Words WORDS = words();

    private static CueQualifier.Words words() {
        Set<String> degree = LEXICON.words(WordList.STOP_WORDS, "degree");
        Set<String> qualifiers = new java.util.HashSet<>(LEXICON.words(WordList.STOP_WORDS, "qualifier"));
        qualifiers.addAll(degree);
        Set<String> bare = LEXICON.words(WordList.NEGATION_BARE_CONTRACTIONS);
        return new CueQualifier.Words(LEXICON.words(WordList.STOP_WORDS, "article"), qualifiers, degree,
                w -> TERMS.isNegation(w) || bare.contains(w), LEXICON.words(WordList.AUXILIARY_LEMMAS),
                LEXICON.words(WordList.NOUN_MARKERS));
    }

    @Test
    void aVerbCueIsNotMetByItsWordUsedAsANoun() {
        assertTrue(CueQualifier.of("could not steer", TERMS, WORDS).verb());
        assertFalse(CueQualifier.of("no harbour", TERMS, WORDS).verb());
        assertTrue(present("could not steer", "the old captain could no longer steer the ship"));
        assertTrue(present("could not steer", "after the fever he couldnt guide anyone", "guide"));
        assertFalse(present("could not steer", "the crew had no guide through the reef", "guide"));
        assertFalse(present("could not steer", "there was no steer left in the barn"));
        assertTrue(present("no harbour", "the fleet had no harbour to shelter in"), "a noun cue keeps its marker");
    }

    private static boolean present(String cue, String claim, String... synonyms) {
        CueQualifier q = CueQualifier.of(cue, TERMS, WORDS);
        List<String> words = Terms.words(claim);
        List<String> termOf = new ArrayList<>();
        words.forEach(w -> termOf.add(TERMS.exact(w)));
        Set<String> stands = new java.util.HashSet<>(Set.of(q.term()));
        for (String s : synonyms) {
            stands.add(TERMS.exact(s));
        }
        return q.present(words, termOf, stands, 2, WORDS);
    }

    @Test
    void aCueOfOneContentWordKeepsTheWordThatQualifiesIt() {
        CueQualifier proud = CueQualifier.of("too proud", TERMS, WORDS);
        assertEquals(List.of("too"), proud.before());
        assertEquals(List.of(), proud.after());
        assertEquals(List.of("each"), CueQualifier.of("blamed each other", TERMS, WORDS).after());
        assertEquals(List.of("other"), CueQualifier.of("in other lands", TERMS, WORDS).before());
    }

    @Test
    void plainGrammarArticlesAndCuesOfSeveralContentWordsHaveNoQualifier() {
        assertNull(CueQualifier.of("was a monk", TERMS, WORDS), "a form of 'be' says nothing about the word");
        assertNull(CueQualifier.of("the blockade", TERMS, WORDS));
        assertNull(CueQualifier.of("harbour tax", TERMS, WORDS));
        assertNull(CueQualifier.of("the", TERMS, WORDS));
    }

    @Test
    void theBareContentWordIsNotTheCue() {
        assertFalse(present("too proud", "the townspeople were proud of their new harbour"));
        assertTrue(present("too proud", "the duke was too proud to ask for help"));
        assertFalse(present("in other lands", "there were mills all over the land"));
        assertTrue(present("in other lands", "wool was sold in other lands"));
        assertFalse(present("more taxes", "the barons paid taxes"));
        assertTrue(present("more taxes", "the barons had to pay more and more taxes"));
    }

    @Test
    void anyDegreeWordAndAnyNegationStandForEachOther() {
        assertTrue(present("too frightened", "the monks were so scared that they hid", "scared"));
        assertTrue(present("named nobody", "the old king didnt name an heir"));
        assertTrue(present("could not govern", "she could no longer rule", "rule"));
        assertFalse(present("could not govern", "the council did not want one woman to rule", "rule"),
                "the negation is too far from the word");
    }

    @Test
    void aQualifierMustStandOnItsOwnSideWithinTheWindow() {
        assertFalse(present("too proud", "he was proud too"));
        assertFalse(present("too proud", "he was too clever and proud"), "three words away");
        assertThrows(IllegalArgumentException.class, () -> new CueQualifier("proud", List.of(), List.of()));
    }
}
