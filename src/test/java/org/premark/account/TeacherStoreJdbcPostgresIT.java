package org.premark.account;

import org.premark.testdb.TestDatabase;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The store against a real PostgreSQL server; CI starts one and sets PREMARK_TEST_POSTGRES_URL. */
@EnabledIfEnvironmentVariable(named = TestDatabase.URL_ENV, matches = ".+")
class TeacherStoreJdbcPostgresIT extends TeacherStoreJdbcContract {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.postgres();
    }
}
