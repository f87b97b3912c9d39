package org.premark.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs against H2, or against PostgreSQL when PREMARK_TEST_POSTGRES_URL is set (as in CI). */
class TeacherStoreJdbcIT {

    private TestDatabase db;
    private TeacherStore store;

    @BeforeEach
    void setUp() {
        db = TestDatabase.create();
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
