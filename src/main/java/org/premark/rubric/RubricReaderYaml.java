package org.premark.rubric;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.premark.lang.Lexicon;
import org.premark.lang.WordList;
import org.premark.text.StrictUtf8;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads rubric YAML (format in docs/rubrics.md) and reports every problem with its line and field.
 * Works on snakeyaml-engine's node tree (the parser under jackson-dataformat-yaml) because its nodes keep
 * the line of every key and value, which a data-bound tree loses.
 */
public final class RubricReaderYaml implements RubricReader {

    /** Rubrics are a few kilobytes; anything near this is a wrong file. */
    static final long MAX_BYTES = 1024 * 1024;

    static final List<String> TOP_FIELDS =
            List.of("id", "question", "max_mark", "corpus", "show_marks_to_students", "focus", "scheme", "points");
    static final List<String> FOCUS_FIELDS = List.of("outcome", "words", "subject");
    static final List<String> SCHEME_FIELDS = List.of("type", "levels", "table", "credit");
    static final List<String> LEVEL_FIELDS = List.of("level", "marks", "descriptor");
    static final List<String> TABLE_FIELDS = List.of("points", "mark");
    static final List<String> POINT_FIELDS =
            List.of("id", "label", "description", "cues", "synonyms", "examples", "passages");

    private static final int MAX_MARK_LIMIT = 100;
    private static final int MAX_DEPTH = 20;
    /** Characters (plus one per node) with every alias expanded; a real rubric has a few thousand. */
    static final long MAX_EXPANDED_CHARS = 4L * 1024 * 1024;
    private static final Pattern RANGE = Pattern.compile("\\s*(\\d{1,9})\\s*(?:([-\u2013])\\s*(\\d{1,9})|(\\+))?\\s*");

    private final Predicate<String> passageExists;

    /** @param passageExists tells whether a notes passage id exists; {@code null} skips that check */
    public RubricReaderYaml(Predicate<String> passageExists) {
        this.passageExists = passageExists;
    }

    @Override
    public Rubric read(Path file) throws RubricException {
        Reading reading = new Reading(file);
        Rubric rubric = reading.run();
        if (!reading.problems.isEmpty()) {
            throw new RubricException(reading.problems);
        }
        return rubric;
    }

