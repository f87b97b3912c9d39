package org.premark.marking;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.premark.claims.Claim;
import org.premark.lang.WordList;
import org.premark.rubric.Rubric;
import org.premark.rubric.RubricPoint;

/**
 * Decides whether an answer <i>describes</i> a point rather than only naming it, for points schemes with
 * {@code credit: described}. A point's defining content is what its label, description and examples say beyond
 * its name ({@link #name}): their terms minus the name's and the question's terms, and minus terms that most of the rubric's points
 * share (in a question about membranes, "membrane" describes nothing). "Osmosis" alone names the point;
 * "osmosis, water moving into the cell" describes it. Immutable; thread-safe.
 */
final class Descriptions {

    private final int minTerms;
    private final int unnamedExtraTerms;
    /** The names of points whose label is a name ("Osmosis"), not a statement: the name an answer may say. */
    private final Map<String, List<String>> names = new HashMap<>();
    private final Map<String, Set<String>> defining = new HashMap<>();
    private final Map<String, List<List<List<String>>>> synonyms = new HashMap<>();
    /**
     * The terms of labels that state a step ("Goes to a ribosome"), not name a thing: a clause that says all of
     * them says the step as the teacher put it.
     */
    private final Map<String, Set<String>> statements = new HashMap<>();

    /**
     * @param settings {@code credit.described-generic-share}: a term in more than this share of the rubric's
     *                 points (three or more) is generic; {@code credit.described-min-terms}: defining terms an
     *                 answer must give; {@code credit.described-name-max-terms}: the longest label that is a name
     */
    Descriptions(Rubric rubric, Terms terms, MarkingSettings settings) {
        this(rubric, terms, settings, LabelVerbs.NONE);
    }

    /**
     * @param verbs the verbs of the labels: a short label with one ("Codons read") states a step, as a label with a
     *              linking word does, so "the ribosome reads each codon" describes it rather than only naming it
     */
    Descriptions(Rubric rubric, Terms terms, MarkingSettings settings, LabelVerbs verbs) {
        this.minTerms = settings.creditDescribedMinTerms();
        this.unnamedExtraTerms = settings.creditDescribedUnnamedExtraTerms();
        int nameMaxTerms = settings.creditDescribedNameMaxTerms();
        double genericShare = settings.creditDescribedGenericShare();
        Set<String> endings = terms.lexicon().words(WordList.NOUN_ENDINGS);
        // The question's words and their roots: "movement" in the question makes "move" one of its words.
        Set<String> question = new HashSet<>(terms.exactTerms(rubric.question()));
        for (String word : Terms.words(rubric.question())) {
            question.addAll(roots(word, terms, endings));
        }
        Set<String> abbreviations = Acronyms.abbreviations(rubric.question());
        Map<String, Set<String>> content = new HashMap<>();
        Map<String, Integer> pointsWith = new HashMap<>();
        for (RubricPoint p : rubric.points()) {
            Set<String> t = new LinkedHashSet<>(terms.exactTerms(p.description()));
            p.examples().forEach(e -> t.addAll(terms.exactTerms(e)));
            content.put(p.id(), t);
            Set<String> all = new HashSet<>(t);
            all.addAll(terms.exactTerms(p.label()));
            all.forEach(term -> pointsWith.merge(term, 1, Integer::sum));
            List<List<List<String>>> groups = new ArrayList<>();
            for (String group : p.synonyms()) {
                List<List<String>> members = new ArrayList<>();
                for (String member : group.split(",")) {
                    List<String> m = terms.exactTerms(member);
                    if (!m.isEmpty()) {
                        members.add(List.copyOf(m));
                    }
                }
                if (members.size() > 1) {
                    groups.add(List.copyOf(members));
                }
            }
            synonyms.put(p.id(), List.copyOf(groups));
        }
        int n = rubric.points().size();
        for (RubricPoint p : rubric.points()) {
            List<String> head = head(p.label(), terms);
            if (isName(p.label(), head, terms, nameMaxTerms) && verbs.of(p.id()).isEmpty()) {
                names.put(p.id(), List.copyOf(head));
            } else if (head.size() >= 2) {
                statements.put(p.id(), Set.copyOf(head));
            }
        }
        for (RubricPoint p : rubric.points()) {
            Set<String> d = new LinkedHashSet<>(content.get(p.id()));
            // A label that states the step ("mRNA exits the nucleus through a nuclear pore") is content too; only
            // its name is not.
            d.addAll(terms.exactTerms(p.label()));
            d.removeAll(names.containsKey(p.id()) ? names.get(p.id()) : head(p.label(), terms).subList(0,
                    Math.min(1, head(p.label(), terms).size())));
            d.removeAll(question);
            // A word whose root is the question's ("movement" beside "moves substances") restates it.
            for (String word : Terms.words(p.label() + " " + p.description() + " " + String.join(" ", p.examples()))) {
                if (roots(word, terms, endings).stream().anyMatch(question::contains)) {
                    d.remove(terms.exact(word));
                }
            }
            // The question's abbreviation written in full ("messenger RNA" for mRNA) is the question's subject.
            List<String> said = Terms.words(p.label() + " " + p.description() + " " + String.join(" ", p.examples()));
            for (int k = 0; k + 1 < said.size(); k++) {
                if (Acronyms.spellsOut(said.get(k), said.get(k + 1), abbreviations)) {
                    d.remove(terms.exact(said.get(k)));
                    d.remove(terms.exact(said.get(k + 1)));
                }
            }
            // A one-word cue ("codon", "ATP") names or hints at the point as its name does: it tells which
            // point, not what happens in it.
            for (String cue : p.cues()) {
                List<String> c = terms.exactTerms(cue);
                if (c.size() == 1) {
                    d.remove(c.get(0));
                }
            }
            // Another process's name says which process, not what this one is: "osmosis, diffusion" lists two
            // names, though "diffusion" is a word of osmosis's description.
            names.forEach((id, name) -> {
                if (!id.equals(p.id())) {
                    d.removeAll(name);
                }
            });
            if (n >= 3) {
                d.removeIf(term -> pointsWith.getOrDefault(term, 0) > genericShare * n);
            }
            defining.put(p.id(), Set.copyOf(d));
        }
    }

