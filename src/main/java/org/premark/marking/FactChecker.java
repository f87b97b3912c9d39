package org.premark.marking;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.premark.notes.Passage;

/**
 * Checks years an answer ties to a concept against the years the notes tie to it, sentence by sentence:
 * "General Secretary in 1917" conflicts with notes that only ever put the General Secretary in 1922.
 *
 * <p>Two checks. {@link #check} takes the concept from the rubric cue a clause matched and reads every year of
 * that clause. {@link #checkNear} needs no point: inside a long sentence it ties each year to the words at most
 * {@code window} words from it ("Lenin's funeral in 1930", "a post Lenin gave him in 1917"), takes the nearest
 * pair of content words that the notes also date within the same distance, and compares the years. Reading
 * only the words around a year, not the whole sentence, keeps another concept's date in the same sentence from
 * excusing or condemning it.
 */
final class FactChecker {

    private static final Pattern FOUR_DIGITS = Pattern.compile("\\b(\\d{4})\\b");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?;])\\s+|\\n+");

    record NoteSentence(Set<String> terms, Set<String> years, String passageId) {}

    record Conflict(String year, String concept, Set<String> noteYears, String passageId) {}

    /** A year of the notes with the content terms at most {@code window} words from it. */
    private record NoteDate(String year, List<At> near, String passageId, boolean heading) {}

    /** The words of a two-word concept are at most this far apart: "Lenin's funeral", "ban on factions". */
    static final int PHRASE_GAP = 2;

    /** A content term of a sentence at its word position. */
    private record At(String term, int position) {}

    private final List<NoteSentence> sentences = new ArrayList<>();
    /** {@link #notedYears} by concept; its year sets are shared between calls, so they are unmodifiable. */
    private final java.util.concurrent.ConcurrentHashMap<List<String>, Noted> notedByConcept =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_NOTED = 10_000;
    /**
     * The notes' dates by each term near them, each list in the notes' order: a concept's dates are among its
     * first term's, so {@link #conflictAt} reads only those.
     */
    private final java.util.Map<String, List<NoteDate>> datesNear = new java.util.HashMap<>();
    private final Terms terms;
    private final int window;
    private final int minGap;
    private final int minSources;
    /** Everyday words ("job", "gave") tie a year to nothing; a pair needs one word rare in the notes. */
    private final java.util.function.Predicate<String> everyday;
    private final java.util.function.Predicate<String> specific;
    /** Four-digit numbers in this range are years. */
    private final int yearMin;
    private final int yearMax;

    /** A checker that reads only the rubric cue a clause matched ({@link #check}); {@link #checkNear} finds nothing. */
    FactChecker(List<Passage> passages, Terms terms, int yearMin, int yearMax) {
        this(passages, terms, yearMin, yearMax, 1, 1, 1, t -> true, t -> false);
    }

    /**
     * @param window   how many words from a year a word may be and still be tied to it
     * @param minGap   how many years from the notes' date a year must be to conflict
     * @param minSources how many of the notes' sentences must date a concept before it is checked
     * @param everyday terms that never date a concept
     * @param specific terms rare enough in the notes to name one event
     */
    FactChecker(List<Passage> passages, Terms terms, int yearMin, int yearMax, int window, int minGap,
            int minSources, java.util.function.Predicate<String> everyday,
            java.util.function.Predicate<String> specific) {
        if (window < 1 || minGap < 1 || minSources < 1) {
            throw new IllegalArgumentException("window, minGap and minSources must be at least 1, got " + window
                    + ", " + minGap + ", " + minSources);
        }
        this.minSources = minSources;
        this.yearMin = yearMin;
        this.yearMax = yearMax;
        this.terms = terms;
        this.window = window;
        this.minGap = minGap;
        this.everyday = java.util.Objects.requireNonNull(everyday, "everyday");
        this.specific = java.util.Objects.requireNonNull(specific, "specific");
        for (Passage p : passages) {
            List<String> parts = new ArrayList<>(List.of(SENTENCE_END.split(p.text())));
            // A card's heading often carries its date ("Lenin's funeral 27th January 1924").
            if (!p.heading().isBlank()) {
                parts.add(p.heading() + " " + (parts.isEmpty() ? "" : parts.get(0)));
            }
            for (int k = 0; k < parts.size(); k++) {
                String s = parts.get(k);
                Set<String> years = years(s);
                if (!years.isEmpty()) {
                    sentences.add(new NoteSentence(new HashSet<>(terms.exactTerms(s)), years, p.id()));
                    boolean heading = !p.heading().isBlank() && k == parts.size() - 1;
                    addDates(heading ? p.heading() : s, heading, p.id());
                }
            }
        }
    }

    /** The years of one note sentence (or heading) with the words near each. */
    private void addDates(String text, boolean heading, String passageId) {
        List<String> words = Terms.words(text);
        List<At> content = content(words, false);
        for (int i = 0; i < words.size(); i++) {
            if (isYear(words.get(i))) {
                List<At> near = new ArrayList<>();
                for (At a : content) {
                    if (Math.abs(a.position() - i) <= window) {
                        near.add(a);
                    }
                }
                NoteDate date = new NoteDate(words.get(i), List.copyOf(near), passageId, heading);
                near.stream().map(At::term).distinct()
                        .forEach(t -> datesNear.computeIfAbsent(t, k -> new ArrayList<>()).add(date));
            }
        }
    }

    private boolean isYear(String word) {
        if (word.length() != 4 || !word.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int year = Integer.parseInt(word);
        return year >= yearMin && year <= yearMax;
    }

    /** The content terms of a sentence's words, with their positions; students' words are spelling-corrected. */
    private List<At> content(List<String> words, boolean student) {
        List<At> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (!Character.isLetter(w.charAt(0))) {
                continue;
            }
            String t = student ? terms.student(w) : terms.exact(w);
            if (t != null && !t.isEmpty()) {
                out.add(new At(t, i));
            }
        }
        return out;
    }

    /**
     * A year in one sentence of the answer that conflicts with the notes' date for the words next to it.
     *
     * @param sentence one sentence of the answer
     */
    Optional<Conflict> checkNear(String sentence) {
        if (!hasDigit(sentence)) {
            return Optional.empty();
        }
        List<String> words = Terms.words(sentence);
        Set<String> claimed = new TreeSet<>();
        for (String w : words) {
            if (isYear(w)) {
                claimed.add(w);
            }
        }
        if (claimed.isEmpty()) {
            return Optional.empty();
        }
        List<At> content = content(words, true);
        for (int y = 0; y < words.size(); y++) {
            if (!isYear(words.get(y))) {
                continue;
            }
            Optional<Conflict> c = conflictAt(sentence, words, content, y, claimed);
            if (c.isPresent()) {
                return c;
            }
        }
        return Optional.empty();
    }

    /**
     * The year at word {@code y} against the nearest concept the notes date for sure. A concept is two content
     * words at most {@link #PHRASE_GAP} words apart, one of them rare in the notes ("Lenin's funeral", "show
     * trials", "General Secretary"): a single rare word is as often a verb of the story ("wrote", "lasted") as a
     * thing with a date. The notes are sure of a concept's date when at least {@code minSources} of their
     * sentences, or a card's heading, date it, all to the same year.
     */
    private Optional<Conflict> conflictAt(String sentence, List<String> words, List<At> content, int y,
            Set<String> claimed) {
        List<At> near = new ArrayList<>();
        for (At a : content) {
            if (Math.abs(a.position() - y) <= window && !everyday.test(a.term())) {
                near.add(a);
            }
        }
        List<At[]> concepts = new ArrayList<>();
        for (int i = 0; i < near.size(); i++) {
            At a = near.get(i);
            for (int j = i + 1; j < near.size(); j++) {
                At b = near.get(j);
                if (b.position() - a.position() <= PHRASE_GAP && !a.term().equals(b.term())
                        && (specific.test(a.term()) || specific.test(b.term()))) {
                    concepts.add(new At[] {a, b});
                }
            }
        }
        // Nearest first (by the farther word), words before the year ("funeral in 1930") before words after it.
        concepts.sort(java.util.Comparator.<At[]>comparingInt(c -> distance(c, y))
                .thenComparingInt(c -> c[c.length - 1].position() < y ? 0 : 1)
                .thenComparingInt(c -> c[0].position()));
        for (At[] c : concepts) {
            Set<String> noteYears = new TreeSet<>();
            int sources = 0;
            String passage = "";
            for (NoteDate d : datesNear.getOrDefault(c[0].term(), List.of())) {
                if (dates(d, c)) {
                    noteYears.add(d.year());
                    // A card headed by a dated event ("Lenin's funeral 27th January 1924") is the notes' own date.
                    sources += d.heading() ? minSources : 1;
                    if (passage.isEmpty()) {
                        passage = d.passageId();
                    }
                }
            }
            if (noteYears.isEmpty()) {
                continue;
            }
            // Notes that date the words to several years (a congress, a purge) name no single event, and one
            // mention may be a detail of another event; a year near the notes' date or any of the sentence's
            // years on it (a range) is no conflict either.
            if (noteYears.size() > 1 || sources < minSources || !java.util.Collections.disjoint(noteYears, claimed)) {
                return Optional.empty();
            }
            int noted = Integer.parseInt(noteYears.iterator().next());
            if (Math.abs(noted - Integer.parseInt(words.get(y))) < minGap) {
                return Optional.empty();
            }
            List<String> written = Terms.writtenWords(sentence);
            List<String> shown = written.size() == words.size() ? written : words;
            String concept = String.join(" ", shown.subList(c[0].position(), c[c.length - 1].position() + 1));
            return Optional.of(new Conflict(words.get(y), concept, noteYears, passage));
        }
        return Optional.empty();
    }

    private static int distance(At[] concept, int y) {
        int d = 0;
        for (At a : concept) {
            d = Math.max(d, Math.abs(a.position() - y));
        }
        return d;
    }

    /** Whether the note's year is tied to the concept: its words, as close together as in the answer. */
    private static boolean dates(NoteDate d, At[] concept) {
        for (At a : d.near()) {
            if (a.term().equals(concept[0].term())) {
                for (At b : d.near()) {
                    if (b.term().equals(concept[1].term()) && Math.abs(b.position() - a.position()) <= PHRASE_GAP) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether the text has a digit: a year is written in digits, so a clause or sentence without one (most of
     * them, even in an answer that gives a year) is passed over without splitting it into words.
     */
    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The years the notes' sentences give a concept, and the first such sentence's passage. */
    private record Noted(java.util.SortedSet<String> years, String passageId) {}

    /**
     * The notes' years for a concept, remembered: concepts are rubric phrases, which every answer matching
     * the point asks about again. Bounded as the word caches are, since rubrics can change in a running server.
     */
    private Noted notedYears(List<String> concept) {
        Noted noted = notedByConcept.get(concept);
        if (noted == null) {
            TreeSet<String> noteYears = new TreeSet<>();
            String passage = "";
            for (NoteSentence s : sentences) {
                if (s.terms().containsAll(concept)) {
                    noteYears.addAll(s.years());
                    if (passage.isEmpty()) {
                        passage = s.passageId();
                    }
                }
            }
            if (notedByConcept.size() >= MAX_NOTED) {
                notedByConcept.clear();
            }
            noted = new Noted(java.util.Collections.unmodifiableSortedSet(noteYears), passage);
            notedByConcept.put(List.copyOf(concept), noted);
        }
        return noted;
    }

    Set<String> years(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = FOUR_DIGITS.matcher(text);
        while (m.find()) {
            int year = Integer.parseInt(m.group(1));
            if (year >= yearMin && year <= yearMax) {
                out.add(m.group(1));
            }
        }
        return out;
    }

    /**
     * @param claimText the student's clause
     * @param concept the terms of the phrase that tied the clause to a point
     */
    Optional<Conflict> check(String claimText, List<String> concept, String conceptText) {
        if (!hasDigit(claimText)) {
            return Optional.empty();
        }
        Set<String> claimed = years(claimText);
        if (claimed.isEmpty() || concept.isEmpty()) {
            return Optional.empty();
        }
        Noted noted = notedYears(concept);
        java.util.SortedSet<String> noteYears = noted.years();
        String passage = noted.passageId();
        if (noteYears.isEmpty()) {
            return Optional.empty();
        }
        // The notes' years for a concept span its course (Lenin's strokes, the show trials): a claimed year inside
        // that span, or less than minGap outside it, is no conflict, and nor is a claim that gets any year of a
        // range right ("1923 and 1924").
        int first = Integer.parseInt(noteYears.first());
        int last = Integer.parseInt(noteYears.last());
        for (String year : claimed) {
            int y = Integer.parseInt(year);
            if (y > first - minGap && y < last + minGap) {
                return Optional.empty();
            }
        }
        return Optional.of(new Conflict(claimed.iterator().next(), conceptText, noteYears, passage));
    }
}
