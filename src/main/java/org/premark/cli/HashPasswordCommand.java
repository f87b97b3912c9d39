package org.premark.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.premark.cli.Args;
import org.premark.cli.CliException;
import org.premark.cli.Command;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * {@code premark hash-password}: turns a password into the {@code {bcrypt}…} hash that a teacher account in
 * application.properties needs. Reads the password without echo from the terminal, or one line from stdin.
 */
public final class HashPasswordCommand implements Command {

    /** The same minimum as sign-in enforces (account.MinimumLengthPasswords). */
    static final int MIN_LENGTH = 12;

    private final InputStream in;
    private final Console console;

    public HashPasswordCommand() {
        this(System.in, System.console());
    }

    HashPasswordCommand(InputStream in, Console console) {
        this.in = in;
        this.console = console;
    }

    @Override
    public String name() {
        return "hash-password";
    }

    @Override
    public String summary() {
        return "hash-password  (reads a password, prints the {bcrypt} hash for premark.teachers[n].password)";
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) throws CliException {
        args.allowOnly(Set.of());
        if (!args.positional().isEmpty()) {
            throw new CliException("give the password on stdin or at the prompt, not on the command line"
                    + " (it would stay in the shell history)");
        }
        String password = read(err);
        if (password == null || password.isEmpty()) {
            throw new CliException("no password given");
        }
        if (password.length() < MIN_LENGTH) {
            throw new CliException("the password must be at least " + MIN_LENGTH + " characters, got "
                    + password.length());
        }
        out.println(PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(password));
        return 0;
    }

    private String read(PrintStream err) throws CliException {
        if (console != null) {
            char[] first = console.readPassword("Password: ");
            char[] again = console.readPassword("Again: ");
            if (first == null || again == null) {
                return null;
            }
            if (!new String(first).equals(new String(again))) {
                throw new CliException("the two passwords differ");
            }
            return new String(first);
        }
        try {
            String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
            return line == null ? null : line.strip();
        } catch (IOException e) {
            throw new CliException("cannot read the password: " + e.getMessage());
        }
    }
}
