package org.premark.marking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.premark.claims.Claim;
import org.premark.claims.Token;
import org.premark.lang.WordList;
import org.premark.notes.Passage;

/**
 * Finds an answer that gives two people each other's part: "Zinoviev ran the party in Moscow and Kamenev ran it in
 * Leningrad", where the notes tie Leningrad to Zinoviev and Moscow to Kamenev. A factual slip about names, not
 * years, that the year checks of {@link FactChecker} cannot see.
 *
 * <p>A <i>person</i> is a name the notes write with a capital in a list of such names ("Bukharin, Rykov and
 * Tomsky", "Zinoviev and Kamenev") in at least {@code minLists} places. A clause <i>ties</i> a person to a thing
 * when both stand in it at most {@code window} words apart and the thing is a word rare in the notes that is no
 * person ({@code attribute}). A clause ends at a full stop, semicolon, colon or line break, at a comma that is
 * not inside a list of names, at an {@code opener} of {@code name-ties.txt} ("while", "but") and at a
 * {@code joiner} ("and") that starts a new name after other words.
 *
 * <p>Only a clear swap counts, never a single unusual pairing, since the notes are incomplete and every flag costs
 * the teacher a review: the answer ties X to A and, in the same or the next sentence, Y to B; one sentence of the
 * notes ties X to B and Y to A side by side ("Zinoviev had a power base in Leningrad, Kamenev had one in
 * Moscow"), and no clause of the notes ties X to A nor Y to B; and the answer does not also tie X to B or Y to A.
 * Immutable and thread-safe.
 */
final class SwappedRoles {

    /**
     * Two people given each other's part.
     *
     * @param person  the person the answer gives the wrong thing, as written
     * @param claimed what the answer ties to them, as written
     * @param noted   what the notes tie to them instead, which the answer gives {@code other}
     * @param other   the other person, as written
     * @param passageId the note passage that ties {@code noted} to {@code person}
     */
    record Swap(String person, String claimed, String noted, String other, String passageId) {
        Swap {
            if (person.isBlank() || claimed.isBlank() || noted.isBlank() || other.isBlank()) {
                throw new IllegalArgumentException("a swap needs two people and two things, got " + person + ", "
                        + claimed + ", " + noted + ", " + other);
            }
        }
    }

