package org.premark.account;

import org.premark.web.PremarkProperties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.premark.account.TeacherStore;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.util.unit.DataSize;

@ExtendWith(OutputCaptureExtension.class)
class TeacherAccountsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC);
    private static final PasswordEncoder ENCODER = new BCryptPasswordEncoder(4);

    /** An in-memory store, enough to see what the accounts component writes. */
    static final class MemoryStore implements TeacherStore {
        final Map<String, String> accounts = new LinkedHashMap<>();

        @Override
        public Optional<String> passwordHash(String username) {
            return Optional.ofNullable(accounts.get(username));
        }

        @Override
        public long count() {
            return accounts.size();
        }

        @Override
        public void create(String username, String passwordHash, Instant now) {
            accounts.put(username, passwordHash);
        }
    }

    private static PremarkProperties properties(List<PremarkProperties.Teacher> teachers) {
        return new PremarkProperties(Path.of("corpus"), Path.of("rubrics"),
                new PremarkProperties.Upload(DataSize.ofMegabytes(2), 2000), new PremarkProperties.Marking(0), teachers);
    }

    private static PasswordEncoder delegating() {
        return org.springframework.security.crypto.factory.PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Test
    void theFirstRunCreatesATeacherAndPrintsItsPasswordOnce(CapturedOutput output) {
        MemoryStore store = new MemoryStore();
        TeacherAccounts accounts = new TeacherAccounts(properties(List.of()), store, delegating(), CLOCK);

        accounts.firstRun();
        Matcher m = Pattern.compile("password: (\\S+)").matcher(output.getAll());
        assertTrue(m.find(), output.getAll());
        String password = m.group(1);
        String hash = store.accounts.get("teacher");
        assertTrue(hash.startsWith("{bcrypt}"), hash);
        assertTrue(!hash.contains(password), "stored hashed");
        assertTrue(delegating().matches(password, accounts.loadUserByUsername("teacher").getPassword()));
        assertEquals(List.of("ROLE_TEACHER"), accounts.loadUserByUsername("teacher").getAuthorities().stream()
                .map(Object::toString).toList());

        // A later start (same database) creates nothing and prints nothing.
        new TeacherAccounts(properties(List.of()), store, delegating(), CLOCK).firstRun();
        assertEquals(1, store.accounts.size());
        assertEquals(1, output.getAll().split("password: ", -1).length - 1, "printed once");
    }

    @Test
    void configuredAccountsReplaceTheDatabaseOnes() {
        MemoryStore store = new MemoryStore();
        store.create("teacher", "{bcrypt}" + ENCODER.encode("old password"), CLOCK.instant());
        String hash = "{bcrypt}" + ENCODER.encode("new password");
        TeacherAccounts accounts = new TeacherAccounts(properties(List.of(new PremarkProperties.Teacher("ms-khan", hash))),
                store, delegating(), CLOCK);

        accounts.firstRun();
        assertEquals(hash, accounts.loadUserByUsername("ms-khan").getPassword());
        assertThrows(UsernameNotFoundException.class, () -> accounts.loadUserByUsername("teacher"));
        assertEquals(1, store.accounts.size());
    }

    @Test
    void aPlainTextPasswordInTheConfigurationStopsStartUp() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new TeacherAccounts(
                properties(List.of(new PremarkProperties.Teacher("ms-khan", "hunter22"))), new MemoryStore(),
                delegating(), CLOCK));
        assertTrue(e.getMessage().contains("premark.teachers[0].password"), e.getMessage());
        assertTrue(e.getMessage().contains("premark hash-password"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> new TeacherAccounts(
                properties(List.of(new PremarkProperties.Teacher("ms-khan", "{noop}hunter22"))), new MemoryStore(),
                delegating(), CLOCK));
    }

    @Test
    void generatedPasswordsAreLongAndUnambiguous() {
        String p = TeacherAccounts.randomPassword(new SecureRandom(), 20);
        assertEquals(20, p.length());
        assertTrue(p.matches("[A-HJ-NP-Za-km-z2-9]+"), p);
    }
}
