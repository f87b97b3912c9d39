package org.premark.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The splitting rules over hand-tagged sentences; no models are loaded. */
class ClaimSplitterMETest {

    private static final ClaimSplitterME SPLITTER = new ClaimSplitterME(text -> {
        throw new AssertionError("the rule tests must not annotate text");
    });

    private static List<Claim> split(Answer answer) {
        List<Claim> claims = SPLITTER.split(answer.sentences());
        for (Claim c : claims) {
            assertEquals(answer.text().substring(c.start(), c.end()), c.text(), "span of claim " + c.index());
            assertEquals(c.start(), c.tokens().get(0).start(), "first token of claim " + c.index());
            assertEquals(c.end(), c.tokens().get(c.tokens().size() - 1).end(), "last token of claim " + c.index());
        }
        return claims;
    }

    /** Claims as "[connective] text", or just the text when there is no connective. */
    private static List<String> render(Answer answer) {
        return split(answer).stream()
                .map(c -> c.connective().isEmpty() ? c.text() : "[" + c.connective() + "] " + c.text())
                .toList();
    }

    @Test
    void splitsBeforeACausalConnectiveAndKeepsSpans() {
        Answer a = Answer.of("Stalin/PROPN formed/VERB/form a/DET pact/NOUN with/ADP Zinoviev/PROPN and/CCONJ"
                + " Kamenev/PROPN ,/PUNCT which/PRON meant/VERB/mean Trotsky/PROPN lost/VERB/lose the/DET"
                + " vote/NOUN ./PUNCT");
        List<Claim> claims = split(a);
        assertEquals(List.of("Stalin formed a pact with Zinoviev and Kamenev",
                "[which meant] which meant Trotsky lost the vote"), render(a));
        assertEquals(0, claims.get(0).start());
        assertEquals(a.text().indexOf("which"), claims.get(1).start());
        assertEquals(a.text().length() - 1, claims.get(1).end(), "the full stop is not part of the claim");
        assertFalse(claims.get(0).causal());
        assertTrue(claims.get(1).causal());
        assertEquals(List.of(0, 1), claims.stream().map(Claim::index).toList());
    }

    @Test
    void andSplitsOnlyBetweenClauses() {
        assertEquals(List.of("Trotsky was ill", "[and] and Stalin gave the speech"), render(Answer.of(
                "Trotsky/PROPN was/AUX/be ill/ADJ and/CCONJ Stalin/PROPN gave/VERB/give the/DET speech/NOUN")));
        assertEquals(List.of("Zinoviev and Kamenev backed Stalin"), render(Answer.of(
                "Zinoviev/PROPN and/CCONJ Kamenev/PROPN backed/VERB/back Stalin/PROPN")));
        assertEquals(List.of("He controlled jobs and promotions"), render(Answer.of(
                "He/PRON controlled/VERB/control jobs/NOUN/job and/CCONJ promotions/NOUN/promotion")));
        // a verb phrase joined by "and" is a claim of its own; the noun-phrase "and" before it is not a cut
        assertEquals(List.of("Stalin joined Zinoviev and Kamenev", "[and] and removed Trotsky"),
                render(Answer.of("Stalin/PROPN joined/VERB/join Zinoviev/PROPN and/CCONJ Kamenev/PROPN"
                        + " and/CCONJ removed/VERB/remove Trotsky/PROPN")));
    }

    @Test
    void aNounPhraseAndDoesNotHideTheVerbOfTheClauseAfterBut() {
        assertEquals(List.of("Lenin wanted Stalin removed",
                "[but] but Zinoviev and Kamenev kept the Testament secret"), render(Answer.of(
                "Lenin/PROPN wanted/VERB/want Stalin/PROPN removed/VERB/remove ,/PUNCT but/CCONJ"
                        + " Zinoviev/PROPN and/CCONJ Kamenev/PROPN kept/VERB/keep the/DET Testament/PROPN"
                        + " secret/ADJ")));
        assertEquals(List.of("Trotsky sided with Zinoviev and Kamenev in 1926", "[and] and they lost"),
                render(Answer.of("Trotsky/PROPN sided/VERB/side with/ADP Zinoviev/PROPN and/CCONJ"
                        + " Kamenev/PROPN in/ADP 1926/NUM and/CCONJ they/PRON lost/VERB/lose")));
    }

