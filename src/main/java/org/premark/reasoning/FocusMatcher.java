package org.premark.reasoning;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.premark.rubric.Focus;

/**
 * Decides whether a clause states the question's focus: the outcome to be explained ("Trotsky lost support",
 * "people were too scared to oppose him"). A focus phrase matches when all its terms are in the clause, in any
 * order, as rubric cues do. A clause that only restates the question or tags it ("This is why he lost") is
 * not a <i>substantive</i> outcome: it must carry content of its own beyond the question's words and tag words.
 * Immutable and thread-safe.
 */
public final class FocusMatcher {

    /** Up to this many terms a clause is searched as a list. */
    private static final int SMALL_CLAUSE = 16;

    private final List<Set<String>> phrases;
    private final List<Set<String>> subject;
    private final Set<String> question;
    private final Set<String> tags;
    private final int minContent;
    /**
     * For a matcher of one answer ({@link #forAnswer}): each of its claims' term lists → whether it reaches the
     * focus, or null until asked. Null for the rubric's shared matcher.
     */
    private final IdentityHashMap<Collection<String>, Boolean> reached;

    /**
     * @param focus      the rubric's focus; {@link Focus#NONE} makes every substantive clause an outcome
     * @param question   the question's own terms
     * @param terms      turns rubric text into terms, as the matcher does for cues
     * @param tagWords   raw tag words (stemmed here through {@code terms})
     * @param minContent how many terms beyond the question and tag words an outcome clause needs
     */
    public FocusMatcher(Focus focus, Collection<String> question, Function<String, List<String>> terms,
            Collection<String> tagWords, int minContent) {
        this(focus, question, terms, tagWords, minContent, List.of());
    }

    /**
     * @param synonyms groups of words that state the same outcome ("support", "backed"): a focus phrase also
     *                 matches with one of its words swapped for another of the word's group
     */
    public FocusMatcher(Focus focus, Collection<String> question, Function<String, List<String>> terms,
            Collection<String> tagWords, int minContent, Collection<? extends Collection<String>> synonyms) {
        List<Set<String>> groups = new ArrayList<>();
        for (Collection<String> group : synonyms) {
            Set<String> g = new LinkedHashSet<>();
            group.forEach(w -> g.addAll(terms.apply(w)));
            groups.add(g);
        }
        Set<Set<String>> compiled = new LinkedHashSet<>();
        for (Set<String> phrase : phrases(focus.words(), terms)) {
            compiled.add(phrase);
            for (String term : phrase) {
                for (Set<String> g : groups) {
                    if (!g.contains(term)) {
                        continue;
                    }
                    for (String other : g) {
                        Set<String> swapped = new HashSet<>(phrase);
                        swapped.remove(term);
                        swapped.add(other);
                        compiled.add(Set.copyOf(swapped));
                    }
                }
            }
        }
        this.phrases = List.copyOf(compiled);
        this.subject = phrases(focus.subject(), terms);
        this.question = Set.copyOf(question);
        Set<String> tagTerms = new HashSet<>();
        tagWords.forEach(w -> tagTerms.addAll(terms.apply(w)));
        this.tags = Set.copyOf(tagTerms);
        this.minContent = minContent;
        this.reached = null;
    }

    private FocusMatcher(FocusMatcher shared, List<? extends Collection<String>> claimTerms) {
        this.phrases = shared.phrases;
        this.subject = shared.subject;
        this.question = shared.question;
        this.tags = shared.tags;
        this.minContent = shared.minContent;
        this.reached = new IdentityHashMap<>(2 * claimTerms.size());
        claimTerms.forEach(t -> reached.put(t, null));
    }

    /**
     * The same matcher for one answer, remembering {@link #reaches} for these term lists (the answer's claims,
     * not changed afterwards): the narrative, the explanation links and the other-reasons flag ask it of the same
     * claims. Not thread-safe: use it on the answer's own thread.
     */
    public FocusMatcher forAnswer(List<? extends Collection<String>> claimTerms) {
        return new FocusMatcher(this, claimTerms);
    }

    /** The term sets of rubric phrases, as cues are read; a phrase with no terms is left out. */
    private static List<Set<String>> phrases(List<String> words, Function<String, List<String>> terms) {
        List<Set<String>> out = new ArrayList<>();
        for (String w : words) {
            List<String> t = terms.apply(w);
            if (!t.isEmpty()) {
                out.add(Set.copyOf(t));
            }
        }
        return List.copyOf(out);
    }

    /** Whether the rubric names a focus at all. */
    public boolean hasFocus() {
        return !phrases.isEmpty();
    }

    /** Whether the rubric says what its answers must be about. */
    public boolean hasSubject() {
        return !subject.isEmpty();
    }

    /**
     * Whether an answer with these terms names the question's subject; true when the rubric gives no subject.
     */
    public boolean namesSubject(Collection<String> answerTerms) {
        if (subject.isEmpty()) {
            return true;
        }
        Set<String> all = new HashSet<>(answerTerms);
        return subject.stream().anyMatch(all::containsAll);
    }

    /** Whether the clause names the focus, substantive or not. */
    public boolean names(Collection<String> clauseTerms) {
        if (phrases.isEmpty()) {
            return false;
        }
        // A clause's few terms are searched faster as they come than copied into a set first.
        Collection<String> clause = clauseTerms instanceof Set<String> || clauseTerms.size() <= SMALL_CLAUSE
                ? clauseTerms : new HashSet<>(clauseTerms);
        for (Set<String> p : phrases) {
            if (clause.containsAll(p)) {
                return true;
            }
        }
        return false;
    }

    /** The number of the clause's distinct terms that are neither the question's nor tag words. */
    public int content(Collection<String> clauseTerms) {
        Set<String> own = new HashSet<>(clauseTerms);
        own.removeAll(question);
        own.removeAll(tags);
        return own.size();
    }

    /**
     * The number of the clause's distinct terms beyond the question's, the tag words and the words of every focus
     * phrase it names: what a clause says besides stating the outcome ("these are the reasons they had doubts"
     * says nothing more; "they doubted a man who had changed sides" does).
     */
    public int contentBeyondFocus(Collection<String> clauseTerms) {
        Set<String> own = new HashSet<>(clauseTerms);
        own.removeAll(question);
        own.removeAll(tags);
        for (Set<String> p : phrases) {
            if (own.isEmpty()) {
                break;
            }
            if (clauseTerms.containsAll(p)) {
                own.removeAll(p);
            }
        }
        return own.size();
    }

    /**
     * Whether the clause is an outcome that reaches the focus with content of its own. Without a focus in the
     * rubric any clause with enough content of its own counts, as before focus was known.
     */
    public boolean reaches(Collection<String> clauseTerms) {
        if (reached != null && reached.containsKey(clauseTerms)) {
            Boolean known = reached.get(clauseTerms);
            if (known == null) {
                known = computeReaches(clauseTerms);
                reached.put(clauseTerms, known);
            }
            return known;
        }
        return computeReaches(clauseTerms);
    }

    private boolean computeReaches(Collection<String> clauseTerms) {
        // The cheap test first: most clauses name no focus word.
        if (!phrases.isEmpty() && !names(clauseTerms)) {
            return false;
        }
        return content(clauseTerms) >= minContent;
    }
}
