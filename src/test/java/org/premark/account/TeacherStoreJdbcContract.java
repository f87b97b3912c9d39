package org.premark.account;

import org.premark.testdb.TestDatabase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The store's behaviour, run against each database by the subclasses. */
abstract class TeacherStoreJdbcContract {

    private TestDatabase db;
    private TeacherStore store;

    abstract TestDatabase newDatabase();

    @BeforeEach
    void setUp() {
        db = newDatabase();
        store = new TeacherStoreJdbc(db.dataSource());
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void storesAHashedAccount() {
        assertEquals(0, store.count());
        store.create("teacher", "{bcrypt}$2a$10$abcdefghijklmnopqrstuv", Instant.parse("2025-01-01T00:00:00Z"));

        assertEquals(1, store.count());
        assertEquals(Optional.of("{bcrypt}$2a$10$abcdefghijklmnopqrstuv"), store.passwordHash("teacher"));
        assertTrue(store.passwordHash("someone-else").isEmpty());
    }

    @Test
    void refusesAPlainPassword() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> store.create("teacher", "hunter2", Instant.EPOCH));
        assertTrue(e.getMessage().contains("{bcrypt}"), e.getMessage());
        assertEquals(0, store.count());
    }
}
