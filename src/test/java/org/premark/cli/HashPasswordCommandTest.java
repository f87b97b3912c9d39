package org.premark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.premark.cli.Cli;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

class HashPasswordCommandTest {

    private static String[] run(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        HashPasswordCommand command = new HashPasswordCommand(
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), null);
        int code;
        try {
            code = command.run(org.premark.cli.Args.parse(java.util.List.of(args), java.util.Set.of()),
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        } catch (org.premark.cli.CliException e) {
            return new String[] {"2", "", e.getMessage()};
        }
        return new String[] {Integer.toString(code), out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void printsABcryptHashOfThePasswordOnStdin() {
        String[] r = run("correct horse battery\n");
        assertEquals("0", r[0]);
        String hash = r[1].strip();
        assertTrue(hash.startsWith("{bcrypt}$2"), hash);
        assertTrue(PasswordEncoderFactories.createDelegatingPasswordEncoder().matches("correct horse battery", hash));
    }

    @Test
    void refusesShortPasswordsAndPasswordsOnTheCommandLine() {
        assertTrue(run("short\n")[2].contains("at least 12 characters"));
        assertTrue(run("eleven-char\n")[2].contains("at least 12 characters, got 11"));
        assertTrue(run("")[2].contains("no password given"));
        assertTrue(run("correct horse\n", "mypassword")[2].contains("not on the command line"));
    }

    @Test
    void isRegisteredWithTheCli() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Cli.standard().run(new String[] {"--help"}, new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("hash-password"));
    }
}
