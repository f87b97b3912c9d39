package org.premark.classset;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.premark.csv.CsvProblem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** {@link ClassSetStore} over plain JDBC; the SQL runs on H2 and PostgreSQL alike. */
public final class ClassSetStoreJdbc implements ClassSetStore {

    private static final String BATCH_COLUMNS = "b.id, b.owner, b.rubric_id, b.file_name, b.name, b.status, b.total, b.created_at,"
            + " b.finished_at, (SELECT COUNT(*) FROM answer a WHERE a.batch_id = b.id AND (a.result_json IS NOT NULL"
            + " OR a.error IS NOT NULL)) AS done";
    private static final String ANSWER_COLUMNS = "answer_id, seq, line_no, answer_text, result_json, suggested_mark,"
            + " level_name, flags, error, override_mark, override_reason, override_by, override_at, reviewed_by,"
            + " reviewed_at";

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    public ClassSetStoreJdbc(DataSource dataSource, PlatformTransactionManager transactions) {
        this.jdbc = JdbcClient.create(Objects.requireNonNull(dataSource, "dataSource"));
        this.tx = new TransactionTemplate(Objects.requireNonNull(transactions, "transactions"));
    }

    public ClassSetStoreJdbc(DataSource dataSource) {
        this(dataSource, new DataSourceTransactionManager(dataSource));
    }

    @Override
    public ClassSet create(String owner, String rubricId, String fileName, String name, List<NewAnswer> answers,
                           List<CsvProblem> skipped, Instant now) {
        String id = UUID.randomUUID().toString();
        OffsetDateTime created = time(now);
        tx.executeWithoutResult(status -> {
            jdbc.sql("INSERT INTO batch (id, owner, rubric_id, file_name, name, status, total, created_at)"
                            + " VALUES (:id, :owner, :rubric, :file, :name, :status, :total, :created)")
                    .param("id", id).param("owner", owner).param("rubric", rubricId).param("file", fileName)
                    .param("name", clip(name, 200))
                    .param("status", ClassSetStatus.MARKING.name()).param("total", answers.size())
                    .param("created", created)
                    .update();
            int seq = 0;
            for (NewAnswer a : answers) {
                seq++;
                jdbc.sql("INSERT INTO answer (batch_id, answer_id, seq, line_no, answer_text)"
                                + " VALUES (:batch, :id, :seq, :line, :text)")
                        .param("batch", id).param("id", a.id()).param("seq", seq).param("line", a.line())
                        .param("text", a.text())
                        .update();
            }
            for (CsvProblem p : skipped) {
                jdbc.sql("INSERT INTO batch_skipped (batch_id, line_no, message) VALUES (:batch, :line, :message)")
                        .param("batch", id).param("line", p.line()).param("message", clip(p.message(), 1000))
                        .update();
            }
        });
        return find(id, owner).orElseThrow();
    }

    @Override
    public Optional<ClassSet> find(String id, String owner) {
        return jdbc.sql("SELECT " + BATCH_COLUMNS + " FROM batch b WHERE b.id = :id AND b.owner = :owner")
                .param("id", id).param("owner", owner)
                .query((rs, n) -> batch(rs, skipped(rs.getString("id"))))
                .optional();
    }

    @Override
    public List<ClassSet> list(String owner) {
        return jdbc.sql("SELECT " + BATCH_COLUMNS + " FROM batch b WHERE b.owner = :owner"
                        + " ORDER BY b.created_at DESC, b.id")
                .param("owner", owner)
                .query((rs, n) -> batch(rs, List.of()))
                .list();
    }

    @Override
    public List<StoredAnswer> answers(String batchId) {
        return jdbc.sql("SELECT " + ANSWER_COLUMNS + " FROM answer WHERE batch_id = :batch ORDER BY seq")
                .param("batch", batchId)
                .query((rs, n) -> answer(rs))
                .list();
    }

    @Override
    public Optional<StoredAnswer> answer(String batchId, String answerId) {
        return jdbc.sql("SELECT " + ANSWER_COLUMNS + " FROM answer WHERE batch_id = :batch AND answer_id = :id")
                .param("batch", batchId).param("id", answerId)
                .query((rs, n) -> answer(rs))
                .optional();
    }

    @Override
    public boolean delete(String id, String owner) {
        return jdbc.sql("DELETE FROM batch WHERE id = :id AND owner = :owner")
                .param("id", id).param("owner", owner)
                .update() > 0;
    }

    @Override
    public boolean accept(String batchId, String answerId, String by, Instant at) {
        return jdbc.sql("UPDATE answer SET reviewed_by = :by, reviewed_at = :at WHERE batch_id = :batch"
                        + " AND answer_id = :id")
                .param("by", by).param("at", time(at)).param("batch", batchId).param("id", answerId)
                .update() > 0;
    }

    @Override
    public int acceptRemaining(String batchId, String by, Instant at) {
        return jdbc.sql("UPDATE answer SET reviewed_by = :by, reviewed_at = :at WHERE batch_id = :batch"
                        + " AND reviewed_at IS NULL AND result_json IS NOT NULL AND error IS NULL")
                .param("by", by).param("at", time(at)).param("batch", batchId)
                .update();
    }