    /** A word or a mark that ends a clause, with the sentence it is in. */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}'’]+|[.;:!?,\\n&+]");
    /** The marks of {@link #TOKEN}. */
    private static final String MARKS = ".;:!?,\n&+";
    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{Ll}'’]+");
    private static final Set<String> CLAUSE_END = Set.of(";", ":", "\n", ".", "!", "?");
    private static final Set<String> SENTENCE_END = Set.of("\n", ".", "!", "?");

    /** One person–thing tie of a clause: terms, the words as written, and where. */
    private record Tie(String person, String thing, String personWritten, String thingWritten, int clause,
            int sentence) {}

    private final Terms terms;
    private final Set<String> people;
    private final Set<String> joiners;
    private final Set<String> openers;
    private final Predicate<String> attribute;
    private final int window;
    /** Person term → thing term → the note sentences ("passage#sentence") that tie them. */
    private final Map<String, Map<String, Set<String>>> noted = new HashMap<>();

    /**
     * @param attribute whether a term is rare enough in the notes to be a thing a person is tied to
     * @param window    how many words apart a person and a thing may be in a clause
     * @param minLists  in how many lists of names the notes must write a name for it to be a person
     */
    SwappedRoles(List<Passage> passages, Terms terms, Predicate<String> attribute, int window, int minLists) {
        if (window < 1 || minLists < 1) {
            throw new IllegalArgumentException("window and minLists must be at least 1, got " + window + ", "
                    + minLists);
        }
        this.terms = terms;
        this.attribute = attribute;
        this.window = window;
        this.joiners = Set.copyOf(terms.lexicon().words(WordList.NAME_TIES, "joiner"));
        this.openers = Set.copyOf(terms.lexicon().words(WordList.NAME_TIES, "opener"));
        this.people = Set.copyOf(listedNames(passages, minLists));
        for (Passage p : passages) {
            List<String> texts = List.of(p.heading(), p.text());
            for (int k = 0; k < texts.size(); k++) {
                for (Tie t : ties(texts.get(k), false)) {
                    noted.computeIfAbsent(t.person(), x -> new HashMap<>())
                            .computeIfAbsent(t.thing(), x -> new HashSet<>())
                            .add(p.id() + "#" + k + "." + t.sentence());
                }
            }
        }
    }

    /** The names the notes write capitalised in lists of such names, in at least {@code minLists} lists. */
    private Set<String> listedNames(List<Passage> passages, int minLists) {
        String name = "\\p{Lu}[\\p{Ll}'’]+";
        String join = joiners.stream().map(Pattern::quote).collect(Collectors.joining("|"));
        Pattern list = Pattern.compile(name + "(?:\\s*,\\s*" + name + ")*\\s*,?\\s*(?:" + join + ")\\s+" + name);
        Map<String, Integer> lists = new HashMap<>();
        for (Passage p : passages) {
            Matcher m = list.matcher(p.heading() + "\n" + p.text());
            while (m.find()) {
                Set<String> items = new HashSet<>();
                Matcher n = CAPITALISED.matcher(m.group());
                while (n.find()) {
                    String t = terms.exact(n.group());
                    if (t != null && !t.isEmpty()) {
                        items.add(t);
                    }
                }
                items.forEach(t -> lists.merge(t, 1, Integer::sum));
            }
        }
        Set<String> out = new HashSet<>();
        lists.forEach((t, n) -> {
            if (n >= minLists) {
                out.add(t);
            }
        });
        return out;
    }

    /** The people the notes list (terms); for tests and reports. */
    Set<String> people() {
        return people;
    }

    /**
     * {@link #find(String)} for a marked answer. A swap takes two people, and most answers name one or none: the
     * claims' terms, which the marker has already read and spelling-corrected, say so without reading the answer
     * again word by word.
     *
     * @param claimTerms each claim's terms, as {@link Negations#split} gives them; parallel to {@code claims}
     */
    Optional<Swap> find(String answer, List<Claim> claims, List<List<String>> claimTerms) {
        if (!namesTwo(claims, claimTerms)) {
            return Optional.empty();
        }
        return find(answer);
    }

    /**
     * Whether the claims name two different people. The words {@link #ties} reads are the claims' words, whose
     * terms are the same {@link Terms#student} of the same word, except where a claim's word is not one of those
     * words: a hyphenated token ("anti-Trotsky"), which {@link Terms#words} keeps whole and {@link #TOKEN} splits,
     * and tokens written together ("Trotsky" + "'s"), which it reads as one word. Those are read as it reads them.
     */
    private boolean namesTwo(List<Claim> claims, List<List<String>> claimTerms) {
        String first = null;
        for (List<String> ts : claimTerms) {
            for (String t : ts) {
                if (people.contains(t)) {
                    if (first == null) {
                        first = t;
                    } else if (!first.equals(t)) {
                        return true;
                    }
                }
            }
        }
        for (Claim c : claims) {
            List<Token> tokens = c.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                boolean glued = i + 1 < tokens.size() && tokens.get(i + 1).start() == t.end()
                        && isWordChar(t.text().codePointBefore(t.text().length()))
                        && isWordChar(tokens.get(i + 1).text().codePointAt(0));
                if (!glued && t.text().indexOf('-') < 0) {
                    continue;
                }
                int j = i;
                while (j + 1 < tokens.size() && tokens.get(j + 1).start() == tokens.get(j).end()) {
                    j++;
                }
                String span = c.text().substring(t.start() - c.start(), tokens.get(j).end() - c.start());
                for (String w : tokens(span)) {
                    String term = Character.isLetterOrDigit(w.codePointAt(0)) ? terms.student(w) : null;
                    if (term != null && people.contains(term)) {
                        if (first == null) {
                            first = term;
                        } else if (!first.equals(term)) {
                            return true;
                        }
                    }
                }
                i = j;
            }
        }
        return false;
    }

    /** The first clear swap of two people's parts in the answer, if any. */
    Optional<Swap> find(String answer) {
        List<Tie> ties = ties(answer, true);
        Map<String, Set<String>> claimed = new LinkedHashMap<>();
        for (Tie t : ties) {
            claimed.computeIfAbsent(t.person(), k -> new HashSet<>()).add(t.thing());
        }
        for (Tie a : ties) {
            Map<String, Set<String>> ofA = noted.getOrDefault(a.person(), Map.of());
            if (ofA.containsKey(a.thing())) {
                continue;
            }
            for (Tie b : ties) {
                if (b.clause() == a.clause() || Math.abs(b.sentence() - a.sentence()) > 1
                        || b.person().equals(a.person()) || b.thing().equals(a.thing())) {
                    continue;
                }
                Map<String, Set<String>> ofB = noted.getOrDefault(b.person(), Map.of());
                if (!ofA.containsKey(b.thing()) || !ofB.containsKey(a.thing()) || ofB.containsKey(b.thing())
                        || claimed.get(a.person()).contains(b.thing())
                        || claimed.get(b.person()).contains(a.thing())) {
                    continue;
                }
                // The notes set the two pairings side by side in one sentence, so the answer has them swapped,
                // not merely paired in a way the notes happen not to mention.
                Set<String> both = new HashSet<>(ofA.get(b.thing()));
                both.retainAll(ofB.get(a.thing()));
                if (!both.isEmpty()) {
                    String where = both.stream().sorted().findFirst().orElseThrow();
                    return Optional.of(new Swap(a.personWritten(), a.thingWritten(), b.thingWritten(),
                            b.personWritten(), where.substring(0, where.indexOf('#'))));
                }
            }
        }
        return Optional.empty();
    }

    /** Every person–thing tie of a text's clauses; a student's words are spelling-corrected. */
    private List<Tie> ties(String text, boolean student) {
        List<String> written = tokens(text);
        List<String> term = new ArrayList<>(written.size());
        String first = null;
        boolean two = false;
        for (String w : written) {
            boolean word = Character.isLetterOrDigit(w.codePointAt(0));
            String t = word ? (student ? terms.student(w) : terms.exact(w)) : null;
            t = t == null ? "" : t;
            term.add(t);
            if (!two && people.contains(t)) {
                if (first == null) {
                    first = t;
                } else {
                    two = !first.equals(t);
                }
            }
        }
        // A swap takes two people; most answers name one or none, and need no clause reading. (The notes' ties of
        // one person are kept: they say which pairings the notes do give.)
        if (student && !two) {
            return List.of();
        }
        int n = written.size();
        // Each word's lower case and whether it is a person are read once: the clause marks and the window test
        // below ask for them at every position.
        String[] lower = new String[n];
        boolean[] person = new boolean[n];
        for (int i = 0; i < n; i++) {
            lower[i] = written.get(i).toLowerCase(Locale.ROOT);
            person[i] = people.contains(term.get(i));
        }
        int[] clause = new int[n];
        int[] sentence = new int[n];
        int c = 0;
        int s = 0;
        for (int i = 0; i < n; i++) {
            String w = lower[i];
            boolean before = i > 0 && person[i - 1];
            boolean next = nextIsPerson(lower, person, i);
            if (CLAUSE_END.contains(w)) {
                c++;
                if (SENTENCE_END.contains(w)) {
                    s++;
                }
            } else if (w.equals(",") && !(before && next)) {
                c++;
            } else if (openers.contains(w) || joiners.contains(w) && next && !before) {
                c++;
            }
            clause[i] = c;
            sentence[i] = s;
        }
        // Whether each position's term is a thing a person can be tied to, worked out when a window first asks.
        byte[] thing = new byte[n];
        List<Tie> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!person[i]) {
                continue;
            }
            for (int j = Math.max(0, i - window); j < Math.min(n, i + window + 1); j++) {
                if (clause[j] != clause[i]) {
                    continue;
                }
                if (thing[j] == 0) {
                    String t = term.get(j);
                    thing[j] = !t.isEmpty() && Character.isLetter(t.codePointAt(0)) && !person[j]
                            && attribute.test(t) ? (byte) 1 : (byte) -1;
                }
                if (thing[j] > 0) {
                    out.add(new Tie(term.get(i), term.get(j), written.get(i), written.get(j), clause[i], sentence[i]));
                }
            }
        }
        return out;
    }

    /**
     * The matches of {@link #TOKEN} in order: runs of letters, digits and apostrophes, and the marks that end a
     * clause. A scan rather than the pattern, as every answer that names two people is read; {@code
     * SwappedRolesTest} checks the two agree.
     */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (isWordChar(cp)) {
                int start = i;
                while (i < n && isWordChar(cp = text.codePointAt(i))) {
                    i += Character.charCount(cp);
                }
                out.add(text.substring(start, i));
            } else {
                if (MARKS.indexOf(cp) >= 0) {
                    out.add(String.valueOf((char) cp));
                }
                i += Character.charCount(cp);
            }
        }
        return out;
    }

    /** {@link #TOKEN}'s form of {@link #tokens}, the reference the scan is tested against. */
    static List<String> tokensByPattern(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** {@code [\p{L}\p{N}'’]}. */
    private static boolean isWordChar(int cp) {
        if (cp < 128) {
            return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9' || cp == '\'';
        }
        if (cp == '’') {
            return true;
        }
        int type = Character.getType(cp);
        return Character.isLetter(cp) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** Whether the word after {@code i} is a person, or a joiner and then a person ("…, and Kamenev"). */
    private boolean nextIsPerson(String[] lower, boolean[] person, int i) {
        if (i + 1 >= person.length) {
            return false;
        }
        if (person[i + 1]) {
            return true;
        }
        return joiners.contains(lower[i + 1]) && i + 2 < person.length && person[i + 2];
    }
}
