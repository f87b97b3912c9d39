package org.premark.store;

/** The store against the embedded H2 database, as the product runs by default. */
class BatchStoreJdbcH2IT extends BatchStoreJdbcContract {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
