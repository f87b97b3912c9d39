package org.premark.marking;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.premark.lang.WordList;
import org.premark.notes.Passage;
import org.premark.text.Digits;

/**
 * Checks years an answer ties to a concept against the years the notes tie to it, sentence by sentence:
 * "General Secretary in 1917" conflicts with notes that only ever put the General Secretary in 1922.
 *
 * <p>Two checks. {@link #check} takes the concept from the rubric cue a clause matched and reads every year of
 * that clause. {@link #checkNear} needs no point: inside a long sentence it ties each year to the words at most
 * {@code window} words from it ("Lenin's funeral in 1930", "a post Lenin gave him in 1917"), takes the nearest
 * pair of content words that the notes also date within the same distance, and compares the years. Reading
 * only the words around a year, not the whole sentence, keeps another concept's date in the same sentence from
 * excusing or condemning it. Before that window, {@link #checkNear} reads the years an appositive or relative
 * clause gives the noun phrase before its comma ({@link Appositives}): "General Secretary, a job Trotsky gave
 * him in 1917" dates the General Secretary, however far the year is from it.
 */
final class FactChecker {

    private static final Pattern FOUR_DIGITS = Pattern.compile("\\b(\\d{4})\\b");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?;])\\s+|\\n+");

    record Conflict(String year, String concept, Set<String> noteYears, String passageId) {}

    /**
     * A year of the notes with the content terms at most {@code window} words from it; {@code day}: the notes give
     * its day and month too ("on January 21, 1924").
     */
    private record NoteDate(String year, List<At> near, String passageId, boolean heading, boolean day) {}

    /** The words of a two-word concept are at most this far apart: "Lenin's funeral", "ban on factions". */
    static final int PHRASE_GAP = 2;

    /** A content term of a sentence at its word position. */
    private record At(String term, int position) {}

    /** What the notes' sentences that date a concept say: their years, how many they are, the first passage. */
    private final class Dating {
        private final TreeSet<String> years = new TreeSet<>();
        private int sources;
        private String passage = "";

        void add(Set<String> sentenceYears, boolean heading, String passageId) {
            years.addAll(sentenceYears);
            // A card headed by a dated event ("Lenin's funeral 27th January 1924") is the notes' own date.
            sources += heading ? minSources : 1;
            if (passage.isEmpty()) {
                passage = passageId;
            }
        }
    }

    /** Each dated note sentence in order: its terms for a cue, its content terms for a concept's two words. */
    private final List<NoteLine> lines = new ArrayList<>();
    private final Appositives appositives;

    /**
     * A dated note sentence; {@code terms}: its terms, for a rubric cue; {@code content}: its content terms in
     * order, for a concept's words side by side; {@code headingYear}: a card's heading gives the year itself;
     * {@code bounds}: each year's bound, as {@link #bounds} reads it.
     */
    private record NoteLine(Set<String> terms, List<At> content, Set<String> years, String passageId, boolean headingYear,
            Map<String, String> bounds, List<String> words) {}

    private final Set<String> startWords;
    private final Set<String> endWords;
    private final Set<String> atWords;
    /** The terms of words naming what happens on one day ("died", "assassinated"), and the month names. */
    private final Set<String> momentTerms = new HashSet<>();
    private final Set<String> months;
    private final Set<String> negations;
    /** How many years from the notes' day a moment's year must be to conflict. */
    private final int momentGap;
    /** How many words an event phrase may hold between a bound word and the "at" word before the year. */
    private final int boundReach;
    private final List<NoteDate> dates = new ArrayList<>();
    /**
     * The dates, and the dated note sentences, with a content term near the year (in the sentence), in their order
     * above: a concept's first word picks the few that can date it, so an answer's year is not compared with
     * every date of the notes.
     */
    private final Map<String, List<NoteDate>> datesByTerm = new HashMap<>();
    private final Map<String, List<NoteLine>> linesByTerm = new HashMap<>();
    /** What the dated note sentences say of a rubric cue's terms; the same cues recur in answer after answer. */
    private final Map<List<String>, CueDating> cueDatings = new ConcurrentHashMap<>();
    static final int CUE_CACHE_LIMIT = 10_000;

    /**
     * The note sentences that hold all a cue's terms: their years, each year's bound, the first one's passage, and
     * whether any holds the terms together as a phrase.
     */
    private record CueDating(SortedSet<String> years, Set<String> bounds, String passage, boolean phrase) {}
    private final Terms terms;
    private final int window;
    private final int minGap;
    private final int minSources;
    /** Everyday words ("job", "gave") tie a year to nothing; a pair needs one word rare in the notes. */
    private final Predicate<String> everyday;
    private final Predicate<String> specific;
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
            int minSources, Predicate<String> everyday,
            Predicate<String> specific) {
        this(passages, terms, yearMin, yearMax, window, minGap, minSources, everyday, specific, null,
                MarkingSettings.defaults().flagFactBoundReach(), MarkingSettings.defaults().flagFactMomentGap());
    }

    /**
     * @param appositives what ties a clause's year to the noun phrase before it; null: no such tie is read
     * @param boundReach  how many words of an event phrase a start or end word reaches over to its year ("after
     *                    the split in 1903")
     */
    FactChecker(List<Passage> passages, Terms terms, int yearMin, int yearMax, int window, int minGap,
            int minSources, Predicate<String> everyday,
            Predicate<String> specific, Appositives appositives, int boundReach) {
        this(passages, terms, yearMin, yearMax, window, minGap, minSources, everyday, specific, appositives, boundReach,
                MarkingSettings.defaults().flagFactMomentGap());
    }

    /**
     * @param momentGap how many years from the day the notes give a moment ("Lenin dies on January 21, 1924") a
     *                  year must be to conflict
     */
    FactChecker(List<Passage> passages, Terms terms, int yearMin, int yearMax, int window, int minGap,
            int minSources, Predicate<String> everyday,
            Predicate<String> specific, Appositives appositives, int boundReach, int momentGap) {
        this.appositives = appositives;
        this.momentGap = momentGap;
        for (String w : terms.lexicon().words(WordList.YEAR_BOUNDS, "moment")) {
            String t = terms.exact(w);
            if (t != null && !t.isEmpty()) {
                momentTerms.add(t);
            }
        }
        this.months = Set.copyOf(terms.lexicon().words(WordList.APPOSITIVE_DATES, "month"));
        this.negations = Set.copyOf(terms.lexicon().words(WordList.NEGATIONS, "clause"));
        this.boundReach = boundReach;
        this.startWords = Set.copyOf(terms.lexicon().words(WordList.YEAR_BOUNDS, "start"));
        this.endWords = Set.copyOf(terms.lexicon().words(WordList.YEAR_BOUNDS, "end"));
        this.atWords = Set.copyOf(terms.lexicon().words(WordList.YEAR_BOUNDS, "at"));
        if (window < 1 || minGap < 1 || minSources < 1 || momentGap < 1) {
            throw new IllegalArgumentException("window, minGap and minSources must be at least 1, got " + window
                    + ", " + minGap + ", " + minSources);
        }
        this.minSources = minSources;
        this.yearMin = yearMin;
        this.yearMax = yearMax;
        this.terms = terms;
        this.window = window;
        this.minGap = minGap;
        this.everyday = Objects.requireNonNull(everyday, "everyday");
        this.specific = Objects.requireNonNull(specific, "specific");
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
                    boolean heading = !p.heading().isBlank() && k == parts.size() - 1;
                    lines.add(new NoteLine(new HashSet<>(terms.exactTerms(s)), content(Terms.words(s), false),
                            years, p.id(), heading && !years(p.heading()).isEmpty(), bounds(s), Terms.words(s)));
                    addDates(heading ? p.heading() : s, heading, p.id());
                }
            }
        }
        for (NoteDate d : dates) {
            for (String t : distinctTerms(d.near())) {
                datesByTerm.computeIfAbsent(t, k -> new ArrayList<>()).add(d);
            }
        }
        for (NoteLine l : lines) {
            for (String t : distinctTerms(l.content())) {
                linesByTerm.computeIfAbsent(t, k -> new ArrayList<>()).add(l);
            }
        }
    }

    private static Set<String> distinctTerms(List<At> content) {
        Set<String> out = new HashSet<>();
        for (At a : content) {
            out.add(a.term());
        }
        return out;
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
                dates.add(new NoteDate(words.get(i), List.copyOf(near), passageId, heading, dayGiven(words, i)));
            }
        }
    }

    /** Whether a month name stands in the two words before the year ("January 21, 1924", "1st December 1934"). */
    private boolean dayGiven(List<String> words, int year) {
        for (int k = Math.max(0, year - 2); k < year; k++) {
            if (months.contains(words.get(k))) {
                return true;
            }
        }
        return false;
    }

    private boolean isYear(String word) {
        if (word.length() != 4 || !Character.isDigit(word.charAt(0)) || !Character.isDigit(word.charAt(1))
                || !Character.isDigit(word.charAt(2)) || !Character.isDigit(word.charAt(3))) {
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
        // A year is written in digits: a sentence without one (most, even in an answer that gives a year) is
        // passed over without splitting it into words.
        if (!Digits.any(sentence)) {
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
        if (appositives != null) {
            for (Appositives.Tie t : appositives.ties(sentence)) {
                Optional<Conflict> c = attached(t);
                if (c.isPresent()) {
                    return c;
                }
            }
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
            // A moment word ("died") is an everyday word but dates one event.
            if (Math.abs(a.position() - y) <= window
                    && (!everyday.test(a.term()) || momentTerms.contains(a.term()))) {
                near.add(a);
            }
        }
        List<At[]> concepts = new ArrayList<>();
        for (int i = 0; i < near.size(); i++) {
            At a = near.get(i);
            for (int j = i + 1; j < near.size(); j++) {
                At b = near.get(j);
                // A moment word names an event by itself ("Lenin died"), even when no word of the pair is rare.
                if (b.position() - a.position() <= PHRASE_GAP && !a.term().equals(b.term())
                        && (specific.test(a.term()) || specific.test(b.term())
                                || momentTerms.contains(a.term()) || momentTerms.contains(b.term()))) {
                    concepts.add(new At[] {a, b});
                }
            }
        }
        // Nearest first (by the farther word), words before the year ("funeral in 1930") before words after it.
        concepts.sort(Comparator.<At[]>comparingInt(c -> distance(c, y))
                .thenComparingInt(c -> c[c.length - 1].position() < y ? 0 : 1)
                .thenComparingInt(c -> c[0].position()));
        for (At[] c : concepts) {
            Dating dating = new Dating();
            // A moment the notes give the day of ("Lenin dies on January 21, 1924") is sure, as a heading is.
            boolean moment = momentTerms.contains(c[0].term()) || momentTerms.contains(c[1].term());
            boolean day = false;
            for (NoteDate d : datesByTerm.getOrDefault(c[0].term(), List.of())) {
                if (dates(d, c)) {
                    boolean sure = moment && d.day();
                    day |= sure;
                    dating.add(Set.of(d.year()), d.heading() || sure, d.passageId());
                }
            }
            Set<String> noteYears = dating.years;
            String passage = dating.passage;
            if (noteYears.isEmpty()) {
                continue;
            }
            // Notes that date the words to several years (a congress, a purge) name no single event, and one
            // mention may be a detail of another event; a year near the notes' date or any of the sentence's
            // years on it (a range) is no conflict either.
            if (noteYears.size() > 1 || dating.sources < minSources
                    || !Collections.disjoint(noteYears, claimed)) {
                return Optional.empty();
            }
            int noted = Integer.parseInt(noteYears.iterator().next());
            if (Math.abs(noted - Integer.parseInt(words.get(y))) < (day ? momentGap : minGap)) {
                return Optional.empty();
            }
            List<String> written = Terms.writtenWords(sentence);
            List<String> shown = written.size() == words.size() ? written : words;
            String concept = String.join(" ", shown.subList(c[0].position(), c[c.length - 1].position() + 1));
            return Optional.of(new Conflict(words.get(y), concept, noteYears, passage));
        }
        return Optional.empty();
    }

    /**
     * The year an appositive or relative clause gives the noun phrase before its comma, against the notes. The
     * concept is two content words at most {@link #PHRASE_GAP} apart among the last {@code PHRASE_GAP + 2} words
     * before the comma ("General Secretary of the party"), one of them rare in the notes, nearest the comma first.
     * The notes date it when at least {@code minSources} of their sentences hold its two words as close together
     * (a card's heading that gives the year counts for all), and a year at least {@code minGap} years outside the
     * span of their years conflicts, unless a year of the head or the clause is inside it: as {@link #check}
     * does for a rubric cue, since the clause names the thing, not the words around the year.
     */
    private Optional<Conflict> attached(Appositives.Tie t) {
        if (!isYear(t.year())) {
            return Optional.empty();
        }
        List<String> words = Terms.words(t.head());
        int n = words.size();
        List<At> near = new ArrayList<>();
        for (At a : content(words, true)) {
            if (a.position() >= n - PHRASE_GAP - 2 && !everyday.test(a.term())) {
                near.add(a);
            }
        }
        List<At[]> concepts = new ArrayList<>();
        for (int i = 0; i < near.size(); i++) {
            for (int j = i + 1; j < near.size(); j++) {
                At a = near.get(i);
                At b = near.get(j);
                if (b.position() - a.position() <= PHRASE_GAP && !a.term().equals(b.term())
                        && (specific.test(a.term()) || specific.test(b.term()))) {
                    concepts.add(new At[] {a, b});
                }
            }
        }
        concepts.sort(Comparator.<At[]>comparingInt(c -> n - c[0].position())
                .thenComparingInt(c -> n - c[1].position()));
        Set<String> claimed = years(t.head() + " " + t.clause());
        for (At[] c : concepts) {
            Dating dating = new Dating();
            for (NoteLine l : linesByTerm.getOrDefault(c[0].term(), List.of())) {
                if (side(l.content(), c)) {
                    dating.add(l.years(), l.headingYear(), l.passageId());
                }
            }
            TreeSet<String> noteYears = dating.years;
            String passage = dating.passage;
            if (noteYears.isEmpty()) {
                continue;
            }
            if (dating.sources < minSources) {
                return Optional.empty();
            }
            if (withinSpan(claimed, noteYears)) {
                return Optional.empty();
            }
            List<String> written = Terms.writtenWords(t.head());
            List<String> shown = written.size() == n ? written : words;
            String concept = String.join(" ", shown.subList(c[0].position(), c[1].position() + 1));
            return Optional.of(new Conflict(t.year(), concept, noteYears, passage));
        }
        return Optional.empty();
    }

    /** Whether a note sentence holds the concept's two words at most {@link #PHRASE_GAP} apart. */
    private static boolean side(List<At> content, At[] concept) {
        for (At a : content) {
            if (a.term().equals(concept[0].term())) {
                for (At b : content) {
                    if (b.term().equals(concept[1].term()) && Math.abs(b.position() - a.position()) <= PHRASE_GAP) {
                        return true;
                    }
                }
            }
        }
        return false;
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
        if (!Digits.any(claimText)) {
            return Optional.empty();
        }
        Set<String> claimed = years(claimText);
        if (claimed.isEmpty() || concept.isEmpty()) {
            return Optional.empty();
        }
        CueDating dating = cueDatings.get(concept);
        if (dating == null) {
            dating = cueDating(concept);
            if (cueDatings.size() < CUE_CACHE_LIMIT) {
                cueDatings.put(List.copyOf(concept), dating);
            }
        }
        SortedSet<String> noteYears = dating.years();
        Set<String> noteBounds = dating.bounds();
        String passage = dating.passage();
        // The notes date the cue only where its words meet as a phrase, not scattered ("Bukharin was tried" is not
        // "Bukharin … tried to fight"); the sentences that hold them scattered still widen the span below.
        if (noteYears.isEmpty() || !dating.phrase()) {
            return Optional.empty();
        }
        if (withinSpan(claimed, noteYears)) {
            return Optional.empty();
        }
        int first = Integer.parseInt(noteYears.first());
        int last = Integer.parseInt(noteYears.last());
        // Notes that give only one bound of a state leave the other open: "a Menshevik until 1917" says nothing of
        // when he became one, so any year before that end ("from 1903", "when the party split in 1903", "in 1905")
        // agrees, unless the answer makes it an end too ("until 1903"); likewise any year after a start the notes
        // give alone.
        Map<String, String> claimBounds = bounds(claimText);
        if (noteBounds.size() == 1) {
            String theirs = noteBounds.iterator().next();
            boolean open = claimed.stream().allMatch(y -> {
                int v = Integer.parseInt(y);
                String mine = claimBounds.getOrDefault(y, "");
                return theirs.equals("end") && v <= last && !mine.equals("end")
                        || theirs.equals("start") && v >= first && !mine.equals("start");
            });
            if (open) {
                return Optional.empty();
            }
        }
        return Optional.of(new Conflict(claimed.iterator().next(), conceptText, noteYears, passage));
    }

    private CueDating cueDating(List<String> concept) {
        TreeSet<String> noteYears = new TreeSet<>();
        Set<String> noteBounds = new HashSet<>();
        String passage = "";
        boolean phrase = false;
        for (NoteLine line : lines) {
            if (line.terms().containsAll(concept)) {
                phrase |= together(line.content(), concept);
                noteYears.addAll(line.years());
                line.years().forEach(y -> noteBounds.add(boundOf(line, y, concept)));
                if (passage.isEmpty()) {
                    passage = line.passageId();
                }
            }
        }
        return new CueDating(Collections.unmodifiableSortedSet(noteYears), Set.copyOf(noteBounds), passage, phrase);
    }

    /**
     * Whether a claimed year agrees with the notes' years for a concept, which span its course (Lenin's strokes,
     * the show trials): a year inside that span, or less than minGap outside it, is no conflict, and nor is a claim
     * that gets any year of a range right ("1923 and 1924").
     */
    private boolean withinSpan(Set<String> claimed, SortedSet<String> noteYears) {
        int first = Integer.parseInt(noteYears.first());
        int last = Integer.parseInt(noteYears.last());
        for (String year : claimed) {
            int y = Integer.parseInt(year);
            if (y > first - minGap && y < last + minGap) {
                return true;
            }
        }
        return false;
    }

    /** Whether a sentence's terms hold the concept's terms close together, as a phrase would. */
    private static boolean together(List<At> content, List<String> concept) {
        int reach = concept.size() - 1 + PHRASE_GAP;
        for (At a : content) {
            if (!a.term().equals(concept.get(0))) {
                continue;
            }
            boolean all = true;
            for (String t : concept.subList(1, concept.size())) {
                all &= content.stream().anyMatch(b -> b.term().equals(t) && Math.abs(b.position() - a.position()) <= reach);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /**
     * The years of a text that a {@code year-bounds.txt} word makes the start or the end of a state ("from
     * 1903": start, "until 1917": end, "after the split in 1903": start, through an event phrase of at most
     * {@code flag.fact-bound-reach} words); a year without one, or with both in different places, is left out.
     */
    private Map<String, String> bounds(String text) {
        List<String> words = Terms.words(text);
        Map<String, String> out = new HashMap<>();
        Set<String> mixed = new HashSet<>();
        for (int i = 1; i < words.size(); i++) {
            String w = words.get(i);
            if (!isYear(w)) {
                continue;
            }
            String kind = boundKind(words.get(i - 1));
            if (kind.isEmpty() && atWords.contains(words.get(i - 1))) {
                // "after the split in 1903": the bound word governs the event phrase the year dates.
                for (int k = i - 2; k >= 0 && k >= i - 2 - boundReach && kind.isEmpty(); k--) {
                    if (isYear(words.get(k))) {
                        break;
                    }
                    kind = boundKind(words.get(k));
                }
            }
            String had = out.putIfAbsent(w, kind);
            if (had != null && !had.equals(kind)) {
                mixed.add(w);
            }
        }
        mixed.forEach(out::remove);
        out.values().removeIf(String::isEmpty);
        return out;
    }

    /**
     * The bound a note's year puts on a cue. An end under a negation that holds the cue dates the cue's start:
     * "he had not joined the party until 1917" says when he joined, so "joined in 1905" conflicts, while the
     * state named after it (", having been a Menshevik") ended then and is left open before.
     */
    private String boundOf(NoteLine line, String year, List<String> concept) {
        String bound = line.bounds().getOrDefault(year, "");
        if (!bound.equals("end")) {
            return bound;
        }
        List<String> words = line.words();
        int y = words.indexOf(year);
        int negation = -1;
        for (int k = 0; k < y; k++) {
            String w = words.get(k);
            if (negations.contains(w) || w.endsWith("n't")) {
                negation = k;
            }
        }
        for (At a : line.content()) {
            if (a.term().equals(concept.get(0)) && a.position() > negation && a.position() < y && negation >= 0) {
                return "start";
            }
        }
        return bound;
    }

    private String boundKind(String word) {
        return startWords.contains(word) ? "start" : endWords.contains(word) ? "end" : "";
    }
}