    @Test
    void aBareBaseFormAfterAndIsNotASecondVerbPhrase() {
        // the tagger reads "show" in "show trials" as a verb
        assertEquals(List.of("Stalin used the NKVD and show trials"), render(Answer.of(
                "Stalin/PROPN used/VERB/use the/DET NKVD/PROPN and/CCONJ show/VERB trials/NOUN/trial")));
        assertEquals(List.of("Stalin could appoint allies", "[and] and sack rivals"), render(Answer.of(
                "Stalin/PROPN could/AUX appoint/VERB allies/NOUN/ally and/CCONJ sack/VERB rivals/NOUN/rival")));
    }

    @Test
    void frontedBecauseClauseIsCutFromTheMainClauseAtTheComma() {
        Answer a = Answer.of("Because/SCONJ Trotsky/PROPN was/AUX/be ill/ADJ ,/PUNCT Stalin/PROPN"
                + " led/VERB/lead the/DET funeral/NOUN");
        assertEquals(List.of("[because] Because Trotsky was ill", "Stalin led the funeral"), render(a));
        List<Claim> claims = split(a);
        assertTrue(claims.get(0).causal());
        assertFalse(claims.get(1).causal());
    }

    @Test
    void commaCutsNeedAClauseOnBothSides() {
        assertEquals(List.of("In 1924, Lenin died"), render(Answer.of(
                "In/ADP 1924/NUM ,/PUNCT Lenin/PROPN died/VERB/die")));
        assertEquals(List.of("Stalin removed Zinoviev, Kamenev and Bukharin"), render(Answer.of(
                "Stalin/PROPN removed/VERB/remove Zinoviev/PROPN ,/PUNCT Kamenev/PROPN and/CCONJ"
                        + " Bukharin/PROPN")));
        assertEquals(List.of("Stalin allied with Kamenev, who ran Moscow"), render(Answer.of(
                "Stalin/PROPN allied/VERB/ally with/ADP Kamenev/PROPN ,/PUNCT who/PRON ran/VERB/run"
                        + " Moscow/PROPN")));
        assertEquals(List.of("When Lenin died, Stalin read the oath"), render(Answer.of(
                "When/ADV Lenin/PROPN died/VERB/die ,/PUNCT Stalin/PROPN read/VERB the/DET oath/NOUN")));
        assertEquals(List.of("Stalin was cunning", "Trotsky was proud"), render(Answer.of(
                "Stalin/PROPN was/AUX/be cunning/ADJ ,/PUNCT Trotsky/PROPN was/AUX/be proud/ADJ")));
    }

    @Test
    void sentenceInitialConnectiveLinksToThePreviousSentence() {
        Answer a = Answer.of(
                "Stalin/PROPN ran/VERB/run the/DET Secretariat/PROPN ./PUNCT",
                "This/PRON meant/VERB/mean he/PRON chose/VERB/choose the/DET delegates/NOUN/delegate ./PUNCT",
                "As/ADP a/DET result/NOUN ,/PUNCT they/PRON voted/VERB/vote for/ADP him/PRON ./PUNCT",
                "Therefore/ADV Trotsky/PROPN lost/VERB/lose ./PUNCT");
        List<Claim> claims = split(a);
        assertEquals(List.of("Stalin ran the Secretariat", "[this meant] This meant he chose the delegates",
                "[as a result] As a result, they voted for him", "[therefore] Therefore Trotsky lost"), render(a));
        assertEquals(List.of(0, 1, 2, 3), claims.stream().map(Claim::sentence).toList());
        assertEquals(List.of(false, true, true, true), claims.stream().map(Claim::causal).toList());
    }

