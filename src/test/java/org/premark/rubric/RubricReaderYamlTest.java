package org.premark.rubric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RubricReaderYamlTest {

    @TempDir
    Path dir;

    /** A valid rubric; tests change a line or two of it. Line numbers below refer to this text. */
    private static final String VALID = """
            id: test-rubric
            question: Why did Trotsky lose? [6]
            max_mark: 6
            corpus: notes
            points:
              - id: first-point
                label: First point
                description: The first reason.
                cues: [first cue, second cue]
                synonyms: ["sacked, dismissed, got rid of"]
                examples:
                  - He was sacked from his job.
              - id: second-point
                label: Second point
                description: The second reason.
                cues:
                  - third cue
                synonyms: []
                examples: []
            """;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private List<Problem> problems(String yaml) throws IOException {
        return problems(yaml, null);
    }

    private List<Problem> problems(String yaml, Predicate<String> passages) throws IOException {
        Path file = write("r.yaml", yaml);
        try {
            new RubricReaderYaml(passages).read(file);
        } catch (RubricException e) {
            e.problems().forEach(p -> assertEquals(file, p.file()));
            return e.problems();
        }
        return fail("expected problems in:\n" + yaml);
    }

    private static void assertProblem(List<Problem> problems, int line, String field, String message) {
        for (Problem p : problems) {
            if (p.line() == line && p.field().equals(field) && p.message().contains(message)) {
                return;
            }
        }
        fail("no problem at line " + line + ", field '" + field + "' containing '" + message + "' in:\n"
                + String.join("\n", problems.stream().map(Problem::toString).toList()));
    }

    @Test
    void readsAValidRubricWithDefaults() throws Exception {
        Rubric r = new RubricReaderYaml(null).read(write("r.yaml", VALID));
        assertEquals("test-rubric", r.id());
        assertEquals("Why did Trotsky lose? [6]", r.question());
        assertEquals(6, r.maxMark());
        assertEquals("notes", r.corpus());
        assertTrue(r.showMarksToStudents());
        assertEquals(LevelScheme.standard(), r.scheme());
        assertEquals(List.of("first-point", "second-point"), r.points().stream().map(RubricPoint::id).toList());
        RubricPoint first = r.point("first-point").orElseThrow();
        assertEquals(List.of("first cue", "second cue"), first.cues());
        assertEquals(List.of("sacked, dismissed, got rid of"), first.synonyms());
        assertEquals(List.of("He was sacked from his job."), first.examples());
        assertEquals(List.of(), first.passages());
        assertTrue(r.point("nope").isEmpty());
    }

    @Test
    void readsAFocusAndDefaultsToNone() throws Exception {
        assertEquals(Focus.NONE, new RubricReaderYaml(null).read(write("r.yaml", VALID)).focus());
        Rubric r = new RubricReaderYaml(null).read(write("f.yaml", VALID.replace("corpus: notes\n", """
                corpus: notes
                focus:
                  outcome: the rebels won the war
                  words: [won the war, gained support, too strong to beat]
                """)));
        assertEquals("the rebels won the war", r.focus().outcome());
        assertEquals(List.of("won the war", "gained support", "too strong to beat"), r.focus().words());
    }

    @Test
    void aFocusNeedsAnOutcomeAndShortWords() throws IOException {
        String noOutcome = VALID.replace("corpus: notes\n", "corpus: notes\nfocus:\n  words: [gained support]\n");
        assertProblem(problems(noOutcome), 6, "focus.outcome", "missing required field");
        String empty = VALID.replace("corpus: notes\n", "corpus: notes\nfocus:\n  outcome: the war was won\n  words: []\n");
        assertProblem(problems(empty), 7, "focus.words", "must not be empty");
        String sentence = VALID.replace("corpus: notes\n",
                "corpus: notes\nfocus:\n  outcome: the war was won\n  words: [the rebels slowly gained the support of the towns]\n");
        assertProblem(problems(sentence), 7, "focus.words[1]", "at most 5 words");
        String twice = VALID.replace("corpus: notes\n",
                "corpus: notes\nfocus:\n  outcome: the war was won\n  words: [gained support, Gained support]\n");
        assertProblem(problems(twice), 7, "focus.words[2]", "listed twice");
        String typo = VALID.replace("corpus: notes\n", "corpus: notes\nfocus:\n  outcome: x\n  word: [a]\n");
        assertProblem(problems(typo), 7, "focus.word", "did you mean 'words'?");
        assertProblem(problems(VALID.replace("corpus: notes\n", "corpus: notes\nfocus: won\n")), 5, "focus", "must be a mapping");
    }

    @Test
    void readsAPointsSchemeRelabelledLevelsAndFlags() throws Exception {
        Rubric points = new RubricReaderYaml(null).read(write("p.yaml", VALID
                .replace("max_mark: 6", "max_mark: 2")
                .replace("corpus: notes\n", "show_marks_to_students: false\nscheme:\n  type: points\n  table:\n"
                        + "    - {points: \"2+\", mark: 2}\n    - {points: 1, mark: 1}\n    - {points: 0, mark: 0}\n")));
        assertEquals("", points.corpus());
        assertFalse(points.showMarksToStudents());
        assertEquals(new Award(2, "2 points"), points.scheme().award(1, 1, false));
        assertEquals(new Award(1, "1 point"), points.scheme().award(0, 1, false));

        Rubric levels = new RubricReaderYaml(null).read(write("l.yaml", VALID.replace("corpus: notes\n", """
                scheme:
                  type: levels
                  levels:
                    - {level: None, marks: 0, descriptor: nothing relevant}
                    - {level: General, marks: 1}
                    - {level: Identifies, marks: 2-3}
                    - {level: Explains one, marks: "4-5"}
                    - {level: Explains two, marks: 6}
                """)));
        assertEquals(new Award(3, "Identifies"), levels.scheme().award(0, 2, false));
        assertEquals(new Award(6, "Explains two"), levels.scheme().award(2, 0, false));
    }

    @Test
    void aPointsSchemeCanRequireDescribedPoints() throws Exception {
        String head = VALID.replace("max_mark: 6", "max_mark: 2").replace("corpus: notes\n", "");
        String table = "  table:\n    - {points: 0, mark: 0}\n    - {points: 1, mark: 1}\n    - {points: 2+, mark: 2}\n";
        Rubric described = new RubricReaderYaml(null).read(write("d.yaml", head.replace("points:\n",
                "scheme:\n  type: points\n  credit: described\n" + table + "points:\n")));
        PointsScheme scheme = (PointsScheme) described.scheme();
        assertEquals(PointsScheme.CreditRule.DESCRIBED, scheme.creditRule());
        assertEquals(new Award(1, "1 point"), scheme.award(1, 2, false), "only described (explained) points count");

        Rubric named = new RubricReaderYaml(null).read(write("n.yaml", head.replace("points:\n",
                "scheme:\n  type: points\n  credit: named\n" + table + "points:\n")));
        assertEquals(PointsScheme.CreditRule.NAMED, ((PointsScheme) named.scheme()).creditRule());
        assertEquals(new Award(2, "2 points"), named.scheme().award(0, 2, false));
        Rubric plain = new RubricReaderYaml(null).read(write("p.yaml", head.replace("points:\n",
                "scheme:\n  type: points\n" + table + "points:\n")));
        assertEquals(PointsScheme.CreditRule.NAMED, ((PointsScheme) plain.scheme()).creditRule(), "named is the default");

        assertProblem(problems(head.replace("points:\n", "scheme:\n  type: points\n  credit: explained\n" + table
                + "points:\n")), 6, "scheme.credit", "must be 'named'");
        assertProblem(problems(VALID.replace("corpus: notes\n", "scheme:\n  type: levels\n  credit: described\n")),
                6, "scheme.credit", "only for type: points");
        assertProblem(problems(head.replace("points:\n", "scheme:\n  type: points\n  credits: described\n" + table
                + "points:\n")), 6, "scheme.credits", "did you mean 'credit'?");
    }

    @Test
    void aPointsQuestionThatAsksToDescribeCreditsDescribedPointsUnlessTheRubricSaysNamed() throws Exception {
        String head = VALID.replace("max_mark: 6", "max_mark: 2").replace("corpus: notes\n", "");
        String question = head.substring(head.indexOf("question: "), head.indexOf('\n', head.indexOf("question: ")));
        String describe = head.replace(question, "question: Name and describe two ways a seed is spread.");
        String table = "  table:\n    - {points: 0, mark: 0}\n    - {points: 1, mark: 1}\n    - {points: 2+, mark: 2}\n";
        Rubric byDefault = new RubricReaderYaml(null).read(write("dd.yaml", describe.replace("points:\n",
                "scheme:\n  type: points\n" + table + "points:\n")));
        assertEquals(PointsScheme.CreditRule.DESCRIBED, ((PointsScheme) byDefault.scheme()).creditRule());
        Rubric named = new RubricReaderYaml(null).read(write("dn.yaml", describe.replace("points:\n",
                "scheme:\n  type: points\n  credit: named\n" + table + "points:\n")));
        assertEquals(PointsScheme.CreditRule.NAMED, ((PointsScheme) named.scheme()).creditRule());
        Rubric list = new RubricReaderYaml(null).read(write("dl.yaml", head.replace(question,
                "question: Name two ways a seed is spread.").replace("points:\n",
                "scheme:\n  type: points\n" + table + "points:\n")));
        assertEquals(PointsScheme.CreditRule.NAMED, ((PointsScheme) list.scheme()).creditRule());
    }

    @Test
    void aBarePointKeepsItsLabelDescriptionAndFirstExamples() {
        org.premark.rubric.RubricPoint p = new org.premark.rubric.RubricPoint("wind", "Wind",
                "Light seeds with wings or fluff are blown away.", List.of("blown", "carried by the wind"),
                List.of("blown, carried"), List.of("The wind carries dandelion seeds.", "Sycamore seeds spin away.",
                        "Fluffy seeds drift."), List.of("p1"));
        org.premark.rubric.RubricPoint bare = p.bare(2);
        assertEquals(List.of("Wind"), bare.cues());
        assertEquals(List.of(), bare.synonyms());
        assertEquals(List.of(), bare.passages());
        assertEquals(p.examples().subList(0, 2), bare.examples());
        assertEquals(p.description(), bare.description());
    }

    @Test
    void malformedYamlReportsTheParsersLine() throws IOException {
        List<Problem> p = problems(VALID.replace("label: First point", "label: First point: oops"));
        assertEquals(1, p.size(), p.toString());
        assertProblem(p, 7, "", "YAML syntax error");
    }

    @Test
    void anUnclosedQuoteNamesWhereItStarted() throws IOException {
        List<Problem> p = problems("id: x\nquestion: \"unclosed\nmax_mark: 6\n");
        assertEquals(1, p.size(), p.toString());
        assertProblem(p, 4, "", "it started at line 2");
    }

    @Test
    void tabIndentationIsASyntaxErrorOnItsLine() throws IOException {
        List<Problem> p = problems(VALID.replace("    label: Second point", "\tlabel: Second point"));
        assertProblem(p, 14, "", "TAB");
    }

    @Test
    void unknownFieldsAreNamedWithTheClosestKnownField() throws IOException {
        List<Problem> p = problems(VALID
                .replace("max_mark: 6", "max_marks: 6")
                .replace("    cues:\n      - third cue", "    cue:\n      - third cue")
                .replace("corpus: notes", "corpus: notes\ncolour: red")
                .replace("    label: First point", "    label: First point\n    showMarks: true"));
        assertProblem(p, 3, "max_marks", "unknown field 'max_marks'; did you mean 'max_mark'?");
        assertProblem(p, 5, "colour", "unknown field 'colour'; known fields: id, question, max_mark");
        assertProblem(p, 9, "points[1].showMarks", "unknown field 'showMarks'");
        assertProblem(p, 18, "points[2].cue", "did you mean 'cues'?");
        assertProblem(p, 15, "points[2].cues", "missing required field");
        assertProblem(p, 1, "max_mark", "missing required field");
    }

    @Test
    void wrongTypesAreReportedAtTheValue() throws IOException {
        List<Problem> p = problems(VALID
                .replace("max_mark: 6", "max_mark: six")
                .replace("corpus: notes", "corpus: notes\nshow_marks_to_students: yes")
                .replace("cues: [first cue, second cue]", "cues: first cue")
                .replace("description: The second reason.", "description: [a, b]")
                .replace("examples: []", "examples:\n      - {a: b}"));
        assertProblem(p, 3, "max_mark", "must be a whole number, got 'six'");
        assertProblem(p, 5, "show_marks_to_students", "must be true or false, got 'yes'");
        assertProblem(p, 10, "points[1].cues", "must be a list");
        assertProblem(p, 16, "points[2].description", "must be text, got a list");
        assertProblem(p, 21, "points[2].examples[1]", "must be text, got a mapping");
    }

    @Test
    void rootAndPointsMustHaveTheRightShape() throws IOException {
        assertProblem(problems("- just\n- a list\n"), 1, "", "must be a YAML mapping");
        assertProblem(problems("just some words\n"), 1, "", "must be a YAML mapping");
        List<Problem> p = problems(VALID.replace("points:\n", "points:\n  - a plain string\n"));
        assertProblem(p, 6, "points[1]", "must be a mapping");
        assertProblem(problems(VALID.substring(0, VALID.indexOf("points:")) + "points: []\n"), 5, "points",
                "at least one point");
    }

    @Test
    void missingRequiredFieldsPointAtTheirMapping() throws IOException {
        List<Problem> p = problems(VALID
                .replace("question: Why did Trotsky lose? [6]\n", "")
                .replace("    label: Second point\n", "")
                .replace("    description: The first reason.\n", "    description:\n"));
        assertProblem(p, 1, "question", "missing required field");
        assertProblem(p, 12, "points[2].label", "missing required field");
        assertProblem(p, 7, "points[1].description", "must not be empty");
        assertProblem(problems(VALID.replace("    synonyms: []\n", "")), 13, "points[2].synonyms",
                "missing required field; write synonyms: [] if there are none");
    }

    @Test
    void duplicatePointIdsAndFields() throws IOException {
        List<Problem> p = problems(VALID
                .replace("id: second-point", "id: first-point")
                .replace("max_mark: 6", "max_mark: 6\nmax_mark: 6"));
        assertProblem(p, 14, "points[2].id", "duplicate point id 'first-point' (first used at line 7)");
        assertProblem(p, 4, "max_mark", "field given twice (first at line 3)");
    }

    @Test
    void idsMustBeLowerCaseHyphenatedWords() throws IOException {
        for (String bad : List.of("Lenin_Cult", "lenin cult", "-lenin", "lenin--cult", "lenin-", "Lenin")) {
            List<Problem> p = problems(VALID.replace("id: first-point", "id: \"" + bad + "\""));
            assertProblem(p, 6, "points[1].id", "got '" + bad + "'");
        }
        assertProblem(problems(VALID.replace("id: test-rubric", "id: Test")), 1, "id", "lower-case");
    }

    @Test
    void pointWithNoCues() throws IOException {
        List<Problem> p = problems(VALID.replace("cues: [first cue, second cue]", "cues: []"));
        assertProblem(p, 9, "points[1].cues", "must not be empty");
        assertProblem(problems(VALID.replace("cues: [first cue, second cue]", "cues: [first cue, '  ']")),
                9, "points[1].cues[2]", "must not be empty");
        assertProblem(problems(VALID.replace("cues: [first cue, second cue]", "cues: [first cue, First Cue]")),
                9, "points[1].cues[2]", "listed twice");
    }

    @Test
    void synonymsAreCommaSeparatedGroups() throws IOException {
        List<Problem> p = problems(VALID.replace("synonyms: [\"sacked, dismissed, got rid of\"]",
                "synonyms: [sacked, \"sacked, \", \"a => b\"]"));
        assertProblem(p, 10, "points[1].synonyms[1]", "separated by commas");
        assertProblem(p, 10, "points[1].synonyms[2]", "separated by commas");
        assertProblem(p, 10, "points[1].synonyms[3]", "separated by commas");
    }

    @Test
    void levelsMustCoverZeroToMaxExactlyOnce() throws IOException {
        List<Problem> p = problems(VALID.replace("corpus: notes\n", """
                scheme:
                  levels:
                    - {level: Level 0, marks: 0}
                    - {level: Level 1, marks: 1-2}
                    - {level: Level 2, marks: 2-3}
                    - {level: Level 4, marks: 6}
                """));
        assertProblem(p, 8, "scheme.levels[3].marks", "mark 2 covered by more than one row");
        assertProblem(p, 9, "scheme.levels[4].marks", "marks 4-5 not covered");
        assertProblem(problems(VALID.replace("corpus: notes\n", "scheme:\n  levels:\n    - {level: All, marks: 0-5}\n")),
                6, "scheme.levels", "mark 6 not covered");
        assertProblem(problems(VALID.replace("corpus: notes\n", "scheme:\n  levels:\n    - {level: All, marks: 3-1}\n")),
                6, "scheme.levels[1].marks", "backwards");
        assertProblem(problems(VALID.replace("corpus: notes\n", "scheme:\n  levels:\n    - {level: All, marks: 4+}\n")),
                6, "scheme.levels[1].marks", "must be a number or a range like \"2-3\"");
        assertProblem(problems(VALID.replace("max_mark: 6", "max_mark: 8")), 3, "max_mark",
                "default levels scheme is for 6 marks");
    }

    @Test
    void pointsTableMustCoverEveryCountOnce() throws IOException {
        String head = VALID.replace("max_mark: 6", "max_mark: 3").replace("corpus: notes\n", "");
        String gap = head.replace("points:\n", """
                scheme:
                  type: points
                  table:
                    - {points: 0, mark: 0}
                    - {points: 1-2, mark: 1}
                    - {points: 4+, mark: 3}
                points:
                """);
        assertProblem(problems(gap), 9, "scheme.table[3]", "point count 3 not covered");
        String overlap = head.replace("points:\n", """
                scheme:
                  type: points
                  table:
                    - {points: 0-1, mark: 0}
                    - {points: 1+, mark: 3}
                points:
                """);
        assertProblem(problems(overlap), 8, "scheme.table[2]", "point count 1 covered by more than one row");
        String closed = head.replace("points:\n", """
                scheme:
                  type: points
                  table:
                    - {points: 0, mark: 0}
                    - {points: 1-2, mark: 3}
                points:
                """);
        assertProblem(problems(closed), 8, "scheme.table[2]", "must be open-ended (like \"1+\")");
        String badMarks = head.replace("points:\n", """
                scheme:
                  type: points
                  table:
                    - {points: 0, mark: 1}
                    - {points: 1, mark: 0}
                    - {points: 2+, mark: 2}
                points:
                """);
        List<Problem> p = problems(badMarks);
        assertProblem(p, 7, "scheme.table", "no row gives max_mark 3");
        String tooMany = head.replace("points:\n", """
                scheme:
                  type: points
                  table:
                    - {points: 0, mark: 0}
                    - {points: 1, mark: 0}
                    - {points: 2, mark: 7}
                    - {points: 3+, mark: 3}
                points:
                """);
        assertProblem(problems(tooMany), 9, "scheme.table[3]", "mark 7 is above max_mark 3");
        String down = head.replace("points:\n", """
                scheme:
                  type: points
                  table:
                    - {points: 0, mark: 0}
                    - {points: 1, mark: 2}
                    - {points: 2, mark: 1}
                    - {points: 3+, mark: 3}
                points:
                """);
        assertProblem(problems(down), 9, "scheme.table[3]", "must not go down");
        String unreachable = head.replace("points:\n", """
                scheme:
                  type: points
                  table:
                    - {points: 0-2, mark: 0}
                    - {points: 3+, mark: 3}
                points:
                """);
        assertProblem(problems(unreachable), 7, "scheme.table", "full marks need 3 points but the rubric has only 2");
        String noMax = gap.replace("max_mark: 3\n", "");
        List<Problem> withoutMax = problems(noMax);
        assertProblem(withoutMax, 1, "max_mark", "missing required field");
        assertProblem(withoutMax, 8, "scheme.table[3]", "point count 3 not covered");
        String noTable = head.replace("points:\n", "scheme:\n  type: points\n  levels: []\npoints:\n");
        List<Problem> q = problems(noTable);
        assertProblem(q, 5, "scheme.table", "missing required field");
        assertProblem(q, 6, "scheme.levels", "only for type: levels");
        assertProblem(problems(head.replace("points:\n", "scheme:\n  type: point\npoints:\n")), 5, "scheme.type",
                "must be 'levels' or 'points', got 'point'");
        assertProblem(problems(head.replace("points:\n", "scheme:\n  type: points\n  table:\n    - {points: some, mark: 1}\npoints:\n")),
                7, "scheme.table[1].points", "must be a number or a range like \"1-2\" or \"4+\", got 'some'");
    }

    @Test
    void passageRefsAreCheckedAgainstThePredicate() throws IOException {
        String withPassages = VALID.replace("    examples: []\n", "    examples: []\n    passages: [n-001, n-999]\n");
        List<Problem> p = problems(withPassages, Set.of("n-001")::contains);
        assertEquals(1, p.size(), p.toString());
        assertProblem(p, 20, "points[2].passages[2]", "no passage 'n-999' in the notes corpus");
        Rubric unchecked = assertReads(withPassages, null);
        assertEquals(List.of("n-001", "n-999"), unchecked.point("second-point").orElseThrow().passages());
        assertProblem(problems(withPassages.replace("corpus: notes\n", ""), null), 19, "points[2].passages",
                "need a notes corpus");
    }

    private Rubric assertReads(String yaml, Predicate<String> passages) throws IOException {
        try {
            return new RubricReaderYaml(passages).read(write("ok.yaml", yaml));
        } catch (RubricException e) {
            return fail(e.getMessage());
        }
    }

    @Test
    void emptyCommentOnlyAndMultiDocumentFiles() throws IOException {
        assertProblem(problems(""), 1, "", "file is empty");
        assertProblem(problems("# just a comment\n\n"), 1, "", "no YAML content");
        assertProblem(problems(VALID + "---\nid: other\n"), 21, "", "only one rubric per file");
    }

    @Test
    void binaryNonUtf8AndHugeFilesAreRejectedWithoutParsing() throws IOException {
        Path binary = dir.resolve("b.yaml");
        Files.write(binary, new byte[] {'i', 'd', ':', ' ', 'x', '\n', 0, 1, 2});
        assertFileProblem(binary, 2, "binary file");

        byte[] latin1 = "id: x\nquestion: q\nlabel: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        Path notUtf8 = dir.resolve("l.yaml");
        Files.write(notUtf8, latin1);
        assertFileProblem(notUtf8, 3, "not UTF-8 text (byte 0xE9)");

        Path huge = dir.resolve("h.yaml");
        Files.writeString(huge, "# " + "x".repeat((int) RubricReaderYaml.MAX_BYTES) + "\n");
        assertFileProblem(huge, 0, "file is too large");
    }

    private static void assertFileProblem(Path file, int line, String message) {
        RubricException e = assertThrows(RubricException.class, () -> new RubricReaderYaml(null).read(file));
        assertEquals(1, e.problems().size(), e.getMessage());
        assertProblem(e.problems(), line, "", message);
    }

    @Test
    void deepNestingAndAliasBombsAreRefusedWithoutCrashing() throws IOException {
        assertProblem(problems("id: x\nquestion: " + "[".repeat(100_000) + "\n"), 2, "", "nested more than 20 deep");
        StringBuilder bomb = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 20; i++) {
            bomb.append("a").append(i).append(": &a").append(i).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(8, "*a" + (i - 1)))).append("]\n");
        }
        // Refused while parsing, at the line where the expanded size passes the limit.
        assertProblem(problems(bomb.toString()), 7, "", "aliases");
    }

    @Test
    void aByteOrderMarkIsAccepted() throws Exception {
        Path file = dir.resolve("bom.yaml");
        Files.writeString(file, "\uFEFF" + VALID, StandardCharsets.UTF_8);
        assertEquals("test-rubric", new RubricReaderYaml(null).read(file).id());
    }

    @Test
    void reportsAllProblemsOfAFileAtOnce() throws IOException {
        List<Problem> p = problems(VALID
                .replace("id: test-rubric", "id: Bad Id")
                .replace("max_mark: 6", "max_mark: 0")
                .replace("cues: [first cue, second cue]", "cues: []")
                .replace("id: second-point", "id: first-point"));
        assertEquals(4, p.size(), p.toString());
        assertProblem(p, 1, "id", "got 'Bad Id'");
        assertProblem(p, 3, "max_mark", "must be between 1 and 100, got 0");
        assertProblem(p, 9, "points[1].cues", "must not be empty");
        assertProblem(p, 13, "points[2].id", "duplicate point id");
    }

    @Test
    void readAllReadsADirectoryInNameOrderAndReportsEveryFile() throws Exception {
        Path rubrics = Files.createDirectory(dir.resolve("rubrics"));
        Files.writeString(rubrics.resolve("b.yaml"), VALID.replace("id: test-rubric", "id: bbb"));
        Files.writeString(rubrics.resolve("a.yml"), VALID.replace("id: test-rubric", "id: aaa"));
        Files.writeString(rubrics.resolve("notes.txt"), "not a rubric");
        RubricReader reader = new RubricReaderYaml(null);
        assertEquals(List.of("aaa", "bbb"), reader.readAll(rubrics).stream().map(Rubric::id).toList());
        assertEquals(List.of("bbb"), reader.readAll(rubrics.resolve("b.yaml")).stream().map(Rubric::id).toList());

        Files.writeString(rubrics.resolve("c.yaml"), VALID.replace("id: test-rubric", "id: aaa"));
        Files.writeString(rubrics.resolve("d.yaml"), VALID.replace("max_mark: 6", "max_mark: x"));
        RubricException e = assertThrows(RubricException.class, () -> reader.readAll(rubrics));
        assertEquals(2, e.problems().size(), e.getMessage());
        assertEquals(new Problem(rubrics.resolve("c.yaml"), 1, "id",
                "rubric id 'aaa' is already used by " + rubrics.resolve("a.yml")), e.problems().get(0));
        assertEquals(rubrics.resolve("d.yaml"), e.problems().get(1).file());
        assertEquals(3, e.problems().get(1).line());

        Path empty = Files.createDirectory(dir.resolve("empty"));
        assertFileProblem(() -> reader.readAll(empty), empty, "no rubric files");
        Path missing = dir.resolve("missing");
        assertFileProblem(() -> reader.readAll(missing), missing, "no such file or directory");
    }

    private interface ReadAll {
        void run() throws RubricException;
    }

    private static void assertFileProblem(ReadAll call, Path file, String message) {
        RubricException e = assertThrows(RubricException.class, call::run);
        assertEquals(List.of(file), e.problems().stream().map(Problem::file).toList());
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void problemPrintsFileLineFieldMessage() {
        assertEquals("rubrics/x.yaml:12: points[3].cues: must not be empty",
                new Problem(Path.of("rubrics/x.yaml"), 12, "points[3].cues", "must not be empty").toString());
        assertEquals("rubrics/x.yaml: file is too large",
                new Problem(Path.of("rubrics/x.yaml"), 0, "", "file is too large").toString());
        assertThrows(IllegalArgumentException.class, () -> new Problem(Path.of("x"), -1, "", "m"));
        assertThrows(IllegalArgumentException.class, () -> new RubricException(List.of()));
    }

    @Test
    void suggestionsOnlyForNearMisses() {
        List<String> known = RubricReaderYaml.TOP_FIELDS;
        assertEquals("; did you mean 'question'?", RubricReaderYaml.suggestion("qestion", known));
        assertEquals("; did you mean 'show_marks_to_students'?", RubricReaderYaml.suggestion("showMarksToStudents", known));
        assertEquals("; did you mean 'max_mark'?", RubricReaderYaml.suggestion("max-mark", known));
        assertTrue(RubricReaderYaml.suggestion("zebra", known).startsWith("; known fields: "));
        assertEquals(3, RubricReaderYaml.distance("kitten", "sitting"));
    }
}
