package org.premark.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.premark.marking.MarkResult;
import org.premark.marking.MarkerLexical;
import org.premark.notes.Passage;
import org.premark.rubric.LevelScheme;
import org.premark.rubric.PointsScheme;
import org.premark.rubric.Rubric;
import org.premark.workspace.Workspace;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The open API behind the student page: the questions, checking an answer, searching the notes. */
@RestController
@Tag(name = "Students", description = "Open to everyone; no login.")
class StudentApi {

    static final int MAX_QUERY_CHARS = 500;
    static final int MAX_TOP = 50;

    /** A question for students: its points by label and description, never the marking cues or examples. */
    record RubricView(String id, String question, int maxMark, boolean showMarksToStudents, List<PointView> points,
                      List<LevelView> levels) {
    }

    record PointView(String id, String label, String description) {
    }

    /** A row of the mark scheme: marks {@code low..high} are {@code name}. */
    record LevelView(String name, int low, int high, String descriptor) {
    }

    record MarkRequest(String rubricId, String answer) {
    }

    record NoteHit(String passageId, String source, String heading, String text, double score) {
    }

    /** Loaded in the background during start-up; {@code getObject()} waits for it the first time. */
    private final ObjectProvider<Workspace> workspace;
    private final MarkingGate gate;
    private final JsonMapper json;

    StudentApi(ObjectProvider<Workspace> workspace, MarkingGate gate, JsonMapper json) {
        this.workspace = workspace;
        this.gate = gate;
        this.json = json;
    }

    @GetMapping("/api/rubrics")
    @Operation(summary = "The questions, in id order, with their rubric points")
    List<RubricView> rubrics() {
        return workspace.getObject().rubrics().stream()
                .sorted((a, b) -> a.id().compareTo(b.id()))
                .map(StudentApi::view)
                .toList();
    }

    @GetMapping("/api/rubrics/{id}")
    @Operation(summary = "One question with its rubric points")
    RubricView rubric(@PathVariable String id) {
        return view(find(id));
    }

    @PostMapping("/api/mark")
    @Operation(summary = "Check one answer against a question",
            description = "Returns the engine's result (see docs/marking.md). When the question hides marks from"
                    + " students, mark, level and confidence are left out and marksHidden is true, unless the caller"
                    + " is a signed-in teacher. No CSRF token is needed: the call changes nothing on the server.")
    // The body is built as a tree (to drop hidden fields); its documented shape is the engine's result. Naming it
    // here also keeps the API docs from introspecting ObjectNode, which logged a stack trace on opening Swagger UI.
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "The result",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json",
                    schema = @io.swagger.v3.oas.annotations.media.Schema(
                            implementation = org.premark.marking.MarkResult.class)))
    ObjectNode mark(@RequestBody MarkRequest request, Principal principal) {
        if (request == null || request.rubricId() == null || request.rubricId().isBlank()) {
            throw ApiException.badRequest("No question chosen", "rubricId is required.");
        }
        Rubric rubric = find(request.rubricId());
        String answer = request.answer();
        if (answer == null || answer.isBlank()) {
            throw ApiException.badRequest("Empty answer", "Write your answer first.");
        }
        if (answer.length() > MarkerLexical.MAX_ANSWER_CHARS) {
            throw ApiException.badRequest("Answer too long", String.format(Locale.ROOT,
                    "The answer is %,d characters; the limit is %,d.", answer.length(), MarkerLexical.MAX_ANSWER_CHARS));
        }
        MarkResult result = gate.run(() -> workspace.getObject().marker().mark(rubric, answer));
        ObjectNode node = json.valueToTree(result);
        boolean teacher = principal != null;
        if (!rubric.showMarksToStudents() && !teacher) {
            node.remove("mark");
            node.remove("level");
            node.remove("confidence");
            node.put("marksHidden", true);
        } else {
            node.put("marksHidden", false);
        }
        return node;
    }

    @GetMapping("/api/notes/titles")
    @Operation(summary = "Each note file's readable title, by the 'source' of its passages (from corpus/titles.tsv)")
    Map<String, String> noteTitles() {
        return workspace.getObject().noteTitles();
    }

    @GetMapping("/api/notes/search")
    @Operation(summary = "Search the revision notes", description = "The top passages for the query, best first.")
    List<NoteHit> search(@RequestParam(required = false) String q, @RequestParam(defaultValue = "5") int top) {
        if (q == null || q.isBlank()) {
            throw ApiException.badRequest("Empty query", "q is required: the words to look for in the notes.");
        }
        if (q.length() > MAX_QUERY_CHARS) {
            throw ApiException.badRequest("Query too long", "The query is " + q.length() + " characters; the limit is "
                    + MAX_QUERY_CHARS + ".");
        }
        if (top < 1 || top > MAX_TOP) {
            throw ApiException.badRequest("Bad top", "top must be between 1 and " + MAX_TOP + ", got " + top + ".");
        }
        return workspace.getObject().notes().search(q, top).stream().map(h -> {
            Passage p = h.passage();
            return new NoteHit(p.id(), p.source(), p.heading(), p.text(), Math.round(h.score() * 1000) / 1000.0);
        }).toList();
    }

    private Rubric find(String id) {
        return workspace.getObject().rubric(id).orElseThrow(() -> ApiException.notFound("Question",
                "There is no question with id '" + id + "'."));
    }

    static RubricView view(Rubric r) {
        List<LevelView> levels = switch (r.scheme()) {
            case LevelScheme l -> l.levels().stream()
                    .map(x -> new LevelView(x.name(), x.low(), x.high(), x.descriptor())).toList();
            case PointsScheme p -> p.table().stream()
                    .map(x -> new LevelView(x.mark() + (x.mark() == 1 ? " mark" : " marks"), x.mark(), x.mark(),
                            x.points() + (x.points().equals("1") ? " point" : " points") + " made"))
                    .toList();
        };
        return new RubricView(r.id(), r.question(), r.maxMark(), r.showMarksToStudents(),
                r.points().stream().map(p -> new PointView(p.id(), p.label(), p.description().strip())).toList(),
                levels);
    }
}
