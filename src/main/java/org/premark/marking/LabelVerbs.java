package org.premark.marking;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.premark.claims.Claim;
import org.premark.claims.ClaimSplitter;
import org.premark.claims.Token;
import org.premark.rubric.Rubric;
import org.premark.rubric.RubricPoint;

/**
 * The verbs of the points' labels, read with the answers' tagger: "formed" of "Peptide bond formed", "read" of
 * "Codons read". A label that holds a verb after its first word states what happens to a thing; the verb is the
 * step's action, not a name for the point, so it neither names the point on its own nor makes the label a name.
 * The label's first word is never counted: it is what the label is about ("Show trials"), whatever the tagger
 * makes of a short label's first word. Immutable; thread-safe.
 */
record LabelVerbs(Map<String, Set<String>> byPoint) {

    static final LabelVerbs NONE = new LabelVerbs(Map.of());

    LabelVerbs {
        byPoint = Map.copyOf(byPoint);
    }

    /** Reads every point's label; a splitter without a tagger finds no verb. */
    static LabelVerbs of(Rubric rubric, ClaimSplitter splitter, Terms terms) {
        Map<String, Set<String>> out = new HashMap<>();
        for (RubricPoint p : rubric.points()) {
            Set<String> verbs = verbs(p.label(), splitter, terms);
            if (!verbs.isEmpty()) {
                out.put(p.id(), Set.copyOf(verbs));
            }
        }
        return new LabelVerbs(out);
    }

    /**
     * The lower-cased content words of {@code label} tagged as verbs, its first word left out. A word ending in -s
     * is left out too: in a label without a sentence around it, "Ion pumps" or "Channel proteins" reads as a
     * plural noun as well as a verb, and the tagger cannot tell; a step's label puts its verb as a participle or a
     * bare form ("formed", "read").
     */
    static Set<String> verbs(String label, ClaimSplitter splitter, Terms terms) {
        Set<String> out = new LinkedHashSet<>();
        boolean first = true;
        for (Claim c : splitter.split(label)) {
            for (Token t : c.tokens()) {
                if (Terms.words(t.text()).isEmpty()) {
                    continue;
                }
                if (!first && verb(t)) {
                    for (String w : Terms.words(t.text())) {
                        String term = terms.exact(w);
                        if (term != null && !term.isEmpty() && !w.endsWith("s")) {
                            out.add(w);
                        }
                    }
                }
                first = false;
            }
        }
        return out;
    }

    /**
     * Whether the tagger reads the token as a verb. A bare label gives the tagger little to go on: it calls some
     * participles auxiliaries ("formed") and some prepositions too ("between"); an auxiliary counts only where the
     * lemmatizer found it an inflected form of another word.
     */
    private static boolean verb(Token t) {
        if (t.pos().equals("AUX")) {
            return !t.lemma().equals(t.text().toLowerCase(java.util.Locale.ROOT));
        }
        return t.verb();
    }

    /** The verbs of the point's label (lower-cased words); empty for none or an unknown point. */
    Set<String> of(String pointId) {
        return byPoint.getOrDefault(pointId, Set.of());
    }
}
