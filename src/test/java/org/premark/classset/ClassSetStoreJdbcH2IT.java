package org.premark.classset;

import org.premark.testdb.TestDatabase;

/** The store against the embedded H2 database, as the product runs by default. */
class ClassSetStoreJdbcH2IT extends ClassSetStoreJdbcContract {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
