package org.premark.marking;

import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * One rubric's terms numbered 0 to {@link #size()} − 1. A claim's terms become a {@link BitSet} of ids after one
 * hash look-up each, and from then on every rubric phrase term is a bit test instead of a string hash look-up:
 * scoring a claim asks about each phrase term of every point it touches. Immutable once built.
 */
final class TermIds {

    private final Map<String, Integer> ids;

    private TermIds(Map<String, Integer> ids) {
        this.ids = Map.copyOf(ids);
    }

    /** Numbers the distinct terms in the order given (a term given again keeps its first id). */
    static TermIds of(Iterable<String> terms) {
        Map<String, Integer> ids = new HashMap<>();
        for (String t : terms) {
            if (t == null) {
                throw new IllegalArgumentException("a term id needs a term");
            }
            ids.putIfAbsent(t, ids.size());
        }
        return new TermIds(ids);
    }

    int size() {
        return ids.size();
    }

    /** The term's id, or -1 for a term the rubric does not have (it can match none of its phrases). */
    int id(String term) {
        Integer id = ids.get(term);
        return id == null ? -1 : id;
    }

    /** The ids of the terms, which must all be known: a phrase's, a synonym's. */
    int[] idsOf(Collection<String> terms) {
        int[] out = new int[terms.size()];
        int i = 0;
        for (String t : terms) {
            int id = id(t);
            if (id < 0) {
                throw new IllegalArgumentException("no id for the term '" + t + "'");
            }
            out[i++] = id;
        }
        return out;
    }

    /** The ids of the known ones among the terms; the others are left out, as no phrase can ask for them. */
    BitSet known(Collection<String> terms) {
        BitSet out = new BitSet(ids.size());
        for (String t : terms) {
            int id = id(t);
            if (id >= 0) {
                out.set(id);
            }
        }
        return out;
    }

    /** Whether every one of the ids is set in {@code set}. */
    static boolean containsAll(BitSet set, int[] ids) {
        for (int id : ids) {
            if (!set.get(id)) {
                return false;
            }
        }
        return true;
    }
}