    @Test
    void soIsAConnectiveOnlyWhenItMeansTherefore() {
        assertEquals(List.of("Trotsky was arrogant", "[so] so people distrusted him"), render(Answer.of(
                "Trotsky/PROPN was/AUX/be arrogant/ADJ so/SCONJ people/NOUN distrusted/VERB/distrust him/PRON")));
        assertEquals(List.of("The so-called Left lost"), render(Answer.of(
                "The/DET so/ADV ~-/PUNCT ~called/VERB/call Left/PROPN lost/VERB/lose")));
        assertEquals(List.of("Trotsky was not so popular"), render(Answer.of(
                "Trotsky/PROPN was/AUX/be not/PART so/ADV popular/ADJ")));
        assertEquals(List.of("Stalin had so many allies"), render(Answer.of(
                "Stalin/PROPN had/VERB/have so/ADV many/ADJ allies/NOUN/ally")));
        assertEquals(List.of("Lenin asked Stalin to do so"), render(Answer.of(
                "Lenin/PROPN asked/VERB/ask Stalin/PROPN to/PART do/VERB so/ADV")));
        // after a comma, "so many" is "therefore many"
        assertEquals(List.of("Stalin gave out jobs", "[so] so many officials backed him"), render(Answer.of(
                "Stalin/PROPN gave/VERB/give out/ADP jobs/NOUN/job ,/PUNCT so/ADV many/ADJ"
                        + " officials/NOUN/official backed/VERB/back him/PRON")));
        // "and so" is one link, labelled by its more specific word
        assertEquals(List.of("Trotsky was ill", "[so] and so he missed the funeral"), render(Answer.of(
                "Trotsky/PROPN was/AUX/be ill/ADJ and/CCONJ so/ADV he/PRON missed/VERB/miss the/DET"
                        + " funeral/NOUN")));
    }

    /** No degree "so" comes before a comparative: "so more …" means "therefore more …". */
    @Test
    void soBeforeAComparativeIsTherefore() {
        assertEquals(List.of("the plan seemed cautious", "[so] so more farmers trusted it"), render(Answer.of(
                "the/DET plan/NOUN seemed/VERB/seem cautious/ADJ so/ADV more/ADJ farmers/NOUN/farmer"
                        + " trusted/VERB/trust it/PRON")));
        assertEquals(List.of("the tax was cut", "[so] so fewer towns rebelled"), render(Answer.of(
                "the/DET tax/NOUN was/AUX/be cut/VERB/cut so/ADV fewer/ADJ towns/NOUN/town"
                        + " rebelled/VERB/rebel")));
    }

    @Test
    void asIsCausalOnlyBeforeAClause() {
        assertEquals(List.of("Stalin won", "[as] as he had more allies"), render(Answer.of(
                "Stalin/PROPN won/VERB/win as/SCONJ he/PRON had/VERB/have more/ADJ allies/NOUN/ally")));
        assertEquals(List.of("Stalin was seen as a moderate"), render(Answer.of(
                "Stalin/PROPN was/AUX/be seen/VERB/see as/ADP a/DET moderate/NOUN")));
        assertEquals(List.of("Trotsky was not as popular as Stalin was"), render(Answer.of(
                "Trotsky/PROPN was/AUX/be not/PART as/ADV popular/ADJ as/SCONJ Stalin/PROPN was/AUX/be")));
        assertEquals(List.of("As General Secretary, Stalin appointed officials"), render(Answer.of(
                "As/ADP General/ADJ Secretary/PROPN ,/PUNCT Stalin/PROPN appointed/VERB/appoint"
                        + " officials/NOUN/official")));
        assertEquals(List.of("Stalin plotted as Lenin was dying"), render(Answer.of(
                "Stalin/PROPN plotted/VERB/plot as/SCONJ Lenin/PROPN was/AUX/be dying/VERB/die")));
    }

    @Test
    void sinceIsCausalOnlyBeforeAClause() {
        assertEquals(List.of("Stalin had been General Secretary since 1922"), render(Answer.of(
                "Stalin/PROPN had/AUX/have been/AUX/be General/ADJ Secretary/PROPN since/ADP 1922/NUM")));
        assertEquals(List.of("Trotsky lost", "[since] since he had no allies"), render(Answer.of(
                "Trotsky/PROPN lost/VERB/lose since/SCONJ he/PRON had/VERB/have no/DET allies/NOUN/ally")));
    }

    @Test
    void sentenceAdverbsCutAtANewClauseAndOtherwiseLabelTheClause() {
        assertEquals(List.of("[therefore] He therefore controlled the Congress"), render(Answer.of(
                "He/PRON therefore/ADV controlled/VERB/control the/DET Congress/PROPN")));
        assertEquals(List.of("[first] First Stalin joined the Left", "[then] then he joined the Right"),
                render(Answer.of("First/ADV Stalin/PROPN joined/VERB/join the/DET Left/PROPN ,/PUNCT then/ADV"
                        + " he/PRON joined/VERB/join the/DET Right/PROPN")));
        assertEquals(List.of("Stalin controlled appointments", "[therefore] therefore he had supporters"),
                render(Answer.of("Stalin/PROPN controlled/VERB/control appointments/NOUN/appointment"
                        + " therefore/ADV he/PRON had/VERB/have supporters/NOUN/supporter")));
        assertEquals(List.of("He was the first leader to fall"), render(Answer.of(
                "He/PRON was/AUX/be the/DET first/ADJ leader/NOUN to/PART fall/VERB")));
    }

