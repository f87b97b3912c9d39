package org.premark.classset;

import org.premark.web.ApiException;
import org.premark.web.PremarkProperties;
import org.premark.web.Sizes;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import org.premark.workspace.Workspace;
import org.springframework.beans.factory.ObjectProvider;
import org.premark.csv.CsvException;
import org.premark.csv.CsvProblem;
import org.premark.csv.CsvReader;
import org.premark.csv.CsvRow;
import org.premark.csv.CsvTable;
import org.premark.marking.Flag;
import org.premark.marking.MarkResult;
import org.premark.marking.MarkerLexical;
import org.premark.rubric.Rubric;
import org.premark.classset.ClassSet;
import org.premark.classset.ClassSetStore;
import org.premark.classset.NewAnswer;
import org.premark.classset.StoredAnswer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns an uploaded class CSV into a stored batch and marks its answers in the background. Each answer's result
 * is saved as soon as it is marked, so a restart loses nothing: batches still marking resume on start-up.
 */
@Service
public class ClassSetService {

    static final int MAX_ID_CHARS = 100;
    static final String DEFAULT_ID = "id";
    static final String DEFAULT_ANSWER = "answer";
    private static final Logger log = LoggerFactory.getLogger(ClassSetService.class);

    /** Loaded in the background during start-up; {@code getObject()} waits for it the first time. */
    private final ObjectProvider<Workspace> workspace;
    private final ClassSetStore store;
    private final ExecutorService marking;
    private final JsonMapper json;
    private final PremarkProperties properties;
    private final Clock clock;

    ClassSetService(ObjectProvider<Workspace> workspace, ClassSetStore store, ExecutorService markingExecutor, JsonMapper json,
                 PremarkProperties properties, Clock clock) {
        this.workspace = workspace;
        this.store = store;
        this.marking = markingExecutor;
        this.json = json;
        this.properties = properties;
        this.clock = clock;
    }

    /** Which column of the upload holds the answers to which question. */
    record Target(String answerColumn, Rubric rubric) {
    }

    /** What the upload form shows before marking: how the file was read, its columns and first rows. */
    record Preview(String readAs, List<String> columns, List<List<String>> rows, int totalRows, String idColumn,
                   String answerColumn) {
    }

    static final int PREVIEW_ROWS = 5;

    /** Reads, checks and saves the class set in one transaction, then queues its answers for marking. */
    ClassSet create(String owner, String rubricId, String fileName, byte[] content) {
        return create(owner, fileName, content, null, DEFAULT_ID, List.of(new Target(DEFAULT_ANSWER, rubric(rubricId))))
                .get(0);
    }

