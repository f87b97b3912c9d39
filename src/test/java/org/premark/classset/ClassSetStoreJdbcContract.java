package org.premark.classset;

import org.premark.testdb.TestDatabase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.premark.csv.CsvProblem;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The store's behaviour, run against each database by the subclasses. */
abstract class ClassSetStoreJdbcContract {

    private static final Instant T0 = Instant.parse("2025-03-01T09:15:30.123456Z");

    private TestDatabase db;
    private ClassSetStore store;

    abstract TestDatabase newDatabase();

    @BeforeEach
    void setUp() {
        db = newDatabase();
        store = new ClassSetStoreJdbc(db.dataSource());
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private ClassSet threeAnswers(String owner, Instant at) {
        return store.create(owner, "trotsky-lost", "class 9B.csv",
                List.of(new NewAnswer("s01", 2, "Stalin was General Secretary."),
                        new NewAnswer("s02", 3, "Trotsky was arrogant <script>alert(1)</script>"),
                        new NewAnswer("s03", 5, "Lenin's Testament was hidden\nso it could not hurt Stalin.")),
                List.of(new CsvProblem(4, "empty id")), at);
    }

    @Test
    void createsABatchWithItsAnswersInFileOrderAndItsSkippedRows() {
        ClassSet batch = threeAnswers("ms-khan", T0);

        assertEquals("trotsky-lost", batch.rubricId());
        assertEquals("class 9B.csv", batch.fileName());
        assertEquals(ClassSetStatus.MARKING, batch.status());
        assertEquals(3, batch.total());
        assertEquals(0, batch.done());
        assertEquals(T0, batch.createdAt(), db.kind());
        assertNull(batch.finishedAt());
        assertEquals(List.of(new CsvProblem(4, "empty id")), batch.skipped());

        List<StoredAnswer> answers = store.answers(batch.id());
        assertEquals(List.of("s01", "s02", "s03"), answers.stream().map(StoredAnswer::id).toList());
        assertEquals(List.of(1, 2, 3), answers.stream().map(StoredAnswer::seq).toList());
        assertEquals(List.of(2L, 3L, 5L), answers.stream().map(StoredAnswer::line).toList());
        assertEquals("Lenin's Testament was hidden\nso it could not hurt Stalin.", answers.get(2).text());
        assertFalse(answers.get(0).marked());
        assertNull(answers.get(0).finalMark());
    }

    @Test
    void aBatchIsInvisibleToAnotherTeacher() {
        ClassSet batch = threeAnswers("ms-khan", T0);

        assertTrue(store.find(batch.id(), "ms-khan").isPresent());
        assertTrue(store.find(batch.id(), "mr-jones").isEmpty());
        assertTrue(store.list("mr-jones").isEmpty());
        assertFalse(store.delete(batch.id(), "mr-jones"));
        assertTrue(store.find(batch.id(), "ms-khan").isPresent());
    }

    @Test
    void listsOnlyTheOwnersBatchesNewestFirst() {
        ClassSet older = threeAnswers("ms-khan", T0);
        ClassSet newer = threeAnswers("ms-khan", T0.plusSeconds(60));
        threeAnswers("mr-jones", T0.plusSeconds(30));

        assertEquals(List.of(newer.id(), older.id()), store.list("ms-khan").stream().map(ClassSet::id).toList());
    }

    @Test
    void aFailedInsertLeavesNoHalfBatch() {
        String tooLong = "x".repeat(101);
        assertThrows(RuntimeException.class, () -> store.create("ms-khan", "trotsky-lost", "bad.csv",
                List.of(new NewAnswer("s01", 2, "fine"), new NewAnswer(tooLong, 3, "id longer than the column")),
                List.of(), T0));

        JdbcClient jdbc = JdbcClient.create(db.dataSource());
        assertEquals(0L, jdbc.sql("SELECT COUNT(*) FROM batch").query(Long.class).single());
        assertEquals(0L, jdbc.sql("SELECT COUNT(*) FROM answer").query(Long.class).single());
        assertTrue(store.list("ms-khan").isEmpty());
    }

    @Test
    void marksAnswersAndFinishesWhenNoneIsLeft() {
        ClassSet batch = threeAnswers("ms-khan", T0);
        assertEquals(List.of(batch.id()), store.unfinished().stream().map(ClassSet::id).toList());

        store.saveResult(batch.id(), "s01", 4, "Level 3", List.of("too-short", "needs-review"), "{\"mark\":4}", T0);
        assertFalse(store.finishIfComplete(batch.id(), T0));
        store.saveError(batch.id(), "s02", "boom", T0);
        assertEquals(List.of("s03"), store.unmarked(batch.id()).stream().map(StoredAnswer::id).toList());
        assertEquals(2, store.find(batch.id(), "ms-khan").orElseThrow().done());

        store.saveResult(batch.id(), "s03", 6, "Level 4", List.of(), "{\"mark\":6}", T0);
        assertTrue(store.finishIfComplete(batch.id(), T0.plusSeconds(5)));
        assertFalse(store.finishIfComplete(batch.id(), T0.plusSeconds(6)), "finishes once");

        ClassSet done = store.find(batch.id(), "ms-khan").orElseThrow();
        assertEquals(ClassSetStatus.DONE, done.status());
        assertEquals(3, done.done());
        assertEquals(T0.plusSeconds(5), done.finishedAt());
        assertTrue(store.unfinished().isEmpty());

        StoredAnswer first = store.answer(batch.id(), "s01").orElseThrow();
        assertEquals(4, first.suggestedMark());
        assertEquals("Level 3", first.level());
        assertEquals(List.of("too-short", "needs-review"), first.flags());
        assertEquals("{\"mark\":4}", first.resultJson());
        assertEquals("boom", store.answer(batch.id(), "s02").orElseThrow().error());
        assertEquals(List.of(), store.answer(batch.id(), "s03").orElseThrow().flags());
    }

    @Test
    void anOverrideKeepsTheSuggestionBesideItAndCanBeCleared() {
        ClassSet batch = threeAnswers("ms-khan", T0);
        store.saveResult(batch.id(), "s01", 4, "Level 3", List.of(), "{}", T0);

        assertTrue(store.override(batch.id(), "s01", new MarkOverride(5, "explains the Lenin Enrolment", "ms-khan",
                T0.plusSeconds(9))));
        StoredAnswer a = store.answer(batch.id(), "s01").orElseThrow();
        assertEquals(4, a.suggestedMark());
        assertEquals(new MarkOverride(5, "explains the Lenin Enrolment", "ms-khan", T0.plusSeconds(9)), a.override());
        assertEquals(5, a.finalMark());

        assertTrue(store.clearOverride(batch.id(), "s01"));
        StoredAnswer cleared = store.answer(batch.id(), "s01").orElseThrow();
        assertNull(cleared.override());
        assertEquals(4, cleared.finalMark());

        assertFalse(store.override(batch.id(), "nobody", new MarkOverride(1, "r", "ms-khan", T0)));
        assertFalse(store.clearOverride(batch.id(), "nobody"));
    }

    @Test
    void acceptingMarksAnswersReviewedOneAtATimeOrAllTheRest() {
        ClassSet batch = store.create("ms-khan", "trotsky-lost", "form.csv", "Class 9B · essay",
                List.of(new NewAnswer("s01", 2, "a"), new NewAnswer("s02", 3, "b"), new NewAnswer("s03", 4, "c"),
                        new NewAnswer("s04", 5, "d")), List.of(), T0);
        assertEquals("Class 9B · essay", store.find(batch.id(), "ms-khan").orElseThrow().name());
        assertEquals("form.csv", store.find(batch.id(), "ms-khan").orElseThrow().fileName());
        for (String id : List.of("s01", "s02", "s03")) {
            store.saveResult(batch.id(), id, 4, "Level 3", List.of(), "{}", T0);
        }
        store.saveError(batch.id(), "s04", "boom", T0);

        assertTrue(store.accept(batch.id(), "s01", "ms-khan", T0.plusSeconds(1)));
        assertEquals(new StoredAnswer.Review("ms-khan", T0.plusSeconds(1)),
                store.answer(batch.id(), "s01").orElseThrow().reviewed());
        assertNull(store.answer(batch.id(), "s02").orElseThrow().reviewed());
        assertTrue(store.override(batch.id(), "s02", new MarkOverride(0, "nothing relevant", "ms-khan",
                T0.plusSeconds(2))));
        assertEquals(new StoredAnswer.Review("ms-khan", T0.plusSeconds(2)),
                store.answer(batch.id(), "s02").orElseThrow().reviewed());

        // The rest: only s03; the failed s04 has no suggestion to accept.
        assertEquals(1, store.acceptRemaining(batch.id(), "ms-khan", T0.plusSeconds(3)));
        assertEquals(T0.plusSeconds(1), store.answer(batch.id(), "s01").orElseThrow().reviewed().at());
        assertNotNull(store.answer(batch.id(), "s03").orElseThrow().reviewed());
        assertNull(store.answer(batch.id(), "s04").orElseThrow().reviewed());
        assertEquals(0, store.acceptRemaining(batch.id(), "ms-khan", T0.plusSeconds(4)));

        assertTrue(store.clearOverride(batch.id(), "s02"));
        assertNull(store.answer(batch.id(), "s02").orElseThrow().reviewed());
        assertFalse(store.accept(batch.id(), "nobody", "ms-khan", T0));
    }

    @Test
    void deletingABatchDeletesItsAnswers() {
        ClassSet batch = threeAnswers("ms-khan", T0);
        assertTrue(store.delete(batch.id(), "ms-khan"));

        assertTrue(store.find(batch.id(), "ms-khan").isEmpty());
        assertTrue(store.answers(batch.id()).isEmpty());
        assertNotNull(db.kind());
    }
}
