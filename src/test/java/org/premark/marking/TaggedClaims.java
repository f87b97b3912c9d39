package org.premark.marking;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.premark.claims.Claim;
import org.premark.claims.Token;
import org.premark.rubric.RubricPoint;

/**
 * Claims written word by word with their tags ("text/TAG", the universal tags the annotator gives), each with the
 * point it matched, for the tests of rules that take credit away from matched claims.
 */
final class TaggedClaims {

    private final Terms terms;
    final List<Claim> claims = new ArrayList<>();
    final List<PointScore> best = new ArrayList<>();

    TaggedClaims(Terms terms) {
        this.terms = terms;
    }

    /** A clause of {@code sentence} that matched {@code point} (none: null) through {@code phrase}. */
    void add(int sentence, String connective, RubricPoint point, String phrase, String... words) {
        List<Token> tokens = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (String w : words) {
            String[] p = w.split("/");
            tokens.add(new Token(p[0], p[0].toLowerCase(), p[1], text.length(), text.length() + p[0].length()));
            text.append(p[0]).append(' ');
        }
        String t0 = text.toString().strip();
        claims.add(new Claim(claims.size(), sentence, t0, 0, t0.length(), tokens, connective, false, false));
        String matched = phrase == null ? t0 : phrase;
        List<String> t = terms.exactTerms(matched);
        best.add(point == null ? null : new PointScore(point, 1.0,
                new Phrase(t, new LinkedHashSet<>(t), false, false, 1.0, matched)));
    }

    /** Every clause that matched a point, credited, as the rules receive them. */
    boolean[] matched() {
        boolean[] credited = new boolean[claims.size()];
        for (int i = 0; i < credited.length; i++) {
            credited[i] = best.get(i) != null;
        }
        return credited;
    }
}