    /**
     * Reads the file once and makes one class set per target (answer column and question), each saved in its own
     * transaction after the whole file has been checked, so a file that cannot be used saves nothing.
     *
     * @param name the class set's name; null or blank for the file's name (with the answer column's, for several)
     */
    List<ClassSet> create(String owner, String fileName, byte[] content, String name, String idColumn,
                          List<Target> targets) {
        String id = CsvReader.name(idColumn == null || idColumn.isBlank() ? DEFAULT_ID : idColumn);
        if (targets.isEmpty()) {
            throw ApiException.badRequest("No answer column", "Choose the column that holds the answers.");
        }
        List<String> required = new ArrayList<>();
        required.add(id);
        for (Target t : targets) {
            String column = CsvReader.name(t.answerColumn());
            if (column.equals(id)) {
                throw ApiException.badRequest("Same column twice", "The id column and the answer column are both '"
                        + column + "'; choose different columns.");
            }
            if (required.contains(column)) {
                throw ApiException.badRequest("Same column twice", "The answer column '" + column
                        + "' is chosen twice.");
            }
            required.add(column);
        }
        CsvTable table = table(content, required, id);
        String file = cleanFileName(fileName);
        List<Plan> plans = new ArrayList<>();
        for (Target t : targets) {
            String column = CsvReader.name(t.answerColumn());
            List<NewAnswer> answers = new ArrayList<>();
            List<CsvProblem> skipped = new ArrayList<>(table.skipped());
            for (CsvRow row : table.rows()) {
                String answerId = row.get(id);
                if (answerId.length() > MAX_ID_CHARS) {
                    skipped.add(new CsvProblem(row.line(), "id is " + answerId.length() + " characters; the limit is "
                            + MAX_ID_CHARS));
                } else if (targets.size() > 1 && row.get(column).isBlank()) {
                    skipped.add(new CsvProblem(row.line(), "no answer in column '" + column + "'"));
                } else {
                    answers.add(new NewAnswer(answerId, row.line(), row.get(column)));
                }
            }
            skipped.sort((a, b) -> Long.compare(a.line(), b.line()));
            if (answers.isEmpty()) {
                CsvProblem first = skipped.isEmpty() ? null : skipped.get(0);
                throw new ApiException(HttpStatus.BAD_REQUEST, "No answers to mark", (first == null
                        ? "The file has a header row but no answers"
                        : "No row could be used; line " + first.line() + ": " + first.message())
                        + (targets.size() > 1 ? " (column '" + column + "')." : "."),
                        first == null ? 0 : first.line());
            }
            String setName = name == null || name.isBlank() ? file : name.strip();
            if (targets.size() > 1) {
                setName = setName + " · " + column;
            }
            plans.add(new Plan(t.rubric(), clip(setName, 200), answers, skipped));
        }
        List<ClassSet> created = new ArrayList<>();
        for (Plan plan : plans) {
            ClassSet batch = store.create(owner, plan.rubric().id(), file, plan.name(), plan.answers(), plan.skipped(),
                    clock.instant());
            log.info("Class set {} by {}: {} answers for {} ({} rows skipped; read as {})", batch.id(), owner,
                    plan.answers().size(), plan.rubric().id(), plan.skipped().size(), table.readAs());
            created.add(batch);
        }
        created.forEach(this::queue);
        return created;
    }

    private record Plan(Rubric rubric, String name, List<NewAnswer> answers, List<CsvProblem> skipped) {
    }

    /** The file's columns and first rows, read as an upload would be; nothing is saved. */
    Preview preview(byte[] content) {
        CsvTable table = table(content, List.of(), null);
        List<String> columns = table.columns();
        List<List<String>> rows = table.rows().stream().limit(PREVIEW_ROWS)
                .map(r -> columns.stream().map(c -> ClassSetViews.preview(r.get(c))).toList())
                .toList();
        return new Preview(table.readAs(), columns, rows, table.rows().size(), guessId(columns),
                guessAnswer(columns, table));
    }

    private static String guessId(List<String> columns) {
        for (String wanted : List.of(DEFAULT_ID, "student id", "username", "user name", "email address", "email",
                "name", "full name")) {
            if (columns.contains(wanted)) {
                return wanted;
            }
        }
        return columns.stream().filter(c -> c.contains("id") || c.contains("email") || c.contains("name")).findFirst()
                .orElse(null);
    }

    /** "answer" if there is such a column, else the column with the longest text on average. */
    private static String guessAnswer(List<String> columns, CsvTable table) {
        if (columns.contains(DEFAULT_ANSWER)) {
            return DEFAULT_ANSWER;
        }
        String best = null;
        double longest = 0;
        for (String c : columns) {
            double mean = table.rows().stream().limit(50).mapToInt(r -> r.get(c).length()).average().orElse(0);
            if (mean > longest && !c.isEmpty()) {
                longest = mean;
                best = c;
            }
        }
        return best;
    }

