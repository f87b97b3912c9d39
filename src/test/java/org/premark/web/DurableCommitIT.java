package org.premark.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The H2 URL of application.properties makes a commit durable at once: a process that commits and is killed
 * (SIGKILL) a moment later keeps the row. With H2's default 500 ms write delay the row was lost. ServerProcessIT
 * shows the same through the real server; this test pins the setting itself in two seconds.
 */
class DurableCommitIT {

    @TempDir
    Path dir;

    /** Commits one row per line of input, says "committed", and waits to be killed. */
    public static final class Child {
        public static void main(String[] args) throws Exception {
            try (Connection c = DriverManager.getConnection(args[0], "sa", "")) {
                c.createStatement().execute("CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY)");
                System.out.println("ready");
                BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    c.createStatement().execute("INSERT INTO t VALUES (" + Integer.parseInt(line.strip()) + ")");
                    System.out.println("committed " + line.strip());
                }
            }
        }
    }

    static String configuredUrl(Path dataDir) throws Exception {
        Properties p = new Properties();
        try (InputStream in = DurableCommitIT.class.getResourceAsStream("/application.properties")) {
            p.load(in);
        }
        return p.getProperty("spring.datasource.url").replace("${premark.data-dir}", dataDir.toString());
    }

    @Test
    void aCommittedRowSurvivesKill9RightAfterTheCommit() throws Exception {
        String url = configuredUrl(dir);
        assertTrue(url.contains("WRITE_DELAY=0"), url);
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Child.class.getName(),
                url).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        assertEquals("ready", out.readLine());
        for (int i = 1; i <= 20; i++) {
            child.getOutputStream().write((i + "\n").getBytes(StandardCharsets.UTF_8));
            child.getOutputStream().flush();
            assertEquals("committed " + i, out.readLine());
        }
        child.destroyForcibly(); // SIGKILL straight after the last acknowledgement
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        try (Connection c = DriverManager.getConnection(url, "sa", "");
             ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*), MAX(id) FROM t")) {
            rs.next();
            assertEquals(20, rs.getInt(1), "committed rows were lost");
            assertEquals(20, rs.getInt(2));
        }
    }
}
