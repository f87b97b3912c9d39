package org.premark.account;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link TeacherStore} over plain JDBC. */
public final class TeacherStoreJdbc implements TeacherStore {

    private final JdbcClient jdbc;

    public TeacherStoreJdbc(DataSource dataSource) {
        this.jdbc = JdbcClient.create(Objects.requireNonNull(dataSource, "dataSource"));
    }

    @Override
    public Optional<String> passwordHash(String username) {
        return jdbc.sql("SELECT password_hash FROM teacher_account WHERE username = :name")
                .param("name", username)
                .query(String.class)
                .optional();
    }

    @Override
    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM teacher_account").query(Long.class).single();
    }

    @Override
    public void create(String username, String passwordHash, Instant now) {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("username must not be blank");
        }
        if (passwordHash == null || !passwordHash.startsWith("{")) {
            throw new IllegalArgumentException("passwordHash must be an encoded hash such as {bcrypt}…, got "
                    + (passwordHash == null ? "null" : "a plain value"));
        }
        jdbc.sql("INSERT INTO teacher_account (username, password_hash, created_at) VALUES (:name, :hash, :at)")
                .param("name", username).param("hash", passwordHash).param("at", now.atOffset(ZoneOffset.UTC))
                .update();
    }
}
