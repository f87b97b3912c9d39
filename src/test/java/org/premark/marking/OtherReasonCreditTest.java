package org.premark.marking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.premark.claims.Claim;
import org.premark.lang.Lexicon;
import org.premark.notes.NotesSearcher;
import org.premark.notes.Passage;
import org.premark.notes.SearchHit;
import org.premark.reasoning.FocusMatcher;
import org.premark.reasoning.OtherReasons;
import org.premark.rubric.Focus;

class OtherReasonCreditTest {

    static final Terms TERMS = new Terms(null, Lexicon.english());
    static final List<String> QUESTION = TERMS.exactTerms("Why did the king lose his throne?");
    static final FocusMatcher FOCUS = new FocusMatcher(new Focus("the lords turned against the king",
            List.of("turned against", "support"), List.of("king")), QUESTION, TERMS::exactTerms, List.of("reason"), 1);
    static final Set<String> SPECIFIC = new HashSet<>(TERMS.exactTerms("plague villages lords salt"));
    static final OtherReasons FINDER = new OtherReasons(1, 2, List.of("also", "another"));

    /** Notes whose search always returns the given passages, best first. */
    record FixedNotes(List<Passage> hits) implements NotesSearcher {
        public List<SearchHit> search(String query, int top) {
            return hits.stream().limit(top).map(p -> new SearchHit(p, 1f)).toList();
        }

        public Optional<Passage> passage(String id) {
            return hits.stream().filter(p -> p.id().equals(id)).findFirst();
        }

        public List<Passage> passages() {
            return hits;
        }
    }

    static final Passage PLAGUE = passage("n.p1", 1, "The plague",
            "The plague emptied the villages, and the lords found no one to farm their land.", 0);
    static final Passage COINS = passage("n.p2", 2, "Coins", "The mint struck new silver coins.", 100);

    static Passage passage(String id, int ordinal, String heading, String text, int start) {
        return new Passage(id, "n.txt", ordinal, heading, text, start, start + text.length());
    }

    /** A paragraph on a rubric point, then a paragraph on a cause the rubric does not list. */
    final List<Claim> claims = new ArrayList<>();
    final List<List<String>> claimTerms = new ArrayList<>();
    final StringBuilder answer = new StringBuilder();

    OtherReasonCreditTest() {
        add(0, "The king raised the salt tax", "", " ");
        add(0, "so the towns turned against him", "so", ".\n");
        add(1, "A plague had emptied the villages", "", ". ");
        add(2, "The lords could find no one to work the land", "", " ");
        add(2, "so the lords turned against the king", "so", ".");
    }

    private void add(int sentence, String text, String connective, String after) {
        int start = answer.length();
        answer.append(text);
        claims.add(new Claim(claims.size(), sentence, text, start, start + text.length(), List.of(), connective,
                !connective.isEmpty(), false));
        claimTerms.add(TERMS.exactTerms(text));
        answer.append(after);
    }

    List<OtherReason> counted(NotesSearcher notes, Map<String, String> settings, String[] pointOf) {
        OtherReasonCredit credit = new OtherReasonCredit(FINDER, notes, TERMS, SPECIFIC::contains,
                MarkingSettings.defaults().with(settings));
        return credit.counted(answer.toString(), claims, claimTerms, pointOf, Set.of(1), FOCUS, Set.copyOf(QUESTION));
    }

    @Test
    void anExplainedReasonOfItsOwnThatTheNotesSupportIsCounted() {
        List<OtherReason> found = counted(new FixedNotes(List.of(COINS, PLAGUE)),
                Map.of("credit.other-min-notes-terms", "2"), new String[] {"salt-tax", null, null, null, null});
        assertEquals(1, found.size());
        OtherReason o = found.get(0);
        assertEquals("A plague had emptied the villages", o.reason().text(), "the reason is the block's opening");
        assertEquals("The lords could find no one to work the land so the lords turned against the king",
                o.link().text(), "the sentence whose link reaches the focus");
        assertEquals("n.p1", o.passage().passageId(), "the first top passage that holds its terms");
        assertTrue(o.terms().size() >= 2, o.terms().toString());
    }

    @Test
    void withoutANotesPassageThatHoldsItsTermsNothingIsCounted() {
        assertEquals(List.of(), counted(new FixedNotes(List.of(COINS)), Map.of(),
                new String[] {"salt-tax", null, null, null, null}));
        assertEquals(List.of(), counted(null, Map.of(), new String[] {"salt-tax", null, null, null, null}));
    }

    @Test
    void aBlockThatAlreadyEarnsAPointDevelopsThatPoint() {
        assertEquals(List.of(), counted(new FixedNotes(List.of(PLAGUE)), Map.of(),
                new String[] {"salt-tax", null, "villages", null, null}));
    }

    @Test
    void countingCanBeTurnedOff() {
        assertEquals(List.of(), counted(new FixedNotes(List.of(PLAGUE)), Map.of("credit.other-max-counted", "0"),
                new String[] {"salt-tax", null, null, null, null}));
    }

    /** A clause matched a point when its best score cleared the threshold, whether or not it kept the credit. */
    @Test
    void aClauseMatchedAPointWhenItsBestScoreClearsTheThreshold() {
        org.premark.rubric.RubricPoint tax = new org.premark.rubric.RubricPoint("salt-tax", "Salt tax",
                "The salt tax.", List.of("salt tax"), List.of(), List.of(), List.of());
        List<String> t = TERMS.exactTerms("salt tax");
        Phrase phrase = new Phrase(t, new java.util.LinkedHashSet<>(t), false, false, 1.0, "salt tax");
        List<PointScore> best = new ArrayList<>();
        best.add(null);
        best.add(new PointScore(tax, 0.7, phrase));
        best.add(new PointScore(tax, 0.4, phrase));
        best.add(new PointScore(tax, 0.6, phrase));
        assertEquals(java.util.Arrays.asList(null, "salt-tax", null, "salt-tax"),
                java.util.Arrays.asList(OtherReasonCredit.matched(best, 0.6)));
    }
}
