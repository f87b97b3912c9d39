package org.premark.account;

import java.time.Instant;
import java.util.Optional;

/** Teacher accounts kept in the database (the generated first-run account). */
public interface TeacherStore {

    /** The stored password hash, such as {@code {bcrypt}$2a$…}. */
    Optional<String> passwordHash(String username);

    long count();

    void create(String username, String passwordHash, Instant now);
}
