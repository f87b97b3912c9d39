package org.premark.marking;

import java.util.ArrayList;
import java.util.List;
import org.premark.claims.Claim;
import org.premark.claims.Token;

/** Splits a list of terms ("General Secretary, Lenin cult, ban on factions") into one claim per term. */
final class KeywordLists {

    private KeywordLists() {
    }

    static List<Claim> split(String answer, List<Claim> claims) {
        List<Claim> out = new ArrayList<>();
        for (Claim claim : claims) {
            List<Token> part = new ArrayList<>();
            for (Token t : claim.tokens()) {
                if (t.text().equals(",") || t.text().equals(";") || t.text().equals("/")) {
                    add(answer, claim, part, out);
                    part = new ArrayList<>();
                } else {
                    part.add(t);
                }
            }
            add(answer, claim, part, out);
        }
        return out;
    }

    private static void add(String answer, Claim claim, List<Token> part, List<Claim> out) {
        if (part.isEmpty()) {
            return;
        }
        int start = part.get(0).start();
        int end = part.get(part.size() - 1).end();
        String text = answer.substring(start, end);
        if (text.isBlank()) {
            return;
        }
        out.add(new Claim(out.size(), claim.sentence(), text, start, end, part, "", false, claim.negated()));
    }
}