    @Test
    void punctuationConnectives() {
        Answer a = Answer.of("Trotsky/PROPN was/AUX/be absent/ADJ ;/PUNCT Stalin/PROPN spoke/VERB/speak"
                + " :/PUNCT he/PRON praised/VERB/praise Lenin/PROPN");
        assertEquals(List.of("Trotsky was absent", "[;] Stalin spoke", "[:] he praised Lenin"), render(a));
        assertFalse(split(a).get(1).causal());
    }

    @Test
    void contrastConnectives() {
        assertEquals(List.of("The Left wanted war", "[while] while the Right wanted peace"), render(Answer.of(
                "The/DET Left/PROPN wanted/VERB/want war/NOUN while/SCONJ the/DET Right/PROPN"
                        + " wanted/VERB/want peace/NOUN")));
        assertEquals(List.of("He waited for a while"), render(Answer.of(
                "He/PRON waited/VERB/wait for/ADP a/DET while/NOUN")));
    }

    @Test
    void causalConnectivesTakingANounPhrase() {
        Answer a = Answer.of("Trotsky/PROPN lost/VERB/lose because/SCONJ of/ADP his/PRON arrogance/NOUN");
        assertEquals(List.of("Trotsky lost", "[because of] because of his arrogance"), render(a));
        assertEquals(List.of("[due to] Due to his post", "Stalin won"), render(Answer.of(
                "Due/ADJ to/ADP his/PRON post/NOUN ,/PUNCT Stalin/PROPN won/VERB/win")));
    }

    @Test
    void misspelledConnectivesAreRecognised() {
        assertEquals(List.of("stalin won", "[because] becuase he was clever"), render(Answer.of(
                "stalin/NOUN won/VERB/win becuase/SCONJ he/PRON was/AUX/be clever/ADJ")));
        assertEquals(List.of("stalin was clever", "[and] & trotsky was ill"), render(Answer.of(
                "stalin/NOUN was/AUX/be clever/ADJ &/CCONJ trotsky/NOUN was/AUX/be ill/ADJ")));
    }

    @Test
    void negationBelongsToTheClauseThatHoldsIt() {
        Answer a = Answer.of("Trotsky/PROPN was/AUX/be ill/ADJ ,/PUNCT so/ADV he/PRON did/AUX/do n't/PART/not"
                + " attend/VERB the/DET funeral/NOUN");
        List<Claim> claims = split(a);
        assertEquals(2, claims.size());
        assertFalse(claims.get(0).negated());
        assertTrue(claims.get(1).negated());
        assertEquals("so he didn't attend the funeral", claims.get(1).text());
    }

    @Test
    void emptyInputGivesNoClaims() {
        assertEquals(List.of(), SPLITTER.split(List.of()));
        Sentence punctuationOnly = new Sentence(0, "...", 0, 3, List.of(new Token("...", "...", "PUNCT", 0, 3)));
        assertEquals(List.of(), SPLITTER.split(List.of(punctuationOnly)));
    }

    @Test
    void claimIndexesRunAcrossSentences() {
        Answer a = Answer.of("Lenin/PROPN died/VERB/die ./PUNCT",
                "Stalin/PROPN spoke/VERB/speak and/CCONJ Trotsky/PROPN stayed/VERB/stay away/ADV ./PUNCT");
        List<Claim> claims = split(a);
        assertEquals(List.of(0, 1, 2), claims.stream().map(Claim::index).toList());
        assertEquals(List.of(0, 1, 1), claims.stream().map(Claim::sentence).toList());
    }

    @Test
    void splitOfTextUsesTheAnnotator() {
        Answer a = Answer.of("Lenin/PROPN died/VERB/die so/ADV Stalin/PROPN rose/VERB/rise");
        ClaimSplitterME splitter = new ClaimSplitterME(text -> {
            assertEquals(a.text(), text);
            return a.sentences();
        });
        assertEquals(List.of("Lenin died", "so Stalin rose"), splitter.split(a.text()).stream().map(Claim::text)
                .toList());
        assertThrows(NullPointerException.class, () -> splitter.split((String) null));
        assertThrows(NullPointerException.class, () -> new ClaimSplitterME(null));
    }
}
