package org.premark.marking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.premark.claims.Claim;

class ConcludingLinkTest {

    static final ConcludingLink RULE = new ConcludingLink(Set.of("because", "because of"));

    final List<Claim> claims = new ArrayList<>();
    final StringBuilder answer = new StringBuilder();

    /** Clauses as "connective|text"; "." ends a sentence, "\n" a paragraph. */
    ConcludingLinkTest answer(String... parts) {
        int sentence = 0;
        for (String part : parts) {
            if (part.equals(".") || part.equals("\n")) {
                answer.append(part.equals(".") ? ". " : ".\n");
                sentence++;
                continue;
            }
            String connective = part.substring(0, part.indexOf('|'));
            String text = (connective.isEmpty() ? "" : connective + " ") + part.substring(part.indexOf('|') + 1);
            if (!answer.isEmpty() && answer.charAt(answer.length() - 1) != ' ' && answer.charAt(answer.length() - 1) != '\n') {
                answer.append(", ");
            }
            int start = answer.length();
            answer.append(text);
            claims.add(new Claim(claims.size(), sentence, text, start, start + text.length(), List.of(), connective,
                    !connective.isEmpty(), false));
        }
        return this;
    }

    static List<PointResult> identified() {
        return List.of(new PointResult("wool", "Wool trade", PointStatus.IDENTIFIED, List.of(new Span(0, 1, "x")), null,
                0.8));
    }

    int find(List<PointResult> points, String... pointOf) {
        return RULE.find(answer.toString(), claims, Arrays.asList(pointOf), Set.of(), points);
    }

    @Test
    void aPointClosedByWhatItLedToAtTheEndOfTheAnswerIsSentToReview() {
        answer("|the town grew rich from the wool trade", ".", "|merchants wanted a say in its government",
                "so|they sided with the guilds instead");
        assertEquals(2, find(identified(), "wool", null, null));
    }

    @Test
    void aSentenceOpeningOnAnOutcomeConcludesAsAWholeThoughItsLastClauseOpensOnAnd() {
        answer("|the monks were afraid of the bishop's visits", ".", "so|they kept their accounts in order",
                "and|nobody spoke against the abbot");
        assertEquals(1, find(identified(), "fear", null, null));
        // The same sentence followed by another one in its paragraph does not close it.
        ConcludingLinkTest other = new ConcludingLinkTest().answer("|the monks were afraid of the bishop's visits",
                ".", "so|they kept their accounts in order", "and|nobody spoke against the abbot", ".",
                "|the abbey had two mills");
        assertEquals(-1, other.find(identified(), "fear", null, null, null));
        // Its opening clause may restate the point as an outcome, when the sentence goes on to a clause of its own.
        ConcludingLinkTest restated = new ConcludingLinkTest().answer("|the monks were afraid of the bishop",
                "and|they informed on each other", ".", "so|they kept their heads down", "and|nobody spoke against him");
        assertEquals(2, restated.find(identified(), null, "fear", "fear", null));
        ConcludingLinkTest alone = new ConcludingLinkTest().answer("|the monks were afraid of the bishop", ".",
                "so|they kept their heads down");
        assertEquals(-1, alone.find(identified(), "fear", "fear"), "a point alone in the closing clause is not closed by it");
    }

    @Test
    void aLinkThatDoesNotCloseTheParagraphOrGivesAReasonIsLeftAlone() {
        answer("|the town grew rich from the wool trade", "so|merchants built halls", ".",
                "|the river flooded every spring");
        assertEquals(-1, find(identified(), "wool", null, null), "the outcome clause is not the paragraph's last");
        ConcludingLinkTest other = new ConcludingLinkTest().answer("|the town grew rich from the wool trade",
                "because|the river carried its cloth");
        assertEquals(-1, other.find(identified(), "wool", null), "\"because\" gives a reason, not an outcome");
    }

    @Test
    void aPointTooFarBackOrInAnotherParagraphIsNotClosedByIt() {
        answer("|the town grew rich from the wool trade", ".", "|the river flooded", ".", "|the bridge fell",
                "so|people moved away");
        assertEquals(-1, find(identified(), "wool", null, null, null));
        ConcludingLinkTest other = new ConcludingLinkTest().answer("|the town grew rich from the wool trade", "\n",
                "|the river flooded", "so|people moved away");
        assertEquals(-1, other.find(identified(), "wool", null, null));
    }

    @Test
    void anAnswerThatAlreadyExplainsAPointOrNamesNoneIsLeftAlone() {
        answer("|the town grew rich from the wool trade", "so|they sided with the guilds");
        List<PointResult> explained = List.of(new PointResult("wool", "Wool trade", PointStatus.EXPLAINED,
                List.of(new Span(0, 1, "x")), null, 0.8));
        assertEquals(-1, find(explained, "wool", null));
        assertEquals(-1, find(List.of(new PointResult("wool", "Wool trade", PointStatus.MISSING, List.of(), null, 0)),
                null, null));
    }
}
