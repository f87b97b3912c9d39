package org.premark.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits notes into passages by their blocks: {@code #} heading lines start sections, a top-level bullet with its
 * nested bullets is one unit, a run of non-blank lines is a paragraph unit. Long units are cut at line or sentence
 * boundaries into passages of at most about {@value #MAX_CHARS} characters; short neighbouring units under one
 * heading are packed together until a passage has about {@value #MIN_CHARS}. A short lead-in line ("(1) The Great
 * Purge:") joins the block it introduces. A section that makes a single short passage (a flashcard) starts that
 * passage at its heading text, so the passage reads on its own. Works on plain text without headings too. A
 * heading with nothing under it gives no passage.
 */
final class PassageSplitterBlocks implements PassageSplitter {

    static final int MIN_CHARS = 120;
    static final int MAX_CHARS = 450;
    static final int LEAD_IN_CHARS = 60;

    private static final Pattern HEADING = Pattern.compile("#{1,6}\\s+(\\S.*?)\\s*");
    private static final Pattern BULLET = Pattern.compile("(?:[•·▪◦‣]|\\*(?!\\*)|[-–](?=\\s))\\s*(?=\\S)");
    private static final Set<String> ABBREVIATIONS = Set.of("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec", "vs", "mr", "mrs", "dr", "st", "eg", "ie", "etc", "no", "c", "ca");

    /** A span of the file text; {@code whole} when it is a complete unit (may be packed with neighbours). */
    private record Span(int start, int end, boolean whole) {
    }

    private static final class Unit {
        final boolean list;
        final int topIndent;
        final List<Span> lines = new ArrayList<>(); // for lists: one span per bullet (with its wrapped lines)
        int start;
        int end;
        boolean blankSeen;

        Unit(boolean list, int topIndent, int start, int end) {
            this.list = list;
            this.topIndent = topIndent;
            this.start = start;
            this.end = end;
        }
    }

    @Override
    public List<Passage> split(String source, String text) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        String stem = NotesFiles.stem(source);
        List<Passage> passages = new ArrayList<>();
        String heading = "";
        int headingStart = -1;
        List<Unit> units = new ArrayList<>();
        Unit current = null;
        int pos = 0;
        while (pos <= text.length()) {
            int nl = text.indexOf('\n', pos);
            int lineEnd = nl < 0 ? text.length() : nl;
            int contentStart = skipSpace(text, pos, lineEnd);
            int contentEnd = trimEnd(text, contentStart, lineEnd);
            String content = text.substring(contentStart, contentEnd);
            int indent = contentStart - pos;
            Matcher heads = HEADING.matcher(content);
            Matcher bullet = BULLET.matcher(content);
            if (content.isEmpty()) {
                if (current != null && !current.list) {
                    current = null;
                } else if (current != null) {
                    current.blankSeen = true;
                }
            } else if (heads.matches() && indent <= 3) {
                emit(stem, source, heading, headingStart, units, text, passages);
                units = new ArrayList<>();
                current = null;
                heading = heads.group(1);
                headingStart = contentStart + heads.start(1);
            } else if (bullet.lookingAt()) {
                int itemStart = contentStart + bullet.end();
                if (current != null && current.list && indent > current.topIndent) {
                    current.lines.add(new Span(itemStart, contentEnd, false));
                    current.end = contentEnd;
                    current.blankSeen = false;
                } else {
                    current = new Unit(true, indent, itemStart, contentEnd);
                    current.lines.add(new Span(itemStart, contentEnd, false));
                    units.add(current);
                }
            } else if (current != null && !(current.list && current.blankSeen)) {
                // a wrapped line of the paragraph, or of the last bullet
                current.end = contentEnd;
                if (current.list) {
                    Span last = current.lines.remove(current.lines.size() - 1);
                    current.lines.add(new Span(last.start(), contentEnd, false));
                }
            } else {
                current = new Unit(false, indent, contentStart, contentEnd);
                units.add(current);
            }
            if (nl < 0) {
                break;
            }
            pos = nl + 1;
        }
        emit(stem, source, heading, headingStart, units, text, passages);
        return List.copyOf(passages);
    }

    private static void emit(String stem, String source, String heading, int headingStart, List<Unit> units,
            String text, List<Passage> out) {
        List<Span> chunks = new ArrayList<>();
        for (Unit unit : joinLeadIns(units, text)) {
            chunks.addAll(chunk(unit, text));
        }
        List<Span> spans = new ArrayList<>();
        int i = 0;
        while (i < chunks.size()) {
            Span first = chunks.get(i);
            int end = first.end();
            int j = i + 1;
            while (first.whole() && j < chunks.size() && chunks.get(j).whole()
                    && end - first.start() < MIN_CHARS && chunks.get(j).end() - first.start() <= MAX_CHARS) {
                end = chunks.get(j).end();
                j++;
            }
            spans.add(new Span(first.start(), end, false));
            i = j;
        }
        if (spans.size() == 1 && headingStart >= 0 && spans.get(0).end() - headingStart <= MAX_CHARS) {
            spans.set(0, new Span(headingStart, spans.get(0).end(), false));
        }
        for (Span span : spans) {
            int ordinal = out.size() + 1;
            out.add(new Passage(stem + ".p" + ordinal, source, ordinal, heading,
                    text.substring(span.start(), span.end()), span.start(), span.end()));
        }
    }

    /** A short one-line paragraph that does not end a sentence ("(3) Stalin chief manipulator") joins the next unit. */
    private static List<Unit> joinLeadIns(List<Unit> units, String text) {
        boolean[] leadIn = new boolean[units.size()];
        for (int k = 0; k < units.size(); k++) {
            leadIn[k] = isLeadIn(units.get(k), text);
        }
        List<Unit> joined = new ArrayList<>();
        for (int k = 0; k < units.size(); k++) {
            Unit unit = units.get(k);
            if (k + 1 < units.size() && leadIn[k]) {
                Unit next = units.get(k + 1);
                if (next.list) {
                    next.lines.add(0, new Span(unit.start, unit.end, false));
                }
                next.start = unit.start;
                continue;
            }
            joined.add(unit);
        }
        return joined;
    }

    private static boolean isLeadIn(Unit unit, String text) {
        if (unit.list || unit.end - unit.start >= LEAD_IN_CHARS) {
            return false;
        }
        String line = text.substring(unit.start, unit.end);
        if (line.indexOf('\n') >= 0) {
            return false;
        }
        String bare = line.replaceAll("[’”\"')\\]]+$", "");
        return !(bare.endsWith(".") || bare.endsWith("!") || bare.endsWith("?"));
    }

    /** The unit whole if it is short enough, else cut at bullet lines and sentences into balanced pieces. */
    private static List<Span> chunk(Unit unit, String text) {
        if (unit.end - unit.start <= MAX_CHARS) {
            return List.of(new Span(unit.start, unit.end, true));
        }
        List<Span> segments = new ArrayList<>();
        if (unit.list) {
            for (Span line : unit.lines) {
                if (line.end() - line.start() > MAX_CHARS) {
                    segments.addAll(sentences(text, line.start(), line.end()));
                } else {
                    segments.add(line);
                }
            }
        } else {
            segments.addAll(sentences(text, unit.start, unit.end));
        }
        int total = unit.end - unit.start;
        int pieces = (total + MAX_CHARS - 1) / MAX_CHARS;
        int target = Math.min(MAX_CHARS, total / pieces + total / (pieces * 5));
        List<Span> chunks = new ArrayList<>();
        int start = segments.get(0).start();
        int end = segments.get(0).end();
        for (int k = 1; k < segments.size(); k++) {
            Span seg = segments.get(k);
            if (seg.end() - start > target) {
                chunks.add(new Span(start, end, false));
                start = seg.start();
            }
            end = seg.end();
        }
        chunks.add(new Span(start, end, false));
        return chunks;
    }

    /** Sentence spans covering {@code [from, to)}: a break after . ! ? (and closing quotes) before a capital. */
    static List<Span> sentences(String text, int from, int to) {
        List<Span> spans = new ArrayList<>();
        int start = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int j = i + 1;
            while (j < to && "’”\"')]".indexOf(text.charAt(j)) >= 0) {
                j++;
            }
            int k = skipSpace(text, j, to);
            if (k == j || k >= to) {
                continue;
            }
            char next = text.charAt(k);
            boolean opensSentence = Character.isUpperCase(next) || "‘“\"'(".indexOf(next) >= 0
                    || (next == '-' || next == '•' || next == '*');
            if (!opensSentence || (c == '.' && isAbbreviation(text, i))) {
                continue;
            }
            spans.add(new Span(start, j, false));
            start = k;
        }
        if (start < to) {
            spans.add(new Span(start, trimEnd(text, start, to), false));
        }
        return spans;
    }

    private static boolean isAbbreviation(String text, int dot) {
        int s = dot;
        while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) {
            s--;
        }
        String word = text.substring(s, dot).replace(".", "");
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true; // an initial: "O. Figes"
        }
        return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static int skipSpace(String text, int from, int to) {
        int i = from;
        while (i < to && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int trimEnd(String text, int from, int to) {
        int i = to;
        while (i > from && isSpace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\uFEFF' || c == '\u00A0';
    }
}
