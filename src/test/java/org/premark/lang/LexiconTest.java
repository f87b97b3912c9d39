package org.premark.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LexiconTest {

    private final Lexicon en = Lexicon.english();

    @Test
    void everyListLoadsAndTheLexiconIsLoadedOnce() {
        for (WordList list : WordList.values()) {
            assertFalse(en.words(list).isEmpty(), list.file());
        }
        assertSame(en, Lexicon.english());
        assertEquals("en", en.language());
        assertTrue(en.words(WordList.STOP_WORDS).contains("the"));
    }

    @Test
    void connectivesCarryTheirKindRolesAndSpellings() {
        Connective because = en.connectives().stream().filter(c -> c.connective().equals("because")).findFirst()
                .orElseThrow();
        assertEquals(Connective.Kind.CAUSE, because.kind());
        assertTrue(because.spellings().contains("becuase"));
        assertTrue(en.connectives(Connective.CAUSAL).containsAll(List.of("because", "so", "therefore", "which meant")));
        assertEquals(Set.of("because", "because of", "since", "as", "due to", "as a result of",
                "as a consequence of"), en.connectives(Connective.REASON));
        assertFalse(en.connectives(Connective.CAUSAL).contains("however"));
        assertFalse(en.connectives(Connective.CAUSAL).contains("and"));
    }

    @Test
    void negationRolesKeepTheTwoStagesApart() {
        assertTrue(en.words(WordList.NEGATIONS, "clause").contains("noone"));
        assertFalse(en.words(WordList.NEGATIONS, "scope").contains("noone"));
        assertTrue(en.words(WordList.NEGATIONS, "scope").contains("without"));
        assertFalse(en.words(WordList.NEGATIONS, "clause").contains("without"));
        assertTrue(en.words(WordList.NEGATIONS, "clause").contains("not"));
        assertTrue(en.words(WordList.NEGATIONS, "scope").contains("not"));
    }

    @Test
    void outcomeWordsAreGroupedByTheirRole() {
        assertTrue(en.groups(WordList.OUTCOME_SYNONYMS).get("overthrow").contains("coup"));
        assertFalse(en.groups(WordList.OUTCOME_SYNONYMS).get("support").contains("coup"));
        assertTrue(en.groups(WordList.OUTCOME_SYNONYMS).get("support").contains("backed"),
                "'backed' has a stem of its own (stem-exceptions.txt), so it can state support");
    }

    @Test
    void aWordWhoseStemIsAnEverydayWordStemsToATermOfItsOwn() {
        assertEquals(en.stem("backed"), en.stem("backers"), "the forms of 'support someone' share one term");
        assertFalse(en.stem("back").equals(en.stem("backed")), "'went back' is not 'backed him'");
        assertEquals(en.stem("beat"), en.stem("beaten"), "an irregular past form is its verb");
        assertEquals(en.stem("shooting"), en.stem("shot"));
        assertEquals(en.stem("choose"), en.stem("chosen"));
        assertFalse(en.stem("leave").equals(en.stem("left")), "'left' has a sense of its own, the side");
        assertEquals("back", en.stem("backs"), "other forms of the everyday word stem as before");
    }

    @Test
    void takingAPartyInADisputeIsNotTheNounSide() {
        assertEquals(en.stem("sided"), en.stem("siding"), "'the duke sided with the rebels' and 'siding with them'");
        assertFalse(en.stem("side").equals(en.stem("sided")), "'the crowd was on the duke's side' is no pact he made");
        assertEquals(en.stem("side"), en.stem("sides"), "'changed sides' still meets 'switched sides'");
    }

    @Test
    void judgementWordsAreStoredAsWordsAndStemmedOnLoad() {
        // The stems the rule compared before the list became data ("wanted" was never reachable as a stem).
        assertEquals(Set.of("strong", "stronger", "weak", "weaker", "popular", "unpopular",
                "clever", "good", "better", "bad", "wors", "control", "effect", "afraid", "fear", "scare",
                "smart", "ruthless", "won", "win", "lost", "lose", "support", "trust", "distrust", "mistrust", "like",
                "hate", "danger", "threat", "respect", "leader", "lead", "skill", "cun", "charg", "obey", "frighten",
                "terror", "terrifi", "scari", "fright", "dread", "brutal", "cruel", "violent", "kill", "suspici",
                "want", "thought", "think", "believ", "enough"), en.stems(WordList.JUDGEMENT_WORDS));
        assertTrue(en.words(WordList.JUDGEMENT_WORDS).contains("cunning"));
    }

    @Test
    void stemmingDropsHyphensAndLeavesNumbersAlone() {
        assertEquals("appoint", en.stem("appointments"));
        assertEquals("soviet", en.stem("soviets"));
        assertEquals("1922", en.stem("1922"));
        assertEquals(en.stem("socalled"), en.stem("so-called"));
    }

    @Test
    void theDictionaryIsTheEnglishWordList() {
        assertTrue(en.dictionary().contains("secretary"));
        assertFalse(en.dictionary().contains("secretery"));
    }

    @Test
    void malformedListsAreRefused() {
        assertThrows(IllegalStateException.class, () -> Lexicon.parseList(List.of("so", "so"), "x.txt"));
        assertThrows(IllegalStateException.class, () -> Lexicon.parseList(List.of("So"), "x.txt"));
        assertEquals(Set.of("after"), Lexicon.parseList(List.of("# c", "", ", | after"), "x.txt").get(","));
        assertThrows(IllegalStateException.class, () -> Lexicon.parseConnectives(List.of("so | sometimes | - | so")));
        assertThrows(IllegalStateException.class, () -> Lexicon.parseConnectives(List.of("so | cause | so")));
        assertThrows(IllegalArgumentException.class, () -> Lexicon.parseConnectives(List.of("so | cause | reason | so")));
        assertThrows(IllegalArgumentException.class, () -> Lexicon.load("english"));
        assertThrows(IllegalStateException.class, () -> Lexicon.load("xx"));
    }
}
