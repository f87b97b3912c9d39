package org.premark.marking;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.premark.lang.WordList;
import org.premark.notes.Passage;

/**
 * Finds an answer that puts one wrong person in a group: "Stalin joined with Trotsky and Kamenev against Zinoviev",
 * where the notes group Stalin, Zinoviev and Kamenev. {@link SwappedRoles} sees two people given each other's thing;
 * here the thing is the group itself, and the person left out of it is set against it.
 *
 * <p>A <i>group</i> is read where an {@code ally} word of {@code alliance-words.txt} ("allied", "joined",
 * "triumvirate") stands in a clause: the list of people ending at most {@code reach} words before it and the list
 * starting at most {@code reach} words after it right after a {@code with} word ("with", "of"), before any
 * {@code against} word, are its members ("A triumvirate of
 * Stalin, Zinoviev and Kamenev", "Trotsky formed an alliance with Zinoviev and Kamenev"). The list right after an
 * {@code against} word is the side the group opposes. People are the names {@link SwappedRoles} reads as people.
 *
 * <p>Only a clear case counts, since the notes are incomplete and every flag costs the teacher a review: the answer's
 * group has at least three members; no group of the notes holds them all; a group of the notes has as many members
 * and all of the answer's but one; and the one the notes have instead is a person the answer sets against its group.
 * Immutable and thread-safe.
 */
final class AllianceMembers {

    /**
     * One wrong member of a group.
     *
     * @param wrong     the person the answer puts in the group, as written
     * @param instead   the person the notes have in the group instead, whom the answer sets against it, as written
     * @param others    the members the answer and the notes agree on, as written
     * @param passageId the note passage that names the group
     */
    record Wrong(String wrong, String instead, List<String> others, String passageId) {
        Wrong {
            if (wrong.isBlank() || instead.isBlank() || others.isEmpty()) {
                throw new IllegalArgumentException("a wrong member needs the person, who the notes have instead and"
                        + " the others, got " + wrong + ", " + instead + ", " + others);
            }
            others = List.copyOf(others);
        }
    }

    /** A group read from one clause: its members and the people set against it, each term with its written form. */
    private record Group(Map<String, String> members, Map<String, String> opposed) {}

    /** A group of the notes and the passage it is read from. */
    private record Noted(Set<String> members, String passageId) {}

    private static final Set<String> CLAUSE_END = Set.of(";", ":", "\n", ".", "!", "?");

    private final Terms terms;
    private final Set<String> people;
    private final Set<String> allies;
    private final Set<String> against;
    private final Set<String> with;
    private final Set<String> joiners;
    private final int reach;
    private final List<Noted> noted = new ArrayList<>();

    /**
     * @param people the terms of the names the notes list as people ({@link SwappedRoles#people()})
     * @param reach  how many words may stand between an ally word and the list of its members
     */
    AllianceMembers(List<Passage> passages, Terms terms, Set<String> people, int reach) {
        if (reach < 0) {
            throw new IllegalArgumentException("reach must be at least 0, got " + reach);
        }
        this.terms = terms;
        this.people = Set.copyOf(people);
        this.reach = reach;
        this.allies = Set.copyOf(terms.lexicon().words(WordList.ALLIANCE_WORDS, "ally"));
        this.against = Set.copyOf(terms.lexicon().words(WordList.ALLIANCE_WORDS, "against"));
        this.with = Set.copyOf(terms.lexicon().words(WordList.ALLIANCE_WORDS, "with"));
        this.joiners = Set.copyOf(terms.lexicon().words(WordList.NAME_TIES, "joiner"));
        for (Passage p : passages) {
            for (String text : List.of(p.heading(), p.text())) {
                for (Group g : groups(text, false)) {
                    if (g.members().size() >= 2) {
                        noted.add(new Noted(Set.copyOf(g.members().keySet()), p.id()));
                    }
                }
            }
        }
    }