    private CsvTable table(byte[] content, List<String> required, String idColumn) {
        long maxBytes = properties.upload().maxBytes().toBytes();
        if (content.length == 0) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "Empty file",
                    "The file is empty: expected a CSV with a header row 'id,answer' and one answer per row.");
        }
        if (content.length > maxBytes) {
            throw new ApiException(HttpStatus.CONTENT_TOO_LARGE, "File too large", "The file is "
                    + Sizes.human(content.length) + "; the upload limit is " + Sizes.human(maxBytes)
                    + ". Split the class set into smaller files.");
        }
        int maxRows = properties.upload().maxRows();
        try {
            return new CsvReader(maxBytes, maxRows, MarkerLexical.MAX_ANSWER_CHARS).read(content, required, idColumn);
        } catch (CsvException e) {
            CsvProblem p = e.problem();
            String detail = p.message().startsWith("more than ") && p.message().contains("rows")
                    ? "The file has more than " + maxRows + " answers, the most one upload may hold. Split it into"
                    + " smaller files." : p.message();
            throw new ApiException(HttpStatus.BAD_REQUEST, "Unusable CSV",
                    (p.line() > 0 ? "Line " + p.line() + ": " : "") + detail, p.line());
        }
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    /** Resumes batches that were still marking when the server stopped. */
    @EventListener(ApplicationReadyEvent.class)
    void resume() {
        for (ClassSet batch : store.unfinished()) {
            log.info("Resuming batch {} ({} of {} answers marked)", batch.id(), batch.done(), batch.total());
            queue(batch);
        }
    }

    private void queue(ClassSet batch) {
        List<StoredAnswer> todo = store.unmarked(batch.id());
        if (todo.isEmpty()) {
            store.finishIfComplete(batch.id(), clock.instant());
            return;
        }
        Rubric rubric = workspace.getObject().rubric(batch.rubricId()).orElse(null);
        for (StoredAnswer answer : todo) {
            try {
                marking.execute(() -> markOne(batch.id(), rubric, batch.rubricId(), answer));
            } catch (RejectedExecutionException e) {
                return; // shutting down: the rest is resumed on the next start
            }
        }
    }

    private void markOne(String batchId, Rubric rubric, String rubricId, StoredAnswer answer) {
        // The class set may have been deleted since its answers were queued: then its marking stops here.
        StoredAnswer current = store.answer(batchId, answer.id()).orElse(null);
        if (current == null || current.marked() || current.error() != null) {
            return;
        }
        try {
            if (rubric == null) {
                store.saveError(batchId, answer.id(), "the question '" + rubricId + "' is no longer in the rubrics folder",
                        clock.instant());
            } else {
                MarkResult result = workspace.getObject().marker().mark(rubric, answer.text());
                store.saveResult(batchId, answer.id(), result.mark(), result.level(),
                        result.flags().stream().map(Flag::code).map(c -> c.code()).distinct().toList(),
                        json.writeValueAsString(result), clock.instant());
            }
        } catch (RuntimeException e) {
            log.warn("Marking answer {} of batch {} failed", answer.id(), batchId, e);
            store.saveError(batchId, answer.id(), "marking failed: " + e.getClass().getSimpleName(), clock.instant());
        }
        store.finishIfComplete(batchId, clock.instant());
    }

    Rubric rubric(String rubricId) {
        if (rubricId == null || rubricId.isBlank()) {
            throw ApiException.badRequest("No question chosen", "rubricId is required: choose the question the answers are for.");
        }
        return workspace.getObject().rubric(rubricId).orElseThrow(() -> ApiException.notFound("Question",
                "There is no question with id '" + rubricId + "'. Known: "
                        + String.join(", ", workspace.getObject().rubrics().stream().map(Rubric::id).toList())));
    }

    static String cleanFileName(String name) {
        if (name == null || name.isBlank()) {
            return "class.csv";
        }
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "").strip();
        if (base.isEmpty()) {
            return "class.csv";
        }
        return base.length() > 200 ? base.substring(0, 200) : base;
    }

    static String exportName(String rubricId, String fileName) {
        String stem = fileName.toLowerCase(Locale.ROOT).endsWith(".csv")
                ? fileName.substring(0, fileName.length() - 4) : fileName;
        String safe = stem.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("(^-+|-+$)", "");
        return "premark-" + rubricId + (safe.isEmpty() ? "" : "-" + safe) + "-marks.csv";
    }
}
