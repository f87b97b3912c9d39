package org.premark.notes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Cleans raw notes with the clutter rules in {@code notes/clutter.txt}, then gives the text the corpus structure:
 * {@code ## } headings, {@code - } bullets (two spaces per nesting level) and blank-line separated paragraphs.
 *
 * <p>Headings are inferred only when the input has none yet (raw web text). Text that already has {@code ## }
 * headings is taken as structured, so cleaning is idempotent.
 */
public final class NotesCleanerRules implements NotesCleaner {

    static final String RESOURCE = "/notes/clutter.txt";

    private static final Pattern HEADING = Pattern.compile("#{1,6}\\s+(\\S.*)");
    // "•" and "*" bullets may touch their text ("*In 1912"); "-" and "–" need a space so "-ism" stays a word.
    private static final Pattern BULLET = Pattern.compile("(?:[•·▪◦‣]|\\*(?!\\*)|[-–](?=\\s))\\s*(\\S.*)");
    private static final Pattern SPACES = Pattern.compile(" {2,}");
    private static final int HEADING_MAX_WORDS = 12;
    private static final int HEADING_MAX_CHARS = 100;
    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "and", "the", "of", "in", "on", "to", "for",
            "with", "at", "by", "from", "as", "vs", "vs.", "or", "but", "into", "after", "before", "&", "=");

    private static volatile NotesCleanerRules standard;

    private final Set<String> drop;
    private final List<Pattern> dropRe;
    private final List<List<String>> dropRuns;
    private final List<List<String>> endRuns;
    private final List<Pattern> endRe;
    private final List<Pattern> cardRe;
    private final String correctMarker;

    private NotesCleanerRules(Set<String> drop, List<Pattern> dropRe, List<List<String>> dropRuns,
            List<List<String>> endRuns, List<Pattern> endRe, List<Pattern> cardRe, String correctMarker) {
        this.drop = Set.copyOf(drop);
        this.dropRe = List.copyOf(dropRe);
        this.dropRuns = List.copyOf(dropRuns);
        this.endRuns = List.copyOf(endRuns);
        this.endRe = List.copyOf(endRe);
        this.cardRe = List.copyOf(cardRe);
        this.correctMarker = correctMarker;
    }

    /** The cleaner with the bundled clutter rules. */
    public static NotesCleanerRules standard() {
        NotesCleanerRules rules = standard;
        if (rules == null) {
            try (InputStream in = NotesCleanerRules.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE);
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                rules = parse(reader.lines().toList(), RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
            standard = rules;
        }
        return rules;
    }

    /** Parses rule lines (format in clutter.txt); {@code name} is used in error messages. */
    static NotesCleanerRules parse(List<String> lines, String name) {
        Set<String> drop = new HashSet<>();
        List<Pattern> dropRe = new ArrayList<>();
        List<List<String>> dropRuns = new ArrayList<>();
        List<List<String>> endRuns = new ArrayList<>();
        List<Pattern> endRe = new ArrayList<>();
        List<Pattern> cardRe = new ArrayList<>();
        String correct = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+", 2);
            String where = name + " line " + (i + 1);
            if (parts.length < 2) {
                throw new IllegalArgumentException(where + ": rule has no pattern: '" + line + "'");
            }
            String kind = parts[0];
            String pattern = parts[1].strip();
            switch (kind) {
                case "drop" -> drop.add(pattern);
                case "drop-re" -> dropRe.add(compile(pattern, where));
                case "drop-run" -> dropRuns.add(run(pattern));
                case "end-run" -> endRuns.add(run(pattern));
                case "end-re" -> endRe.add(compile(pattern, where));
                case "card-re" -> cardRe.add(compile(pattern, where));
                case "correct" -> correct = pattern;
                default -> throw new IllegalArgumentException(where + ": unknown rule kind '" + kind + "'");
            }
        }
        if (correct == null) {
            throw new IllegalArgumentException(name + ": no 'correct' marker rule");
        }
        return new NotesCleanerRules(drop, dropRe, dropRuns, endRuns, endRe, cardRe, correct);
    }

    private static Pattern compile(String regex, String where) {
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(where + ": bad regular expression '" + regex + "': "
                    + e.getDescription(), e);
        }
    }

    private static List<String> run(String pattern) {
        return Arrays.stream(pattern.split(" / ")).map(String::strip).toList();
    }

    @Override
    public String clean(String raw) {
        Objects.requireNonNull(raw, "raw");
        List<String> lines = normalise(raw);
        boolean structured = lines.stream().anyMatch(l -> HEADING.matcher(l.strip()).matches());
        List<Item> items = classify(lines);
        items = resolveQuizzes(items);
        if (!structured) {
            inferHeadings(items);
        }
        return render(items);
    }

    // ---- 1. lines -------------------------------------------------------------------------------------------

    private enum Kind { BLANK, START, END, HEADING, BULLET, TEXT }

    private static final class Item {
        Kind kind;
        String text;
        final int indent;
        boolean doubled;

        Item(Kind kind, String text, int indent) {
            this.kind = kind;
            this.text = text;
            this.indent = indent;
        }
    }

    /** Unifies line ends and odd spaces; keeps indentation, which marks bullet nesting. */
    static List<String> normalise(String raw) {
        String text = raw.replace("\r\n", "\n").replace('\r', '\n');
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            String l = line.replace('\u00A0', ' ').replace('\u2007', ' ').replace('\u202F', ' ')
                    .replace("\u200B", "").replace("\u200C", "").replace("\u200D", "").replace("\uFEFF", "")
                    .replace("\t", "    ")
                    .stripTrailing();
            int indent = indent(l);
            lines.add(l.substring(0, indent) + SPACES.matcher(l.substring(indent)).replaceAll(" "));
        }
        return lines;
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private List<Item> classify(List<String> lines) {
        // Runs first: their single lines ("1", "Name") would otherwise be judged alone.
        List<Item> raw = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).strip();
            if (t.isEmpty()) {
                raw.add(new Item(Kind.BLANK, "", 0));
                continue;
            }
            int end = matchRun(lines, i, endRuns);
            if (end >= 0) {
                raw.add(new Item(Kind.END, "", 0));
                i = end;
                continue;
            }
            end = matchRun(lines, i, dropRuns);
            if (end >= 0) {
                i = end;
                continue;
            }
            raw.add(new Item(Kind.TEXT, lines.get(i), indent(lines.get(i))));
        }
        // A line shown twice in a row (flashcard fronts, quiz questions) is kept once and remembered as a title.
        List<Item> deduped = new ArrayList<>();
        for (Item item : raw) {
            Item last = deduped.isEmpty() ? null : deduped.get(deduped.size() - 1);
            if (item.kind == Kind.TEXT && last != null && last.kind == Kind.TEXT
                    && last.text.strip().equals(item.text.strip())) {
                last.doubled = true;
            } else {
                deduped.add(item);
            }
        }
        List<Item> items = new ArrayList<>();
        for (Item item : deduped) {
            if (item.kind != Kind.TEXT) {
                items.add(item);
                continue;
            }
            String t = item.text.strip();
            if (drop.contains(t) || matchesAny(dropRe, t)) {
                continue;
            }
            if (matchesAny(endRe, t)) {
                items.add(new Item(Kind.END, "", 0));
                continue;
            }
            if (matchesAny(cardRe, t)) {
                items.add(new Item(Kind.START, "", 0));
                continue;
            }
            Matcher heading = HEADING.matcher(t);
            Matcher bullet = BULLET.matcher(t);
            Item classified;
            if (heading.matches()) {
                classified = new Item(Kind.HEADING, heading.group(1).strip(), 0);
            } else if (bullet.matches()) {
                classified = new Item(Kind.BULLET, bullet.group(1).strip(), item.indent);
            } else {
                classified = new Item(Kind.TEXT, t, item.indent);
            }
            classified.doubled = item.doubled;
            items.add(classified);
        }
        return items;
    }

    /** Index of the run's last line when one of {@code runs} starts at line {@code from}, else -1. */
    private static int matchRun(List<String> lines, int from, List<List<String>> runs) {
        for (List<String> run : runs) {
            int i = from;
            int matched = 0;
            while (matched < run.size() && i < lines.size()) {
                String t = lines.get(i).strip();
                if (t.isEmpty() && matched > 0) {
                    i++;
                    continue;
                }
                if (!t.equals(run.get(matched))) {
                    break;
                }
                matched++;
                i++;
            }
            if (matched == run.size()) {
                return i - 1;
            }
        }
        return -1;
    }

    private static boolean matchesAny(List<Pattern> patterns, String text) {
        for (Pattern p : patterns) {
            if (p.matcher(text).matches()) {
                return true;
            }
        }
        return false;
    }

    // ---- 2. quizzes -----------------------------------------------------------------------------------------

    /** In a group of options where some carry the "correct" marker, only those are facts: keep them, unmarked. */
    private List<Item> resolveQuizzes(List<Item> items) {
        List<Item> out = new ArrayList<>();
        int i = 0;
        while (i < items.size()) {
            if (items.get(i).kind != Kind.BULLET) {
                out.add(items.get(i++));
                continue;
            }
            int j = i;
            while (j < items.size() && items.get(j).kind == Kind.BULLET) {
                j++;
            }
            List<Item> group = items.subList(i, j);
            boolean quiz = group.stream().anyMatch(b -> b.text.endsWith(correctMarker));
            for (Item b : group) {
                if (!quiz) {
                    out.add(b);
                } else if (b.text.endsWith(correctMarker)) {
                    b.text = b.text.substring(0, b.text.length() - correctMarker.length()).strip();
                    out.add(b);
                }
            }
            i = j;
        }
        return out;
    }

    // ---- 3. headings ----------------------------------------------------------------------------------------

    private static void inferHeadings(List<Item> items) {
        boolean[] inTitledCard = new boolean[items.size()];
        boolean titled = false;
        boolean wantTitle = false;
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            switch (item.kind) {
                case START -> {
                    titled = true;
                    wantTitle = true;
                }
                case END -> {
                    titled = false;
                    wantTitle = false;
                }
                case TEXT -> {
                    if (wantTitle || item.doubled) {
                        item.kind = Kind.HEADING;
                    }
                    wantTitle = false;
                }
                case BULLET, HEADING -> wantTitle = false;
                default -> { }
            }
            inTitledCard[i] = titled;
        }
        // A titled card keeps its body flat; elsewhere a short line becomes a heading when its place says so.
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < items.size(); i++) {
                Item item = items.get(i);
                if (item.kind == Kind.TEXT && !inTitledCard[i] && isCandidate(item.text)
                        && headsSomething(items, i)) {
                    item.kind = Kind.HEADING;
                    changed = true;
                }
            }
        }
    }

    private static boolean headsSomething(List<Item> items, int i) {
        Item prev = neighbour(items, i, -1);
        Item next = neighbour(items, i, +1);
        if (prev == null) {
            return true;
        }
        boolean nextIsContent = next != null
                && (next.kind == Kind.TEXT || next.kind == Kind.BULLET || next.kind == Kind.HEADING);
        if (!nextIsContent) {
            return false;
        }
        String text = items.get(i).text;
        return prev.kind == Kind.END
                || next.kind == Kind.BULLET
                || next.kind == Kind.HEADING
                || lastMeaningfulChar(text) == '?'
                || isTitleCase(text);
    }

    private static Item neighbour(List<Item> items, int i, int step) {
        for (int j = i + step; j >= 0 && j < items.size(); j += step) {
            if (items.get(j).kind != Kind.BLANK) {
                return items.get(j);
            }
        }
        return null;
    }

    /** Short, starts with a capital or digit, and does not end like a sentence or a lead-in. */
    static boolean isCandidate(String text) {
        if (text.length() > HEADING_MAX_CHARS || text.split(" ").length > HEADING_MAX_WORDS) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (Character.isLowerCase(c)) {
                    return false;
                }
                break;
            }
        }
        char last = lastMeaningfulChar(text);
        return last != 0 && ".,;:".indexOf(last) < 0;
    }

    private static char lastMeaningfulChar(String text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (" )]}\"'’”»".indexOf(c) < 0) {
                return c;
            }
        }
        return 0;
    }

    /** At least two thirds of the words after the first (small words aside) are capitalised. */
    static boolean isTitleCase(String text) {
        String[] words = text.split(" ");
        int total = 0;
        int capitalised = 0;
        for (int i = 1; i < words.length; i++) {
            String w = words[i].replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
            if (w.isEmpty() || !w.codePoints().anyMatch(Character::isLetter)
                    || SMALL_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                continue;
            }
            total++;
            if (Character.isUpperCase(w.charAt(0))) {
                capitalised++;
            }
        }
        return capitalised * 3 >= total * 2;
    }

    // ---- 4. output ------------------------------------------------------------------------------------------

    private static String render(List<Item> items) {
        StringBuilder out = new StringBuilder();
        Kind open = null; // TEXT while a paragraph is open, BULLET while a list is open
        Deque<Integer> indents = new ArrayDeque<>();
        for (Item item : items) {
            switch (item.kind) {
                case BLANK -> {
                    if (open == Kind.TEXT) {
                        open = null;
                    }
                }
                case START, END -> open = null;
                case HEADING -> {
                    separate(out);
                    out.append("## ").append(item.text).append('\n');
                    open = null;
                }
                case BULLET -> {
                    if (open != Kind.BULLET) {
                        separate(out);
                        indents.clear();
                        open = Kind.BULLET;
                    }
                    while (!indents.isEmpty() && item.indent < indents.peek()) {
                        indents.pop();
                    }
                    if (indents.isEmpty() || item.indent > indents.peek()) {
                        indents.push(item.indent);
                    }
                    out.append("  ".repeat(indents.size() - 1)).append("- ").append(item.text).append('\n');
                }
                case TEXT -> {
                    if (open != Kind.TEXT) {
                        separate(out);
                        open = Kind.TEXT;
                    }
                    out.append(item.text).append('\n');
                }
            }
        }
        return out.toString();
    }

    private static void separate(StringBuilder out) {
        if (!out.isEmpty()) {
            out.append('\n');
        }
    }
}