    /** The first group of the answer with one wrong member, if any. */
    Optional<Wrong> find(String answer) {
        for (Group g : groups(answer, true)) {
            if (g.members().size() < 3 || g.opposed().isEmpty()
                    || noted.stream().anyMatch(n -> n.members().containsAll(g.members().keySet()))) {
                continue;
            }
            for (Noted n : noted) {
                if (n.members().size() != g.members().size()) {
                    continue;
                }
                Set<String> wrong = new LinkedHashSet<>(g.members().keySet());
                wrong.removeAll(n.members());
                Set<String> instead = new LinkedHashSet<>(n.members());
                instead.removeAll(g.members().keySet());
                if (wrong.size() == 1 && instead.size() == 1 && g.opposed().keySet().containsAll(instead)) {
                    List<String> others = new ArrayList<>();
                    g.members().forEach((t, w) -> {
                        if (!wrong.contains(t)) {
                            others.add(w);
                        }
                    });
                    return Optional.of(new Wrong(g.members().get(wrong.iterator().next()),
                            g.opposed().get(instead.iterator().next()), others, n.passageId()));
                }
            }
        }
        return Optional.empty();
    }

    /** The groups of a text's clauses; a student's words are spelling-corrected. */
    private List<Group> groups(String text, boolean student) {
        List<String> words = SwappedRoles.tokens(text);
        int n = words.size();
        String[] lower = new String[n];
        boolean[] person = new boolean[n];
        int[] clause = new int[n];
        boolean any = false;
        int c = 0;
        for (int i = 0; i < n; i++) {
            lower[i] = words.get(i).toLowerCase(Locale.ROOT);
            if (CLAUSE_END.contains(lower[i])) {
                c++;
            }
            clause[i] = c;
            any |= allies.contains(lower[i]);
        }
        // Most answers form no group: their words need no spelling correction here.
        if (!any) {
            return List.of();
        }
        for (int i = 0; i < n; i++) {
            String w = words.get(i);
            if (Character.isLetterOrDigit(w.codePointAt(0))) {
                String t = student ? terms.student(w) : terms.exact(w);
                person[i] = t != null && people.contains(t);
            }
        }
        List<Group> out = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            if (!allies.contains(lower[a])) {
                continue;
            }
            Map<String, String> members = new LinkedHashMap<>();
            // The list that ends just before the ally word ("Zinoviev and Kamenev allied …").
            for (int i = a - 1; i >= Math.max(0, a - 1 - reach) && clause[i] == clause[a]; i--) {
                if (against.contains(lower[i])) {
                    break;
                }
                if (person[i]) {
                    list(words, lower, person, clause, i, -1, members, student);
                    break;
                }
            }
            // The list that starts just after it, after a word that makes it the members ("… allied with Trotsky",
            // "a triumvirate of Stalin, …"; not "an alliance to keep Trotsky out").
            int end = a;
            for (int i = a + 1; i <= Math.min(n - 1, a + 1 + reach) && clause[i] == clause[a]; i++) {
                if (against.contains(lower[i])) {
                    break;
                }
                if (person[i]) {
                    if (with.contains(lower[i - 1])) {
                        end = list(words, lower, person, clause, i, 1, members, student);
                    }
                    break;
                }
            }
            // The side it is set against: the list right after an "against" word of the same clause.
            Map<String, String> opposed = new LinkedHashMap<>();
            for (int i = end + 1; i < n && clause[i] == clause[a]; i++) {
                if (allies.contains(lower[i]) && i != a) {
                    break;
                }
                if (against.contains(lower[i])) {
                    for (int j = i + 1; j <= Math.min(n - 1, i + 1 + reach) && clause[j] == clause[a]; j++) {
                        if (person[j]) {
                            list(words, lower, person, clause, j, 1, opposed, student);
                            break;
                        }
                    }
                    break;
                }
            }
            opposed.keySet().removeAll(members.keySet());
            out.add(new Group(members, opposed));
        }
        return out;
    }

    /**
     * Adds the people of the list through {@code from}, read in {@code step}'s direction: names joined by commas
     * and joiners ("Stalin, Zinoviev and Kamenev"). Returns the index of the list's last word read.
     */
    private int list(List<String> words, String[] lower, boolean[] person, int[] clause, int from, int step,
            Map<String, String> into, boolean student) {
        int i = from;
        int last = from;
        while (i >= 0 && i < person.length && clause[i] == clause[from]) {
            if (person[i]) {
                String w = words.get(i);
                into.putIfAbsent(student ? terms.student(w) : terms.exact(w), w);
                last = i;
            } else if (!lower[i].equals(",") && !joiners.contains(lower[i])) {
                break;
            }
            i += step;
        }
        return last;
    }
}
