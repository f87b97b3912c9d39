package org.premark.marking;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;

/** Inverse document frequency of terms over a set of texts: rare, specific words weigh more. */
final class TermWeights {

    private final Map<String, Integer> df;
    private final int docs;

    private TermWeights(Map<String, Integer> df, int docs) {
        this.df = Map.copyOf(df);
        this.docs = docs;
    }

    static TermWeights of(Collection<? extends Collection<String>> documents) {
        Map<String, Integer> df = new HashMap<>();
        for (Collection<String> doc : documents) {
            for (String term : new HashSet<>(doc)) {
                df.merge(term, 1, Integer::sum);
            }
        }
        return new TermWeights(df, Math.max(1, documents.size()));
    }

    double idf(String term) {
        int n = df.getOrDefault(term, 0);
        return Math.log(1.0 + (double) docs / (1.0 + n));
    }

    /** Whether the term is in at least one document. */
    boolean seen(String term) {
        return df.containsKey(term);
    }

    /** The weight of a word seen in no document: the ceiling that other weights are measured against. */
    double maxIdf() {
        return Math.log(1.0 + docs);
    }

    double sum(Collection<String> terms) {
        double s = 0;
        for (String t : terms) {
            s += idf(t);
        }
        return s;
    }
}
