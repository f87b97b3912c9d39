package org.premark.classset;

import org.premark.web.ApiException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.util.List;
import org.premark.rubric.Rubric;
import org.premark.classset.ClassSet;
import org.premark.classset.ClassSetStatus;
import org.premark.classset.ClassSetStore;
import org.premark.classset.MarkOverride;
import org.premark.classset.StoredAnswer;
import org.premark.workspace.Workspace;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The teachers' API: class sets marked in the background, moderation by override, export. */
@RestController
@RequestMapping("/api/batches")
@Tag(name = "Teachers", description = "Sign-in required. A teacher sees only their own class sets; any other id is 404.")
public class ClassSetApi {

    static final int MAX_REASON_CHARS = 1000;

    /** {@code mark} is read as a decimal so that 2.7 can be refused rather than silently cut to 2. */
    record OverrideRequest(java.math.BigDecimal mark, String reason) {
    }

    private final ClassSetService service;
    private final ClassSetStore store;
    private final ClassSetViews views;
    /** Loaded in the background during start-up; {@code getObject()} waits for it the first time. */
    private final ObjectProvider<Workspace> workspace;
    private final Clock clock;

    ClassSetApi(ClassSetService service, ClassSetStore store, ClassSetViews views, ObjectProvider<Workspace> workspace, Clock clock) {
        this.service = service;
        this.store = store;
        this.views = views;
        this.workspace = workspace;
        this.clock = clock;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload a class list (CSV or .xlsx) for a question; marking starts in the background",
            description = "The file is a CSV (comma, semicolon or tab separated; UTF-8, Windows-1252 or UTF-16) or an"
                    + " .xlsx workbook with a header row. idColumn and answerColumn name the columns by header"
                    + " (defaults 'id' and 'answer'). Give answerColumn and rubricId several times, in pairs, to make"
                    + " one class set per question column of a form export; the first is returned, the rest are"
                    + " listed in 'others'. The batch and all its answers are saved in one transaction. A file that"
                    + " cannot be used is rejected with a 400 problem naming the line; rows with a problem of their"
                    + " own are skipped and listed in the batch's 'skipped'.")
    ResponseEntity<ClassSetViews.BatchSummary> create(@RequestParam(required = false) MultipartFile file,
                                                      @RequestParam(required = false) List<String> rubricId,
                                                      @RequestParam(required = false) String idColumn,
                                                      @RequestParam(required = false) List<String> answerColumn,
                                                      @RequestParam(required = false) String name,
                                                      Principal principal) throws IOException {
        List<String> rubricIds = rubricId == null || rubricId.isEmpty() ? java.util.Collections.singletonList(null)
                : rubricId;
        List<String> columns = answerColumn == null || answerColumn.isEmpty()
                ? List.of(ClassSetService.DEFAULT_ANSWER) : answerColumn;
        if (columns.size() != rubricIds.size()) {
            throw ApiException.badRequest("Columns and questions do not pair up", "Give one rubricId for each"
                    + " answerColumn: got " + columns.size() + " answer column(s) and " + rubricIds.size()
                    + " question(s).");
        }
        List<ClassSetService.Target> targets = new java.util.ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            targets.add(new ClassSetService.Target(columns.get(i), service.rubric(rubricIds.get(i))));
        }
        if (file == null) {
            throw ApiException.badRequest("No file", "Choose a CSV or .xlsx file with a header row.");
        }
        if (name != null && name.strip().length() > 200) {
            throw ApiException.badRequest("Name too long", "The class set's name is " + name.strip().length()
                    + " characters; the limit is 200.");
        }
        List<ClassSet> created = service.create(principal.getName(), file.getOriginalFilename(), file.getBytes(),
                name, idColumn, targets);
        ClassSet first = created.get(0);
        return ResponseEntity.created(URI.create("/api/batches/" + first.id()))
                .body(views.summary(first, targets.get(0).rubric(),
                        created.subList(1, created.size()).stream().map(ClassSet::id).toList()));
    }

    @PostMapping(value = "/preview", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Read an upload without saving it: how it was read (encoding, separator), its columns and"
            + " first rows, and a guess at the id and answer columns")
    ClassSetService.Preview preview(@RequestParam(required = false) MultipartFile file) throws IOException {
        if (file == null) {
            throw ApiException.badRequest("No file", "Choose a CSV or .xlsx file with a header row.");
        }
        return service.preview(file.getBytes());
    }

    @GetMapping
    @Operation(summary = "Your class sets, newest first")
    List<ClassSetViews.BatchSummary> list(Principal principal) {
        return store.list(principal.getName()).stream()
                .map(b -> views.summary(b, workspace.getObject().rubric(b.rubricId()).orElse(null)))
                .toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Progress (total, done, status), results, and the class's coverage of each rubric point")
    ClassSetViews.BatchView get(@PathVariable String id, Principal principal) {
        ClassSet batch = batch(id, principal);
        return views.view(batch, workspace.getObject().rubric(batch.rubricId()).orElse(null), store.answers(batch.id()));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a class set and its marks")
    ResponseEntity<Void> delete(@PathVariable String id, Principal principal) {
        if (!store.delete(id, principal.getName())) {
            throw notFound(id);
        }
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/answers/{answerId}")
    @Operation(summary = "One answer: its text, the engine's full result and any override")
    ClassSetViews.AnswerDetail answer(@PathVariable String id, @PathVariable String answerId, Principal principal) {
        ClassSet batch = batch(id, principal);
        return views.detail(answer(batch, answerId), workspace.getObject().rubric(batch.rubricId()).orElse(null));
    }

    @PutMapping("/{id}/answers/{answerId}/override")
    @Operation(summary = "Override the suggested mark with a reason; the suggestion is kept beside it")
    ClassSetViews.AnswerRow override(@PathVariable String id, @PathVariable String answerId,
                                  @RequestBody(required = false) OverrideRequest request, Principal principal) {
        ClassSet batch = batch(id, principal);
        StoredAnswer answer = answer(batch, answerId);
        int max = workspace.getObject().rubric(batch.rubricId()).map(Rubric::maxMark).orElse(0);
        if (request == null || request.mark() == null) {
            throw ApiException.badRequest("No mark", "Give the mark to award, from 0 to " + max + ".");
        }
        if (request.mark().stripTrailingZeros().scale() > 0) {
            throw ApiException.badRequest("Mark not a whole number", "The mark must be a whole number from 0 to " + max
                    + ", got " + request.mark().toPlainString() + ".");
        }
        if (request.mark().signum() < 0 || request.mark().compareTo(java.math.BigDecimal.valueOf(max)) > 0) {
            throw ApiException.badRequest("Mark out of range", "The mark must be from 0 to " + max + ", got "
                    + request.mark().toPlainString() + ".");
        }
        String reason = request.reason() == null ? "" : request.reason().strip();
        if (reason.isEmpty()) {
            throw ApiException.badRequest("No reason", "Give a reason for the override, so the change can be moderated.");
        }
        if (reason.length() > MAX_REASON_CHARS) {
            throw ApiException.badRequest("Reason too long", "The reason is " + reason.length()
                    + " characters; the limit is " + MAX_REASON_CHARS + ".");
        }
        if (!answer.marked() && answer.error() == null) {
            throw new ApiException(HttpStatus.CONFLICT, "Not marked yet",
                    "Answer '" + answerId + "' is still waiting to be marked; try again in a moment.");
        }
        store.override(batch.id(), answer.id(), new MarkOverride(request.mark().intValueExact(), reason, principal.getName(),
                clock.instant()));
        return views.row(answer(batch, answerId), rubric(batch));
    }

    @PutMapping("/{id}/answers/{answerId}/accept")
    @Operation(summary = "Accept the suggested mark: the answer counts as reviewed")
    ClassSetViews.AnswerRow accept(@PathVariable String id, @PathVariable String answerId, Principal principal) {
        ClassSet batch = batch(id, principal);
        StoredAnswer answer = answer(batch, answerId);
        if (!answer.marked()) {
            throw new ApiException(HttpStatus.CONFLICT, answer.error() != null ? "Marking failed" : "Not marked yet",
                    answer.error() != null ? "Answer '" + answerId + "' has no suggestion to accept; override it"
                            + " with a mark instead." : "Answer '" + answerId + "' is still waiting to be marked.");
        }
        store.accept(batch.id(), answer.id(), principal.getName(), clock.instant());
        return views.row(answer(batch, answerId), rubric(batch));
    }

    record Accepted(int accepted) {
    }

    @PostMapping("/{id}/accept-remaining")
    @Operation(summary = "Accept every suggestion not yet reviewed (answers whose marking failed stay unreviewed)")
    Accepted acceptRemaining(@PathVariable String id, Principal principal) {
        ClassSet batch = batch(id, principal);
        if (batch.status() != ClassSetStatus.DONE) {
            throw new ApiException(HttpStatus.CONFLICT, "Still marking", "The class set is still being marked ("
                    + batch.done() + " of " + batch.total() + " done); accept the rest when it has finished.");
        }
        return new Accepted(store.acceptRemaining(batch.id(), principal.getName(), clock.instant()));
    }

    @GetMapping("/{id}/search")
    @Operation(summary = "The ids of the answers whose id or text contains q (ignoring case), in file order")
    List<String> search(@PathVariable String id, @RequestParam(required = false) String q, Principal principal) {
        ClassSet batch = batch(id, principal);
        String needle = q == null ? "" : q.strip().toLowerCase(java.util.Locale.ROOT);
        if (needle.isEmpty()) {
            return List.of();
        }
        return store.answers(batch.id()).stream()
                .filter(a -> a.id().toLowerCase(java.util.Locale.ROOT).contains(needle)
                        || a.text().toLowerCase(java.util.Locale.ROOT).contains(needle))
                .map(StoredAnswer::id).toList();
    }

    @GetMapping("/{id}/slips")
    @Operation(summary = "A feedback slip per student: final mark and level, points explained, identified and"
            + " missed, and the next steps")
    List<ClassSetViews.Slip> slips(@PathVariable String id, Principal principal) {
        ClassSet batch = batch(id, principal);
        Rubric rubric = rubric(batch);
        return store.answers(batch.id()).stream().map(a -> views.slip(a, rubric)).toList();
    }

    @DeleteMapping("/{id}/answers/{answerId}/override")
    @Operation(summary = "Remove an override: the suggested mark applies again")
    ClassSetViews.AnswerRow clearOverride(@PathVariable String id, @PathVariable String answerId, Principal principal) {
        ClassSet batch = batch(id, principal);
        StoredAnswer answer = answer(batch, answerId);
        store.clearOverride(batch.id(), answer.id());
        return views.row(answer(batch, answerId), rubric(batch));
    }

    @GetMapping(value = "/{id}/export.csv", produces = "text/csv")
    @Operation(summary = "Final marks as CSV: the override where there is one, else the suggestion, with the"
            + " suggested mark, level, points (explained/identified/missing) and flags")
    ResponseEntity<byte[]> export(@PathVariable String id, Principal principal) {
        ClassSet batch = batch(id, principal);
        if (batch.status() != ClassSetStatus.DONE) {
            throw new ApiException(HttpStatus.CONFLICT, "Still marking", "The class set is still being marked ("
                    + batch.done() + " of " + batch.total() + " done); export when it has finished.");
        }
        byte[] body = ClassSetExport.write(store.answers(batch.id()), views, rubric(batch))
                .getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(ClassSetService.exportName(batch.rubricId(), batch.name()), StandardCharsets.UTF_8)
                        .build().toString())
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(body);
    }

    private Rubric rubric(ClassSet batch) {
        return workspace.getObject().rubric(batch.rubricId()).orElse(null);
    }

    private ClassSet batch(String id, Principal principal) {
        return store.find(id, principal.getName()).orElseThrow(() -> notFound(id));
    }

    private StoredAnswer answer(ClassSet batch, String answerId) {
        return store.answer(batch.id(), answerId).orElseThrow(() -> ApiException.notFound("Answer",
                "Class set " + batch.id() + " has no answer with id '" + answerId + "'."));
    }

    private static ApiException notFound(String id) {
        return ApiException.notFound("Class set", "You have no class set with id '" + id + "'.");
    }
}