    /**
     * The terms that name a point rather than say what it is: a short label, up to any bracket ("Passive
     * transport (high to low)" is named "passive transport"), or, for a label that is a statement, its first term,
     * the thing the statement is about ("Pumps move ions using carrier proteins" is named "pumps").
     *
     * @param maxTerms a label part of at most this many terms is a name as a whole
     */
    static List<String> name(String label, Terms terms, int maxTerms) {
        List<String> head = head(label, terms);
        return isName(label, head, terms, maxTerms) ? head : head.subList(0, Math.min(1, head.size()));
    }

    /**
     * Whether the label before any bracket names the point as a whole ({@link #name}): a few content words and
     * nothing else but articles ("Ion pumps", "Semi-permeable membrane"). A short label with a path or linking word
     * ("Out via nuclear pore", "Into the cytoplasm") states a step, so the words after its first say what happens.
     */
    private static boolean isName(String label, List<String> head, Terms terms, int maxTerms) {
        if (head.isEmpty() || head.size() > maxTerms) {
            return false;
        }
        Set<String> articles = terms.lexicon().words(WordList.STOP_WORDS, "article");
        int bracket = label.indexOf('(');
        for (String word : Terms.words(bracket > 0 ? label.substring(0, bracket) : label)) {
            String t = terms.exact(word);
            if ((t == null || t.isEmpty()) && !articles.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A word's term and the terms of the word with a noun ending taken off ({@code noun-endings.txt}): "movement" →
     * "movement", "move". Empty for a stop word.
     */
    static Set<String> roots(String word, Terms terms, Set<String> endings) {
        Set<String> out = new HashSet<>(terms.exactTerms(word));
        for (String ending : endings) {
            if (word.length() > ending.length() + 2 && word.endsWith(ending)) {
                out.addAll(terms.exactTerms(word.substring(0, word.length() - ending.length())));
            }
        }
        return out;
    }

    /** The label's terms before any bracket. */
    private static List<String> head(String label, Terms terms) {
        int bracket = label.indexOf('(');
        return terms.exactTerms(bracket > 0 ? label.substring(0, bracket) : label);
    }

    /** The point's defining terms (stemmed); empty for an unknown point. */
    Set<String> defining(String pointId) {
        return defining.getOrDefault(pointId, Set.of());
    }

    /**
     * Whether {@code terms}, an answer's terms around a claim that names the point, describe it. A point whose
     * description adds nothing to its name is described by naming it.
     */
    boolean described(String pointId, Collection<String> terms) {
        Set<String> d = defining(pointId);
        if (d.isEmpty()) {
            return true;
        }
        // One word on its own ("ENERGY", "Osmosis-") names or hints at a point; it does not describe it.
        if (new HashSet<>(terms).size() < 2) {
            return false;
        }
        Set<String> said = PointSignalLexical.expand(List.copyOf(terms), synonyms.getOrDefault(pointId, List.of()));
        // A label that states the step is the teacher's own short description: saying all of it ("the mRNA goes to
        // a ribosome" for "Goes to a ribosome") describes the point, even where its words, shared with other
        // steps, define none of them on their own.
        Set<String> statement = statements.get(pointId);
        if (statement != null && said.containsAll(statement)) {
            return true;
        }
        // Without its name, a point is recognised from its description alone, and that takes more of it: "it uses
        // energy" hints at active transport; "it uses energy to move against the gradient" describes it.
        List<String> name = names.get(pointId);
        int needed = name != null && !said.containsAll(name) ? minTerms + unnamedExtraTerms : minTerms;
        int found = 0;
        for (String t : said) {
            if (d.contains(t) && ++found >= needed) {
                return true;
            }
        }
        return false;
    }

    /**
     * The claims that can describe the point claim {@code i} names: the claim and the claims after it in its
     * sentence or the next, up to a claim that earns another point ("Osmosis. It is when water …"). Claims
     * before it are not read: in a list ("diffusion, osmosis and …") they belong to other items.
     *
     * @param pointOf the point each claim earns, or null
     */
    static List<Integer> window(List<Claim> claims, List<String> pointOf, int i) {
        String own = pointOf.get(i);
        List<Integer> out = new ArrayList<>();
        out.add(i);
        int sentence = claims.get(i).sentence();
        for (int j = i + 1; j < claims.size() && claims.get(j).sentence() <= sentence + 1
                && free(pointOf.get(j), own); j++) {
            out.add(j);
        }
        return out;
    }

    /** True when a claim earning {@code point} may lend its words to a claim earning {@code own}. */
    private static boolean free(String point, String own) {
        return point == null || point.equals(own);
    }
}