    @Override
    public boolean override(String batchId, String answerId, MarkOverride o) {
        return jdbc.sql("UPDATE answer SET override_mark = :mark, override_reason = :reason, override_by = :by,"
                        + " override_at = :at, reviewed_by = :by, reviewed_at = :at"
                        + " WHERE batch_id = :batch AND answer_id = :id")
                .param("mark", o.mark()).param("reason", clip(o.reason(), 1000)).param("by", o.by())
                .param("at", time(o.at())).param("batch", batchId).param("id", answerId)
                .update() > 0;
    }

    @Override
    public boolean clearOverride(String batchId, String answerId) {
        return jdbc.sql("UPDATE answer SET override_mark = NULL, override_reason = NULL, override_by = NULL,"
                        + " override_at = NULL, reviewed_by = NULL, reviewed_at = NULL"
                        + " WHERE batch_id = :batch AND answer_id = :id")
                .param("batch", batchId).param("id", answerId)
                .update() > 0;
    }

    @Override
    public List<ClassSet> unfinished() {
        return jdbc.sql("SELECT " + BATCH_COLUMNS + " FROM batch b WHERE b.status = :status ORDER BY b.created_at, b.id")
                .param("status", ClassSetStatus.MARKING.name())
                .query((rs, n) -> batch(rs, List.of()))
                .list();
    }

    @Override
    public List<StoredAnswer> unmarked(String batchId) {
        return jdbc.sql("SELECT " + ANSWER_COLUMNS + " FROM answer WHERE batch_id = :batch AND result_json IS NULL"
                        + " AND error IS NULL ORDER BY seq")
                .param("batch", batchId)
                .query((rs, n) -> answer(rs))
                .list();
    }

    @Override
    public void saveResult(String batchId, String answerId, int mark, String level, List<String> flags,
                           String resultJson, Instant at) {
        jdbc.sql("UPDATE answer SET result_json = :json, suggested_mark = :mark, level_name = :level, flags = :flags,"
                        + " error = NULL, marked_at = :at WHERE batch_id = :batch AND answer_id = :id")
                .param("json", resultJson).param("mark", mark).param("level", clip(level, 100))
                .param("flags", clip(String.join(";", flags), 500)).param("at", time(at))
                .param("batch", batchId).param("id", answerId)
                .update();
    }

    @Override
    public void saveError(String batchId, String answerId, String message, Instant at) {
        jdbc.sql("UPDATE answer SET error = :error, marked_at = :at WHERE batch_id = :batch AND answer_id = :id")
                .param("error", clip(message, 1000)).param("at", time(at))
                .param("batch", batchId).param("id", answerId)
                .update();
    }

    @Override
    public boolean finishIfComplete(String batchId, Instant now) {
        return jdbc.sql("UPDATE batch SET status = :done, finished_at = :now WHERE id = :id AND status = :marking"
                        + " AND NOT EXISTS (SELECT 1 FROM answer a WHERE a.batch_id = :id AND a.result_json IS NULL"
                        + " AND a.error IS NULL)")
                .param("done", ClassSetStatus.DONE.name()).param("now", time(now)).param("id", batchId)
                .param("marking", ClassSetStatus.MARKING.name())
                .update() > 0;
    }

    private List<CsvProblem> skipped(String batchId) {
        return jdbc.sql("SELECT line_no, message FROM batch_skipped WHERE batch_id = :batch ORDER BY line_no, message")
                .param("batch", batchId)
                .query((rs, n) -> new CsvProblem(rs.getLong("line_no"), rs.getString("message")))
                .list();
    }

    private static ClassSet batch(ResultSet rs, List<CsvProblem> skipped) throws SQLException {
        return new ClassSet(rs.getString("id"), rs.getString("owner"), rs.getString("rubric_id"),
                rs.getString("file_name"), name(rs), ClassSetStatus.valueOf(rs.getString("status")), rs.getInt("total"),
                rs.getInt("done"), instant(rs, "created_at"), instant(rs, "finished_at"), skipped);
    }

    private static String name(ResultSet rs) throws SQLException {
        String name = rs.getString("name");
        return name == null || name.isBlank() ? rs.getString("file_name") : name;
    }

    private static StoredAnswer answer(ResultSet rs) throws SQLException {
        int mark = rs.getInt("suggested_mark");
        Integer suggested = rs.wasNull() ? null : mark;
        int overrideMark = rs.getInt("override_mark");
        MarkOverride override = rs.wasNull() ? null : new MarkOverride(overrideMark, rs.getString("override_reason"),
                rs.getString("override_by"), instant(rs, "override_at"));
        String flags = rs.getString("flags");
        List<String> flagList = flags == null || flags.isEmpty() ? List.of() : Arrays.asList(flags.split(";"));
        return new StoredAnswer(rs.getString("answer_id"), rs.getInt("seq"), rs.getLong("line_no"),
                rs.getString("answer_text"), rs.getString("result_json"), suggested, rs.getString("level_name"),
                new ArrayList<>(flagList), rs.getString("error"), override, review(rs));
    }

    private static StoredAnswer.Review review(ResultSet rs) throws SQLException {
        String by = rs.getString("reviewed_by");
        Instant at = instant(rs, "reviewed_at");
        return by == null || at == null ? null : new StoredAnswer.Review(by, at);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
