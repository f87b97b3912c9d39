package org.premark.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole app on a random port, with the real notes, rubrics and marker, an H2 database in a temporary folder and
 * two configured teachers. Every full-stack and browser test extends this class, so they share one context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"premark.upload.max-rows=40", "premark.upload.max-bytes=64KB"})
@AutoConfigureMockMvc
public abstract class WebAppIT {

    protected static final String KHAN = "ms-khan";
    protected static final String JONES = "mr-jones";
    protected static final String PASSWORD = "correct horse battery";
    protected static final Path DATA = tempDir();
    private static final String HASH = "{bcrypt}" + new BCryptPasswordEncoder(4).encode(PASSWORD);

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("premark.data", DATA::toString);
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + DATA.resolve("premark").toString().replace('\\', '/'));
        registry.add("premark.teachers[0].username", () -> KHAN);
        registry.add("premark.teachers[0].password", () -> HASH);
        registry.add("premark.teachers[1].username", () -> JONES);
        registry.add("premark.teachers[1].password", () -> HASH);
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("premark-it-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
