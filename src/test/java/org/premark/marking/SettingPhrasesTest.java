package org.premark.marking;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.premark.claims.Claim;
import org.premark.claims.Token;
import org.premark.lang.Lexicon;
import org.premark.lang.WordList;
import org.premark.rubric.RubricPoint;

class SettingPhrasesTest {

    private static final Lexicon EN = Lexicon.english();
    private static final SettingPhrases RULE = new SettingPhrases(EN.words(WordList.SETTING_OPENERS),
            EN.words(WordList.RELATIVE_PRONOUNS), EN.words(WordList.POSSESSIVE_WORDS));

    /** Tokens from "word/TAG" pairs, with offsets as if joined by single spaces. */
    private static List<Token> tokens(String tagged) {
        List<Token> out = new ArrayList<>();
        int at = 0;
        for (String w : tagged.split(" ")) {
            String[] p = w.split("/");
            out.add(new Token(p[0], p[0].toLowerCase(), p[1], at, at + p[0].length()));
            at += p[0].length() + 1;
        }
        return out;
    }

    private static Claim claim(String tagged) {
        List<Token> t = tokens(tagged);
        StringBuilder text = new StringBuilder();
        t.forEach(k -> text.append(k.text()).append(' '));
        String s = text.toString().strip();
        return new Claim(0, 0, s, 0, s.length(), t, "", false, false);
    }

    private static String main(String tagged) {
        List<Token> t = tokens(tagged);
        int k = RULE.mainStart(t);
        return k < 0 ? null : String.join(" ", t.subList(k, t.size()).stream().map(Token::text).toList());
    }

    @Test
    void anOpeningPhraseOfTimeIsNotTheClausesSubject() {
        assertEquals("the mayor was away", main("During/ADP the/DET great/ADJ flood/NOUN the/DET mayor/NOUN "
                + "was/AUX away/ADV"));
        assertEquals("the weavers were locked out", main("In/ADP the/DET third/ADJ week/NOUN of/ADP the/DET "
                + "strike/NOUN all/DET the/DET weavers/NOUN were/AUX locked/VERB out/ADP"));
        assertEquals("they burned their chairs", main("In/ADP the/DET long/ADJ winter/NOUN they/PRON "
                + "burned/VERB their/PRON chairs/NOUN"));
    }

    @Test
    void aYearOpensNoSubject() {
        assertEquals("farmers lost their land", main("In/ADP the/DET slump/NOUN of/ADP 1931/NUM farmers/NOUN "
                + "lost/VERB their/PRON land/NOUN"));
    }

    @Test
    void joiningWordsBeforeThePhraseAreLookedPast() {
        assertEquals("the river rose", main("and/CCONJ then/ADV in/ADP the/DET spring/NOUN the/DET river/NOUN "
                + "rose/VERB"));
    }

    @Test
    void anOpenerWithAClauseOfItsOwnGivesWayToTheNextSubject() {
        assertEquals("the old queen signed a will", main("Before/SCONJ she/PRON fell/VERB ill/ADJ the/DET old/ADJ "
                + "queen/NOUN signed/VERB a/DET will/NOUN"));
        assertEquals("he sold the mill", main("when/ADV prices/NOUN fell/VERB he/PRON sold/VERB the/DET mill/NOUN"));
    }

    @Test
    void aRelativeClauseAfterTheSubjectDoesNotHideIt() {
        assertEquals("the miners , whose sons worked underground", main("In/ADP 1844/NUM the/DET miners/NOUN ,/PUNCT "
                + "whose/PRON sons/NOUN worked/VERB underground/ADV"));
    }

    @Test
    void aSubjectOfTwoNamesStaysWhole() {
        assertEquals("Smith and Jones were sacked", main("In/ADP the/DET spring/NOUN Smith/PROPN and/CCONJ "
                + "Jones/PROPN were/AUX sacked/VERB"));
    }

    @Test
    void anEventTheSubjectTookPartInIsNoSetting() {
        assertEquals(null, main("at/ADP the/DET coronation/NOUN the/DET duke/NOUN read/VERB the/DET oath/NOUN"));
    }

    @Test
    void clausesWithoutAnOpeningPhraseOrWithoutASubjectAreLeftAlone() {
        assertEquals(null, main("The/DET mayor/NOUN was/AUX away/ADV during/ADP the/DET flood/NOUN"));
        assertEquals(null, main("after/SCONJ losing/VERB the/DET vote/NOUN"));
        assertEquals(null, main("by/ADP paying/VERB the/DET guards/NOUN the/DET gang/NOUN escaped/VERB"));
    }

    @Test
    void aPointNamedOnlyInTheSettingLosesItsCredit() {
        RubricPoint flood = new RubricPoint("flood", "The great flood", "The river burst its banks.",
                List.of("great flood"), List.of(), List.of(), List.of());
        RubricPoint dams = new RubricPoint("dams", "Dams built", "The army held the water back.",
                List.of("built dams"), List.of(), List.of(), List.of());
        List<Claim> claims = List.of(
                claim("During/ADP the/DET great/ADJ flood/NOUN the/DET mayor/NOUN was/AUX away/ADV"),
                claim("In/ADP the/DET great/ADJ flood/NOUN the/DET army/NOUN built/VERB dams/NOUN"),
                claim("The/DET great/ADJ flood/NOUN ruined/VERB the/DET crops/NOUN"));
        List<PointScore> best = List.of(new PointScore(flood, 1, null), new PointScore(dams, 1, null),
                new PointScore(flood, 1, null));
        boolean[] credited = {true, true, true};
        // The part from the subject on matches a point when it holds the cue's last word.
        RULE.apply(claims, best, credited, (rest, s) -> {
            String cue = s.point().cues().get(0);
            return rest.text().contains(cue.substring(cue.lastIndexOf(' ') + 1));
        });
        assertArrayEquals(new boolean[] {false, true, true}, credited);
    }

    @Test
    void theRestIsAClaimOfItsOwnWithItsOffsets() {
        Claim c = claim("During/ADP the/DET flood/NOUN the/DET mayor/NOUN was/AUX away/ADV");
        Claim rest = SettingPhrases.rest(c, 3);
        assertEquals("the mayor was away", rest.text());
        assertEquals(c.end(), rest.end());
        assertEquals(4, rest.tokens().size());
    }
}
