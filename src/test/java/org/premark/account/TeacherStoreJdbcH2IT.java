package org.premark.account;

import org.premark.testdb.TestDatabase;

/** The store against the embedded H2 database, as the product runs by default. */
class TeacherStoreJdbcH2IT extends TeacherStoreJdbcContract {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
