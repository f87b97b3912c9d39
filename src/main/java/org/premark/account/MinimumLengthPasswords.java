package org.premark.account;

import java.util.Objects;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A password encoder that never accepts a password shorter than {@link #MIN_LENGTH} characters, whatever hash is
 * configured: {@code hash-password} refuses to hash one, and an account configured with an older, shorter one can no
 * longer sign in until it is given a longer password. The hash is still checked first, so that a short password
 * takes as long to refuse as a wrong one.
 */
final class MinimumLengthPasswords implements PasswordEncoder {

    public static final int MIN_LENGTH = 12;

    private final PasswordEncoder delegate;

    MinimumLengthPasswords(PasswordEncoder delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return delegate.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        boolean matches = delegate.matches(rawPassword, encodedPassword);
        return matches && rawPassword != null && rawPassword.length() >= MIN_LENGTH;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }
}
