package org.premark.testdb;

import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A migrated, empty database for one test: an in-memory H2 database, or PostgreSQL at
 * {@code PREMARK_TEST_POSTGRES_URL} (a fresh schema, dropped afterwards). The same tests run against both.
 */
public final class TestDatabase implements AutoCloseable {

    public static final String URL_ENV = "PREMARK_TEST_POSTGRES_URL";

    private final DataSource dataSource;
    private final String kind;
    private final Runnable cleanup;

    private TestDatabase(DataSource dataSource, String kind, Runnable cleanup) {
        this.dataSource = dataSource;
        this.kind = kind;
        this.cleanup = cleanup;
    }

    /** PostgreSQL at {@code PREMARK_TEST_POSTGRES_URL}; the tests that use it run only when it is set. */
    public static TestDatabase postgres() {
        String pgUrl = System.getenv(URL_ENV);
        if (pgUrl == null || pgUrl.isBlank()) {
            throw new IllegalStateException(URL_ENV + " is not set");
        }
        {
            String user = env("PREMARK_TEST_POSTGRES_USER", "premark");
            String password = env("PREMARK_TEST_POSTGRES_PASSWORD", "");
            String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
            migrate(new DriverManagerDataSource(pgUrl, user, password), schema);
            DataSource ds = new DriverManagerDataSource(pgUrl + (pgUrl.contains("?") ? "&" : "?") + "currentSchema="
                    + schema, user, password);
            DataSource admin = new DriverManagerDataSource(pgUrl, user, password);
            return new TestDatabase(ds, "postgresql", () -> JdbcClient.create(admin)
                    .sql("DROP SCHEMA " + schema + " CASCADE").update());
        }
    }

    /** The embedded database the product uses by default, in memory. */
    public static TestDatabase h2() {
        String url = "jdbc:h2:mem:t" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        DataSource ds = new DriverManagerDataSource(url, "sa", "");
        migrate(ds, null);
        return new TestDatabase(ds, "h2", () -> JdbcClient.create(ds).sql("SHUTDOWN").update());
    }

    private static void migrate(DataSource ds, String schema) {
        var config = Flyway.configure().dataSource(ds).locations("classpath:db/migration");
        if (schema != null) {
            config = config.schemas(schema).createSchemas(true);
        }
        config.load().migrate();
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public String kind() {
        return kind;
    }

    @Override
    public void close() {
        cleanup.run();
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null ? fallback : v;
    }
}
