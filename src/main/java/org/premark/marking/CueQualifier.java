package org.premark.marking;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The word that qualifies a cue's only content word: "too proud", "more wars", "in other countries", "his
 * illness", "could not govern". Matching drops such function words, which would leave the bare "proud", "war",
 * "country": a student who writes that people felt proud of their country has not said that someone was too
 * proud. A cue with one content word and a qualifier next to it therefore only matches where the claim has that
 * qualifier within a few words of the content word (or of one of its synonyms), on the same side. Two kinds of
 * qualifier stand for each other: any degree word ("so terrified" for "too frightened") and any negation, on
 * either side ("Lenin didn't name anyone" for "named no one"), since a negated claim already only matches
 * negative phrasings. A content word the cue writes after an auxiliary ("could not govern") is a verb: the
 * claim's word right after a noun marker ("no rule", "the rules") is a noun, another sense, and does not stand
 * for it.
 *
 * @param term   the cue's content term
 * @param before the qualifier written just before the content word, if any
 * @param after  the qualifier written just after it, if any
 * @param verb   whether the cue writes an auxiliary before the content word, making it a verb
 */
record CueQualifier(String term, List<String> before, List<String> after, boolean verb) {

    /**
     * The words that can qualify a content word, read from the lexicon.
     *
     * @param articles   words looked past, never qualifying ("the triumvirate")
     * @param qualifiers words that change what the content word says: degree, quantity, comparison, possession
     * @param degree     the degree words among them, which stand for each other ("too", "so", "very")
     * @param negation   whether a word is a negation (negations always qualify)
     * @param auxiliaries words after which a cue's content word is a verb ("could", "would")
     * @param nounMarkers words after which a claim's word is a noun ("no", "the", "a")
     */
    record Words(Set<String> articles, Set<String> qualifiers, Set<String> degree, Predicate<String> negation,
            Set<String> auxiliaries, Set<String> nounMarkers) {

        Words {
            articles = Set.copyOf(articles);
            qualifiers = Set.copyOf(qualifiers);
            degree = Set.copyOf(degree);
            Objects.requireNonNull(negation, "negation");
            auxiliaries = Set.copyOf(auxiliaries);
            nounMarkers = Set.copyOf(nounMarkers);
        }

        /** Without auxiliaries and noun markers: no cue is read as a verb. */
        Words(Set<String> articles, Set<String> qualifiers, Set<String> degree, Predicate<String> negation) {
            this(articles, qualifiers, degree, negation, Set.of(), Set.of());
        }

        static final Words NONE = new Words(Set.of(), Set.of(), Set.of(), w -> false);

        boolean qualifies(String word) {
            return qualifiers.contains(word) || negation.test(word);
        }
    }

    CueQualifier(String term, List<String> before, List<String> after) {
        this(term, before, after, false);
    }

    CueQualifier {
        Objects.requireNonNull(term, "term");
        before = List.copyOf(before);
        after = List.copyOf(after);
        if (term.isBlank() || (before.isEmpty() && after.isEmpty())) {
            throw new IllegalArgumentException("a qualified cue needs a term and at least one qualifier");
        }
    }

    /**
     * The qualifier of a cue, or null when the cue has more than one content word or no qualifier next to it.
     * Only the word next to the content word on each side can qualify it, looking past articles ("too much
     * power" is not qualified by "too"; "the triumvirate" by nothing).
     */
    static CueQualifier of(String cue, Terms terms, Words words) {
        List<String> w = Terms.words(cue);
        int content = -1;
        for (int i = 0; i < w.size(); i++) {
            String t = terms.exact(w.get(i));
            if (t != null && !t.isEmpty()) {
                if (content >= 0) {
                    return null;
                }
                content = i;
            }
        }
        if (content < 0) {
            return null;
        }
        List<String> before = new ArrayList<>();
        int b = content - 1;
        while (b >= 0 && words.articles().contains(w.get(b))) {
            b--;
        }
        if (b >= 0 && words.qualifies(w.get(b))) {
            before.add(w.get(b));
        }
        List<String> after = new ArrayList<>();
        int a = content + 1;
        while (a < w.size() && words.articles().contains(w.get(a))) {
            a++;
        }
        if (a < w.size() && words.qualifies(w.get(a))) {
            after.add(w.get(a));
        }
        if (before.isEmpty() && after.isEmpty()) {
            return null;
        }
        boolean verb = false;
        for (int k = 0; k < content; k++) {
            verb |= words.auxiliaries().contains(w.get(k));
        }
        return new CueQualifier(terms.exact(w.get(content)), before, after, verb);
    }

    /**
     * Whether the claim writes the content word, or a word standing for it, with its qualifiers.
     *
     * @param claimWords the claim's words in order, lower case ({@link Terms#words})
     * @param termOf     each of those words as a term (null for a function word)
     * @param standsFor  the terms that stand for the content term in this point (it and its one-word synonyms)
     * @param window     how many words away a qualifier may stand
     */
    boolean present(List<String> claimWords, List<String> termOf, Set<String> standsFor, int window, Words words) {
        for (int j = 0; j < claimWords.size(); j++) {
            String t = termOf.get(j);
            if (t == null || !standsFor.contains(t)) {
                continue;
            }
            if (verb && j > 0 && words.nounMarkers().contains(claimWords.get(j - 1))) {
                continue;
            }
            if (near(claimWords, j, before, -1, window, words) && near(claimWords, j, after, 1, window, words)) {
                return true;
            }
        }
        return false;
    }

    private static boolean near(List<String> claimWords, int at, List<String> qualifiers, int step, int window,
            Words words) {
        for (String q : qualifiers) {
            boolean negative = words.negation().test(q);
            boolean found = false;
            for (int d = 1; d <= window && !found; d++) {
                for (int k : negative ? new int[] {at - d, at + d} : new int[] {at + step * d}) {
                    if (k < 0 || k >= claimWords.size()) {
                        continue;
                    }
                    String w = claimWords.get(k);
                    found |= w.equals(q) || (words.degree().contains(q) && words.degree().contains(w))
                            || (negative && words.negation().test(w));
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }
}