    @Override
    public List<Rubric> readAll(Path dirOrFile) throws RubricException {
        List<Path> files = rubricFiles(dirOrFile);
        List<Problem> problems = new ArrayList<>();
        List<Rubric> rubrics = new ArrayList<>();
        Map<String, Path> idFiles = new HashMap<>();
        for (Path file : files) {
            Reading reading = new Reading(file);
            Rubric rubric = reading.run();
            problems.addAll(reading.problems);
            if (rubric != null) {
                Path first = idFiles.putIfAbsent(rubric.id(), file);
                if (first != null) {
                    problems.add(new Problem(file, reading.idLine, "id",
                            "rubric id '" + rubric.id() + "' is already used by " + first));
                } else {
                    rubrics.add(rubric);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new RubricException(problems);
        }
        return List.copyOf(rubrics);
    }

    /**
     * The rubric files a path stands for: the file itself, or the {@code *.yaml}/{@code *.yml} files directly
     * inside a directory, sorted by name.
     */
    public static List<Path> rubricFiles(Path dirOrFile) throws RubricException {
        if (Files.isRegularFile(dirOrFile)) {
            return List.of(dirOrFile);
        }
        if (!Files.isDirectory(dirOrFile)) {
            throw new RubricException(List.of(new Problem(dirOrFile, 0, "", "no such file or directory")));
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dirOrFile)) {
            files = list.filter(Files::isRegularFile)
                    .filter(p -> {
                        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                        return name.endsWith(".yaml") || name.endsWith(".yml");
                    })
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new RubricException(List.of(new Problem(dirOrFile, 0, "", "cannot list directory: " + e.getMessage())));
        }
        if (files.isEmpty()) {
            throw new RubricException(List.of(new Problem(dirOrFile, 0, "", "no rubric files (*.yaml) in this directory")));
        }
        return files;
    }

    /** One file's parse: collects problems instead of stopping at the first. */
    private final class Reading {

        final Path file;
        final List<Problem> problems = new ArrayList<>();
        int idLine;

        Reading(Path file) {
            this.file = file;
        }

        /** Parses the file; afterwards {@link #problems} holds every problem found, sorted by line. */
        Rubric run() {
            Rubric rubric = parse();
            problems.sort(Comparator.comparingInt(Problem::line));
            return rubric;
        }

        private Rubric parse() {
            String text = text();
            if (text == null) {
                return null;
            }
            Node root = compose(text);
            if (root == null) {
                return null;
            }
            return rubric(root);
        }

        // ---- file level ----

        private String text() {
            if (Files.isDirectory(file)) {
                fileProblem(0, "is a directory, not a rubric file");
                return null;
            }
            byte[] bytes;
            try {
                long size = Files.size(file);
                if (size > MAX_BYTES) {
                    fileProblem(0, "file is too large: " + size + " bytes (limit " + MAX_BYTES
                            + "); a rubric is a few kilobytes of YAML");
                    return null;
                }
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                fileProblem(0, "cannot read file: " + e);
                return null;
            }
            if (bytes.length == 0) {
                fileProblem(1, "file is empty");
                return null;
            }
            String text;
            try {
                text = StrictUtf8.decode(bytes);
            } catch (StrictUtf8.NotText e) {
                fileProblem(e.line(), e.binary() ? "binary file (contains a NUL byte), not YAML text"
                        : String.format("not UTF-8 text (byte 0x%02X); save the file as UTF-8", e.badByte()));
                return null;
            }
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        }

        private Node compose(String text) {
            LoadSettings settings = LoadSettings.builder().setLabel(file.toString())
                    .setCodePointLimit((int) MAX_BYTES).build();
            try {
                // The composer recurses once per nesting level; refuse deep nesting before it overflows the stack.
                int depth = 0;
                // Aliases (*name) share one node, but everything downstream (checks, the marker's vocabulary)
                // walks them as copies: count the characters the rubric has with every alias written out, so a
                // small file of aliases to aliases cannot make gigabytes of text.
                Map<Anchor, Long> anchored = new HashMap<>();
                Deque<Long> openedAt = new ArrayDeque<>();
                Deque<Optional<Anchor>> openAnchors = new ArrayDeque<>();
                long expanded = 0;
                for (Event event : new Parse(settings).parseString(text)) {
                    Event.ID id = event.getEventId();
                    int line = event.getStartMark().map(m -> m.getLine() + 1).orElse(0);
                    if (id == Event.ID.MappingStart || id == Event.ID.SequenceStart) {
                        if (++depth > MAX_DEPTH) {
                            fileProblem(line, "lists and mappings nested more than " + MAX_DEPTH + " deep; a rubric needs 4");
                            return null;
                        }
                        openedAt.push(expanded);
                        openAnchors.push(((NodeEvent) event).getAnchor());
                        expanded++;
                    } else if (id == Event.ID.MappingEnd || id == Event.ID.SequenceEnd) {
                        depth--;
                        long size = expanded - openedAt.pop();
                        openAnchors.pop().ifPresent(a -> anchored.put(a, size));
                    } else if (id == Event.ID.Scalar) {
                        ScalarEvent scalar = (ScalarEvent) event;
                        long size = 1 + scalar.getValue().length();
                        scalar.getAnchor().ifPresent(a -> anchored.put(a, size));
                        expanded += size;
                    } else if (id == Event.ID.Alias) {
                        Anchor alias = ((AliasEvent) event).getAlias();
                        if (openAnchors.contains(Optional.of(alias))) {
                            fileProblem(line, "alias *" + alias.getValue() + " refers to the list or mapping it is"
                                    + " inside, which would repeat it forever");
                            return null;
                        }
                        expanded += anchored.getOrDefault(alias, 1L);
                    }
                    if (expanded > MAX_EXPANDED_CHARS) {
                        fileProblem(line, "with its aliases (*name) written out this rubric would be more than "
                                + MAX_EXPANDED_CHARS / (1024 * 1024) + " million characters; a rubric is a few"
                                + " thousand: write the text out instead of repeating aliases");
                        return null;
                    }
                }
                Iterator<Node> docs = new Compose(settings).composeAllFromString(text).iterator();
                if (!docs.hasNext()) {
                    fileProblem(1, "file is empty (no YAML content, only comments or blank lines)");
                    return null;
                }
                Node root = docs.next();
                if (docs.hasNext()) {
                    problem(docs.next(), "", "only one rubric per file, but a second YAML document ('---') starts here");
                    return null;
                }
                return root;
            } catch (MarkedYamlEngineException e) {
                Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
                String where = mark == null ? "" : " (column " + (mark.getColumn() + 1) + ")";
                Mark start = e.getContextMark().orElse(null);
                if (mark != null && start != null && start.getLine() != mark.getLine()) {
                    where += "; it started at line " + (start.getLine() + 1);
                }
                String context = e.getContext() == null ? "" : e.getContext() + ": ";
                fileProblem(mark == null ? 0 : mark.getLine() + 1,
                        "YAML syntax error: " + context + e.getProblem() + where);
                return null;
            } catch (YamlEngineException e) {
                fileProblem(0, "YAML error: " + e.getMessage());
                return null;
            }
        }

        // ---- rubric structure ----

        private Rubric rubric(Node root) {
            if (!(root instanceof MappingNode map)) {
                problem(root, "", "a rubric must be a YAML mapping of fields (id: …, question: …), got "
                        + kind(root));
                return null;
            }
            Fields f = fields(map, "", TOP_FIELDS);
            String id = id(f, "id", "");
            idLine = f.has("id") ? line(f.value("id")) : line(map);
            String question = requiredText(f, "question", "");
            Integer maxMark = f.has("max_mark") ? integer(f.value("max_mark"), "max_mark") : missing(map, "max_mark", null);
            if (maxMark != null && (maxMark < 1 || maxMark > MAX_MARK_LIMIT)) {
                problem(f.value("max_mark"), "max_mark", "must be between 1 and " + MAX_MARK_LIMIT + ", got " + maxMark);
                maxMark = null;
            }
            String corpus = "";
            if (f.has("corpus")) {
                String c = text(f.value("corpus"), "corpus");
                corpus = c == null ? "" : c;
            }
            boolean show = true;
            if (f.has("show_marks_to_students")) {
                Boolean b = bool(f.value("show_marks_to_students"), "show_marks_to_students");
                show = b == null || b;
            }
            Focus focus = f.has("focus") ? focus(f.value("focus")) : Focus.NONE;
            List<RubricPoint> points = f.has("points") ? points(f.value("points"), !corpus.isEmpty())
                    : missing(map, "points", null);
            MarkScheme scheme = scheme(f, maxMark, points == null ? -1 : points.size(), question);
            if (!problems.isEmpty()) {
                return null;
            }
            try {
                return new Rubric(id, question, maxMark, corpus, show, scheme, points, focus);
            } catch (IllegalArgumentException e) {
                // The checks above should have caught this; still report it rather than crash.
                fileProblem(0, e.getMessage());
                return null;
            }
        }

        private MarkScheme scheme(Fields top, Integer maxMark, int pointCount, String question) {
            if (!top.has("scheme")) {
                if (maxMark != null && maxMark != LevelScheme.MAX_MARK) {
                    problem(top.value("max_mark"), "max_mark", "the default levels scheme is for "
                            + LevelScheme.MAX_MARK + " marks, got " + maxMark
                            + "; for other totals add a scheme with type: points");
                }
                return LevelScheme.standard();
            }
            Node node = top.value("scheme");
            if (!(node instanceof MappingNode schemeMap)) {
                problem(node, "scheme", "must be a mapping like {type: levels} or {type: points, table: […]}, got "
                        + kind(node));
                return null;
            }
            Fields f = fields(schemeMap, "scheme", SCHEME_FIELDS);
            String type = "levels";
            if (f.has("type")) {
                String t = text(f.value("type"), "scheme.type");
                if (t == null) {
                    return null;
                }
                if (!t.equals("levels") && !t.equals("points")) {
                    problem(f.value("type"), "scheme.type", "must be 'levels' or 'points', got '" + t + "'");
                    return null;
                }
                type = t;
            }
            return type.equals("levels") ? levelScheme(f, maxMark, top) : pointsScheme(f, schemeMap, maxMark, pointCount, question);
        }

        private LevelScheme levelScheme(Fields f, Integer maxMark, Fields top) {
            if (f.has("table")) {
                problemAtKey(f, "table", "scheme.table", "a table is only for type: points (levels use 'levels')");
            }
            if (f.has("credit")) {
                problemAtKey(f, "credit", "scheme.credit", "credit is only for type: points; a levels scheme"
                        + " decides explained or identified itself");
            }
            if (maxMark != null && maxMark != LevelScheme.MAX_MARK) {
                problem(top.value("max_mark"), "max_mark", "a levels scheme is for " + LevelScheme.MAX_MARK
                        + " marks, got " + maxMark + "; for other totals use type: points");
            }
            if (!f.has("levels")) {
                return LevelScheme.standard();
            }
            Node node = f.value("levels");
            List<Node> rows = sequence(node, "scheme.levels");
            if (rows == null) {
                return null;
            }
            List<LevelScheme.Level> levels = new ArrayList<>();
            List<Integer> rowIndex = new ArrayList<>();
            List<Node> markNodes = new ArrayList<>();
            boolean ok = true;
            for (int i = 0; i < rows.size(); i++) {
                String path = "scheme.levels[" + (i + 1) + "]";
                Node row = rows.get(i);
                if (!(row instanceof MappingNode rowMap)) {
                    problem(row, path, "must be a mapping like {level: Level 2, marks: 2-3, descriptor: …}, got "
                            + kind(row));
                    ok = false;
                    continue;
                }
                Fields rf = fields(rowMap, path, LEVEL_FIELDS);
                String name = requiredText(rf, "level", path);
                int[] marks = rf.has("marks") ? range(rf.value("marks"), path + ".marks", false)
                        : missing(rowMap, path + ".marks", null);
                String descriptor = "";
                if (rf.has("descriptor")) {
                    String d = text(rf.value("descriptor"), path + ".descriptor");
                    descriptor = d == null ? "" : d;
                }
                if (name == null || marks == null) {
                    ok = false;
                    continue;
                }
                levels.add(new LevelScheme.Level(name, marks[0], marks[1], descriptor));
                rowIndex.add(i);
                markNodes.add(rf.value("marks"));
            }
            if (!ok) {
                return null;
            }
            List<Ranges.Issue> issues = LevelScheme.coverage(levels);
            for (Ranges.Issue issue : issues) {
                if (issue.row() < 0) {
                    problem(node, "scheme.levels", issue.message());
                } else {
                    int i = rowIndex.get(issue.row());
                    problem(markNodes.get(issue.row()), "scheme.levels[" + (i + 1) + "].marks", issue.message());
                }
            }
            return issues.isEmpty() ? new LevelScheme(levels) : null;
        }

        private PointsScheme pointsScheme(Fields f, MappingNode schemeMap, Integer maxMark, int pointCount,
                String question) {
            if (f.has("levels")) {
                problemAtKey(f, "levels", "scheme.levels", "levels are only for type: levels (points use 'table')");
            }
            if (!f.has("table")) {
                missing(schemeMap, "scheme.table", "a points scheme needs a table like [{points: 0, mark: 0}, {points: \"1+\", mark: 1}]");
                return null;
            }
            Node node = f.value("table");
            List<Node> rows = sequence(node, "scheme.table");
            if (rows == null) {
                return null;
            }
            List<PointsScheme.Row> table = new ArrayList<>();
            List<Integer> rowIndex = new ArrayList<>();
            boolean ok = true;
            for (int i = 0; i < rows.size(); i++) {
                String path = "scheme.table[" + (i + 1) + "]";
                Node row = rows.get(i);
                if (!(row instanceof MappingNode rowMap)) {
                    problem(row, path, "must be a mapping like {points: \"1-2\", mark: 1}, got " + kind(row));
                    ok = false;
                    continue;
                }
                Fields rf = fields(rowMap, path, TABLE_FIELDS);
                int[] range = rf.has("points") ? range(rf.value("points"), path + ".points", true)
                        : missing(rowMap, path + ".points", null);
                Integer mark = rf.has("mark") ? integer(rf.value("mark"), path + ".mark") : missing(rowMap, path + ".mark", null);
                if (mark != null && mark < 0) {
                    problem(rf.value("mark"), path + ".mark", "must be >= 0, got " + mark);
                    mark = null;
                }
                if (range == null || mark == null) {
                    ok = false;
                    continue;
                }
                table.add(new PointsScheme.Row(range[0], range[1], mark));
                rowIndex.add(i);
            }
            if (!ok) {
                return null;
            }
            // Without a valid max_mark (already reported) the rows can still be checked for gaps and overlaps.
            List<Ranges.Issue> issues = maxMark != null ? PointsScheme.problems(maxMark, table)
                    : Ranges.coverage(table.stream().map(r -> new Ranges.Range(r.minPoints(), r.maxPoints())).toList(),
                            Ranges.OPEN, "point count");
            for (Ranges.Issue issue : issues) {
                if (issue.row() < 0) {
                    problem(node, "scheme.table", issue.message());
                } else {
                    int i = rowIndex.get(issue.row());
                    problem(rows.get(i), "scheme.table[" + (i + 1) + "]", issue.message());
                }
            }
            if (!issues.isEmpty() || maxMark == null) {
                return null;
            }
            // A question that asks to describe (lang/en/describe-commands.txt) is marked as its examiners do: a
            // point counts when it is described. The rubric can still say credit: named.
            PointsScheme.CreditRule credit = asksToDescribe(question) ? PointsScheme.CreditRule.DESCRIBED
                    : PointsScheme.CreditRule.NAMED;
            if (f.has("credit")) {
                String c = text(f.value("credit"), "scheme.credit");
                if (c == null) {
                    return null;
                }
                switch (c) {
                    case "named" -> credit = PointsScheme.CreditRule.NAMED;
                    case "described" -> credit = PointsScheme.CreditRule.DESCRIBED;
                    default -> {
                        problem(f.value("credit"), "scheme.credit", "must be 'named' (a point counts when the answer"
                                + " names it) or 'described' (only when it also says what it is), got '" + c + "'");
                        return null;
                    }
                }
            }
            PointsScheme scheme = new PointsScheme(maxMark, table, credit);
            if (pointCount >= 0 && scheme.pointsForMaxMark() > pointCount) {
                problem(node, "scheme.table", "full marks need " + scheme.pointsForMaxMark()
                        + " points but the rubric has only " + pointCount);
            }
            return scheme;
        }

        private static boolean asksToDescribe(String question) {
            if (question == null) {
                return false;
            }
            Set<String> commands = Lexicon.english().words(WordList.DESCRIBE_COMMANDS);
            for (String w : question.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                if (commands.contains(w)) {
                    return true;
                }
            }
            return false;
        }

        private Focus focus(Node node) {
            if (!(node instanceof MappingNode map)) {
                problem(node, "focus", "must be a mapping like {outcome: …, words: […]}, got " + kind(node));
                return null;
            }
            Fields f = fields(map, "focus", FOCUS_FIELDS);
            String outcome = requiredText(f, "outcome", "focus");
            List<String> words = f.has("words") ? textList(f.value("words"), "focus.words")
                    : missing(map, "focus.words", "list the words students use for the outcome, like 'lost support'");
            if (words != null && words.isEmpty()) {
                problem(f.value("words"), "focus.words", "must not be empty: list the words students use for the outcome");
                return null;
            }
            if (words != null) {
                List<Node> items = ((SequenceNode) f.value("words")).getValue();
                for (int i = 0; i < words.size(); i++) {
                    int n = words.get(i).strip().split("\\s+").length;
                    if (n > Focus.MAX_PHRASE_WORDS) {
                        problem(items.get(i), "focus.words[" + (i + 1) + "]", "must be at most "
                                + Focus.MAX_PHRASE_WORDS + " words (a phrase, not a sentence), got " + n);
                        return null;
                    }
                }
            }
            List<String> subject = f.has("subject") ? textList(f.value("subject"), "focus.subject") : List.of();
            return outcome == null || words == null || subject == null ? null : new Focus(outcome, words, subject);
        }

        private List<RubricPoint> points(Node node, boolean hasCorpus) {
            List<Node> items = sequence(node, "points");
            if (items == null) {
                return null;
            }
            if (items.isEmpty()) {
                problem(node, "points", "must list at least one point");
                return null;
            }
            List<RubricPoint> points = new ArrayList<>();
            Map<String, Integer> idLines = new HashMap<>();
            boolean ok = true;
            for (int i = 0; i < items.size(); i++) {
                String path = "points[" + (i + 1) + "]";
                Node item = items.get(i);
                if (!(item instanceof MappingNode map)) {
                    problem(item, path, "must be a mapping with id, label, description, cues, synonyms, examples; got "
                            + kind(item));
                    ok = false;
                    continue;
                }
                Fields f = fields(map, path, POINT_FIELDS);
                String id = id(f, "id", path);
                if (id != null) {
                    Integer first = idLines.putIfAbsent(id, line(f.value("id")));
                    if (first != null) {
                        problem(f.value("id"), path + ".id", "duplicate point id '" + id + "' (first used at line "
                                + first + ")");
                        ok = false;
                    }
                }
                String label = requiredText(f, "label", path);
                String description = requiredText(f, "description", path);
                List<String> cues = f.has("cues") ? textList(f.value("cues"), path + ".cues")
                        : missing(map, path + ".cues", "every point needs cues: short phrases that name it");
                if (cues != null && cues.isEmpty()) {
                    problem(f.value("cues"), path + ".cues", "must not be empty: a point needs at least one cue");
                    cues = null;
                }
                List<String> synonyms = f.has("synonyms") ? textList(f.value("synonyms"), path + ".synonyms")
                        : missing(map, path + ".synonyms", "write synonyms: [] if there are none");
                if (synonyms != null) {
                    checkSynonyms(f.value("synonyms"), synonyms, path + ".synonyms");
                }
                List<String> examples = f.has("examples") ? textList(f.value("examples"), path + ".examples")
                        : missing(map, path + ".examples", "write examples: [] if there are none");
                List<String> passages = List.of();
                if (f.has("passages")) {
                    passages = textList(f.value("passages"), path + ".passages");
                    if (passages != null) {
                        checkPassages(f, passages, path, hasCorpus);
                    }
                }
                if (id == null || label == null || description == null || cues == null || synonyms == null
                        || examples == null || passages == null) {
                    ok = false;
                    continue;
                }
                points.add(new RubricPoint(id, label, description, cues, synonyms, examples, passages));
            }
            return ok ? points : null;
        }

        private void checkSynonyms(Node node, List<String> synonyms, String path) {
            List<Node> items = ((SequenceNode) node).getValue();
            for (int i = 0; i < synonyms.size(); i++) {
                String[] terms = synonyms.get(i).split(",", -1);
                boolean blank = false;
                for (String t : terms) {
                    blank |= t.isBlank();
                }
                if (terms.length < 2 || blank || synonyms.get(i).contains("=>")) {
                    problem(items.get(i), path + "[" + (i + 1) + "]", "must be a group of words that mean the same,"
                            + " separated by commas, like 'sacked, dismissed, removed from his job'; got '"
                            + synonyms.get(i) + "'");
                }
            }
        }

        private void checkPassages(Fields f, List<String> passages, String path, boolean hasCorpus) {
            if (!hasCorpus) {
                problemAtKey(f, "passages", path + ".passages",
                        "passage refs need a notes corpus: add 'corpus: notes' to the rubric or remove them");
                return;
            }
            if (passageExists == null) {
                return;
            }
            List<Node> items = ((SequenceNode) f.value("passages")).getValue();
            for (int i = 0; i < passages.size(); i++) {
                if (!passageExists.test(passages.get(i))) {
                    problem(items.get(i), path + ".passages[" + (i + 1) + "]",
                            "no passage '" + passages.get(i) + "' in the notes corpus");
                }
            }
        }

        // ---- typed values ----

        private String id(Fields f, String name, String parent) {
            String path = join(parent, name);
            String id = requiredText(f, name, parent);
            if (id != null && !Ids.valid(id)) {
                problem(f.value(name), path, "must be lower-case letters and digits in words joined by single"
                        + " hyphens (like 'lenin-cult'), got '" + id + "'");
                return null;
            }
            return id;
        }

        private String requiredText(Fields f, String name, String parent) {
            String path = join(parent, name);
            if (!f.has(name)) {
                return missing(f.map, path, null);
            }
            return text(f.value(name), path);
        }

        /** A non-blank scalar, stripped. */
        private String text(Node node, String path) {
            if (!(node instanceof ScalarNode s)) {
                problem(node, path, "must be text, got " + kind(node));
                return null;
            }
            if (s.getTag().equals(Tag.NULL) && s.isPlain() || s.getValue().isBlank()) {
                problem(node, path, "must not be empty");
                return null;
            }
            return s.getValue().strip();
        }

        private Integer integer(Node node, String path) {
            if (node instanceof ScalarNode s && !s.getValue().isBlank()) {
                try {
                    return Integer.valueOf(s.getValue().strip());
                } catch (NumberFormatException e) {
                    // reported below
                }
            }
            problem(node, path, "must be a whole number, got " + kind(node));
            return null;
        }

        private Boolean bool(Node node, String path) {
            if (node instanceof ScalarNode s) {
                String v = s.getValue().strip().toLowerCase(Locale.ROOT);
                if (v.equals("true") || v.equals("false")) {
                    return v.equals("true");
                }
            }
            problem(node, path, "must be true or false, got " + kind(node));
            return null;
        }

        /** "3" → 3-3, "1-2" → 1-2, "4+" → 4-OPEN (only when {@code openAllowed}). */
        private int[] range(Node node, String path, boolean openAllowed) {
            if (node instanceof ScalarNode s) {
                Matcher m = RANGE.matcher(s.getValue());
                if (m.matches()) {
                    int low = Integer.parseInt(m.group(1));
                    if (m.group(4) != null) {
                        if (openAllowed) {
                            return new int[] {low, Ranges.OPEN};
                        }
                    } else if (m.group(3) != null) {
                        int high = Integer.parseInt(m.group(3));
                        if (high >= low) {
                            return new int[] {low, high};
                        }
                        problem(node, path, "range " + low + "-" + high + " is backwards; write " + high + "-" + low);
                        return null;
                    } else {
                        return new int[] {low, low};
                    }
                }
            }
            problem(node, path, "must be a number or a range like "
                    + (openAllowed ? "\"1-2\" or \"4+\"" : "\"2-3\"") + ", got " + kind(node));
            return null;
        }

        private List<Node> sequence(Node node, String path) {
            if (node instanceof SequenceNode seq) {
                return seq.getValue();
            }
            problem(node, path, "must be a list (lines starting with '- '), got " + kind(node));
            return null;
        }

        private List<String> textList(Node node, String path) {
            List<Node> items = sequence(node, path);
            if (items == null) {
                return null;
            }
            List<String> values = new ArrayList<>();
            Map<String, Integer> seen = new HashMap<>();
            boolean ok = true;
            for (int i = 0; i < items.size(); i++) {
                String itemPath = path + "[" + (i + 1) + "]";
                String v = text(items.get(i), itemPath);
                if (v == null) {
                    ok = false;
                    continue;
                }
                Integer first = seen.putIfAbsent(v.toLowerCase(Locale.ROOT), line(items.get(i)));
                if (first != null) {
                    problem(items.get(i), itemPath, "'" + v + "' is listed twice (first at line " + first + ")");
                    ok = false;
                }
                values.add(v);
            }
            return ok ? values : null;
        }

        // ---- mappings ----

        /** The fields of a mapping by name; reports unknown and repeated names. */
        private Fields fields(MappingNode map, String parent, List<String> known) {
            Map<String, NodeTuple> byName = new LinkedHashMap<>();
            for (NodeTuple t : map.getValue()) {
                Node key = t.getKeyNode();
                if (!(key instanceof ScalarNode k) || k.getValue().isBlank()) {
                    problem(key, parent, "field names must be plain words, got " + kind(key));
                    continue;
                }
                String name = k.getValue();
                String path = join(parent, name);
                if (!known.contains(name)) {
                    problem(key, path, "unknown field '" + name + "'" + suggestion(name, known));
                    continue;
                }
                NodeTuple first = byName.putIfAbsent(name, t);
                if (first != null) {
                    problem(key, path, "field given twice (first at line " + line(first.getKeyNode()) + ")");
                }
            }
            return new Fields(map, byName);
        }

        private <T> T missing(MappingNode map, String path, String hint) {
            problem(map, path, "missing required field" + (hint == null ? "" : "; " + hint));
            return null;
        }

        private void problemAtKey(Fields f, String name, String path, String message) {
            problems.add(new Problem(file, f.keyLine(name), path, message));
        }

        private void problem(Node node, String field, String message) {
            problems.add(new Problem(file, line(node), field, message));
        }

        private void fileProblem(int line, String message) {
            problems.add(new Problem(file, line, "", message));
        }
    }

    /** A mapping's fields by name, with the nodes kept for line numbers. */
    private record Fields(MappingNode map, Map<String, NodeTuple> byName) {
        boolean has(String name) {
            return byName.containsKey(name);
        }

        Node value(String name) {
            return byName.get(name).getValueNode();
        }

        int keyLine(String name) {
            return line(byName.get(name).getKeyNode());
        }
    }

    static int line(Node node) {
        return node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
    }

    private static String join(String parent, String name) {
        return parent.isEmpty() ? name : parent + "." + name;
    }

    private static String kind(Node node) {
        if (node instanceof MappingNode) {
            return "a mapping (fields)";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        ScalarNode s = (ScalarNode) node;
        return s.getTag().equals(Tag.NULL) && s.isPlain() ? "nothing" : "'" + s.getValue() + "'";
    }

    /** "; did you mean 'max_mark'?" for near misses, else the list of known fields. */
    static String suggestion(String name, List<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String squashed = squash(name);
        for (String k : known) {
            int d = squash(k).equals(squashed) ? 0 : distance(name.toLowerCase(Locale.ROOT), k);
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        if (best != null && bestDistance <= Math.max(2, best.length() / 3)) {
            return "; did you mean '" + best + "'?";
        }
        return "; known fields: " + String.join(", ", known);
    }

    private static String squash(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
