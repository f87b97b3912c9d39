package org.premark.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12: a damaged database stops start-up with one paragraph and is never written; the files are private. */
class DatabaseCheckTest {

    @TempDir
    Path temp;

    private String url() {
        return "jdbc:h2:file:" + temp.resolve("data/premark") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
    }

    private Path file() {
        return temp.resolve("data/premark.mv.db");
    }

    /** A database with 600 answers of 2 KB, written in many commits so that the file holds many chunks. */
    private void fill() throws Exception {
        DatabaseCheck.check(url(), "sa", "");
        try (Connection c = DriverManager.getConnection(url(), "sa", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE answer (id INTEGER PRIMARY KEY, text TEXT NOT NULL)");
            try (PreparedStatement p = c.prepareStatement("INSERT INTO answer VALUES (?, ?)")) {
                for (int i = 0; i < 600; i++) {
                    p.setInt(1, i);
                    p.setString(2, ("answer " + i + " ").repeat(200));
                    p.executeUpdate();
                }
            }
        }
    }

    private StartupProblem refused() throws Exception {
        byte[] before = Files.readAllBytes(file());
        StartupProblem p = assertThrows(StartupProblem.class,
                () -> DatabaseCheck.check(url(), "sa", ""));
        assertArrayEquals(before, Files.readAllBytes(file()), "the check wrote into the damaged file");
        assertTrue(p.getMessage().contains(file().toString()), p.getMessage());
        assertTrue(p.action().contains("Recover") && p.action().contains("backup"), p.action());
        assertEquals(1, p.getMessage().lines().count(), "one paragraph: " + p.getMessage());
        return p;
    }

    @Test
    void aNewDatabaseIsCreatedOwnerOnlyAndAHealthyOnePasses() throws Exception {
        fill();
        DatabaseCheck.check(url(), "sa", "");
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(temp.resolve("data"))));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file())));
        try (Connection c = DriverManager.getConnection(url(), "sa", "");
             ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM answer")) {
            rs.next();
            assertEquals(600, rs.getInt(1));
        }
    }

    @Test
    void anEmptyFileIsRefusedNotTreatedAsANewInstall() throws Exception {
        Files.createDirectories(file().getParent());
        Files.write(file(), new byte[0]);
        assertTrue(refused().getMessage().contains("empty"));
    }

    @Test
    void aHalfTruncatedFileIsRefused() throws Exception {
        fill();
        try (RandomAccessFile f = new RandomAccessFile(file().toFile(), "rw")) {
            f.setLength(f.length() / 2);
        }
        assertTrue(refused().getMessage().contains("damaged"));
    }

    @Test
    void aFullyOverwrittenFileIsRefused() throws Exception {
        fill();
        byte[] noise = new byte[(int) Files.size(file())];
        new Random(12).nextBytes(noise);
        Files.write(file(), noise);
        assertTrue(refused().getMessage().contains("damaged"));
    }

    @Test
    void aFileWithItsLiveDataOverwrittenIsRefused() throws Exception {
        fill();
        try (RandomAccessFile f = new RandomAccessFile(file().toFile(), "rw")) {
            // Where H2 keeps the live pages depends on its background writer's timing (a compaction may move
            // them to the start of the file), so overwrite every chunk: all but the two 4 KB file headers.
            int header = 8192;
            byte[] noise = new byte[(int) f.length() - header];
            new Random(7).nextBytes(noise);
            f.seek(header);
            f.write(noise);
        }
        assertTrue(refused().getMessage().contains("damaged"));
    }
}
