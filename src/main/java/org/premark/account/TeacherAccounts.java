package org.premark.account;

import org.premark.web.PremarkProperties;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.premark.account.TeacherStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Teacher sign-in. Accounts come from {@code premark.teachers[n]} with hashed passwords; when none is configured,
 * the accounts in the database are used, and on the very first run one ({@code teacher}) is created with a random
 * password that is logged once.
 */
@Component
class TeacherAccounts implements UserDetailsService {

    static final String FIRST_USER = "teacher";
    static final String ROLE = "TEACHER";
    private static final Pattern HASH = Pattern.compile("^\\{(bcrypt|argon2@SpringSecurity_v5_8|argon2|pbkdf2"
            + "@SpringSecurity_v5_8|pbkdf2|scrypt@SpringSecurity_v5_8|scrypt|sha256)}.+");
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final Logger log = LoggerFactory.getLogger(TeacherAccounts.class);

    private final Map<String, String> configured = new LinkedHashMap<>();
    private final TeacherStore store;
    private final PasswordEncoder encoder;
    private final Clock clock;

    TeacherAccounts(PremarkProperties properties, TeacherStore store, PasswordEncoder encoder, Clock clock) {
        this.store = store;
        this.encoder = encoder;
        this.clock = clock;
        int i = 0;
        for (PremarkProperties.Teacher t : properties.teachers()) {
            String where = "premark.teachers[" + i++ + "]";
            if (t.username() == null || t.username().isBlank()) {
                throw new IllegalStateException(where + ".username is missing");
            }
            if (t.password() == null || !HASH.matcher(t.password()).matches()) {
                throw new IllegalStateException(where + ".password for '" + t.username() + "' must be a password hash"
                        + " such as {bcrypt}$2a$10$…, not plain text; make one with 'premark hash-password'");
            }
            if (configured.put(t.username(), t.password()) != null) {
                throw new IllegalStateException(where + ".username '" + t.username() + "' is configured twice");
            }
        }
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        String hash = configured.isEmpty() ? store.passwordHash(username).orElse(null) : configured.get(username);
        if (hash == null) {
            throw new UsernameNotFoundException("no teacher account '" + username + "'");
        }
        return User.withUsername(username).password(hash).roles(ROLE).build();
    }

    /** On the first run without configured accounts, creates {@code teacher} and prints its password once. */
    @EventListener(ApplicationReadyEvent.class)
    void firstRun() {
        if (!configured.isEmpty()) {
            log.info("Teacher accounts from configuration: {}", String.join(", ", configured.keySet()));
            return;
        }
        if (store.count() > 0) {
            return;
        }
        String password = randomPassword(new SecureRandom(), 20);
        store.create(FIRST_USER, encoder.encode(password), clock.instant());
        String line = "*".repeat(72);
        log.warn("""

                {}
                No teacher account was configured, so premark created one:

                    username: {}
                    password: {}

                This password is shown only this once and is stored hashed. Sign in at /teacher.
                To set your own accounts, see "Teacher accounts" in the README.
                {}
                """, line, FIRST_USER, password, line);
    }

    static String randomPassword(SecureRandom random, int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
