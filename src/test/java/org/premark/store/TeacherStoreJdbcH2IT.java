package org.premark.store;

/** The store against the embedded H2 database, as the product runs by default. */
class TeacherStoreJdbcH2IT extends TeacherStoreJdbcContract {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
