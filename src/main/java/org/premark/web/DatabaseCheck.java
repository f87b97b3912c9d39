package org.premark.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.env.Environment;

/**
 * Checks the embedded H2 database before anything uses it, and keeps its files private to the account running
 * premark (folder 0700, files 0600).
 *
 * <p>The check opens the file read-only and reads every row of every table, so a damaged file (truncated,
 * overwritten in part, or empty) stops start-up with one paragraph naming the file, what is wrong and how to
 * recover; premark never writes into it. It runs when the data source is created, before Flyway or anything
 * else connects. Other databases (PostgreSQL) are not checked here.
 */
final class DatabaseCheck implements BeanPostProcessor {

    private static final Logger log = LoggerFactory.getLogger(DatabaseCheck.class);
    private static final String PREFIX = "jdbc:h2:file:";
    /** H2's error code for a database file locked by another process. */
    private static final int ALREADY_OPEN = 90020;
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private final Environment environment;
    private boolean checked;

    DatabaseCheck(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource && !checked) {
            checked = true;
            String url = environment.getProperty("spring.datasource.url", "");
            if (url.startsWith(PREFIX)) {
                check(url, environment.getProperty("spring.datasource.username", "sa"),
                        environment.getProperty("spring.datasource.password", ""));
            }
        }
        return bean;
    }

    /** Checks the database at {@code url} (a {@code jdbc:h2:file:} URL), creating it owner-only when it is new. */
    static void check(String url, String user, String password) {
        String name = url.substring(PREFIX.length()).split(";", 2)[0];
        Path file = Path.of(name + ".mv.db").toAbsolutePath();
        Path folder = file.getParent();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StartupProblem("Cannot create the data folder " + folder + ": " + e.getMessage() + ".",
                    "Check that the account running premark may write there, or point premark.data (PREMARK_DATA) at"
                            + " another folder.", e);
        }
        restrict(folder, FOLDER);
        if (!Files.exists(file)) {
            create(url, user, password, file);
        } else {
            readAll(file, name, user, password);
        }
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(Files::isRegularFile).forEach(f -> restrict(f, FILE));
        } catch (IOException e) {
            log.warn("Cannot list the data folder {} to make its files private: {}", folder, e.getMessage());
        }
    }

    /** A first start: H2 makes the file on the first connection. */
    private static void create(String url, String user, String password, Path file) {
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            c.isValid(1);
        } catch (SQLException e) {
            throw new StartupProblem("Cannot create the database " + file + ": " + e.getMessage(),
                    "Check that the data folder is writable, or point premark.data (PREMARK_DATA) elsewhere.", e);
        }
    }

    private static void readAll(Path file, String name, String user, String password) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw damaged(file, "it cannot be read (" + e.getMessage() + ")", e);
        }
        if (size == 0) {
            throw damaged(file, "the file is empty (0 bytes), so its class sets and accounts are gone", null);
        }
        checkLength(file, size);
        checkChunks(file);
        // Read-only, and only if it exists: the check must never change or create the file.
        String readOnly = PREFIX + name + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE";
        try (Connection c = DriverManager.getConnection(readOnly, user, password);
             Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT TABLE_SCHEMA, TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                    + " WHERE TABLE_SCHEMA <> 'INFORMATION_SCHEMA'")) {
                while (rs.next()) {
                    tables.add('"' + rs.getString(1).replace("\"", "\"\"") + "\".\""
                            + rs.getString(2).replace("\"", "\"\"") + '"');
                }
            }
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            rs.getString(i); // reads long text too, so every page is checked
                        }
                    }
                }
            }
        } catch (SQLException e) {
            if (e.getErrorCode() == ALREADY_OPEN) {
                throw new StartupProblem("The database " + file + " is in use by another process (probably another"
                        + " premark still running).", "Stop the other premark first (it holds the file and usually"
                        + " the port too), then start this one again.", e);
            }
            throw damaged(file, "H2 cannot read it: " + firstLine(e.getMessage()), e);
        } catch (RuntimeException e) {
            throw damaged(file, "H2 cannot read it: " + firstLine(String.valueOf(e.getMessage())), e);
        }
    }

    /**
     * H2 keeps a text header at the start of the file naming the block where its last saved chunk starts. A file
     * that ends before that chunk does has been cut short; H2 itself would quietly open an older state of it and
     * lose everything after. (After a crash the header names an older, complete chunk, so this never refuses a
     * file that H2 can recover by itself.)
     */
    private static void checkLength(Path file, long size) {
        Map<String, String> header;
        byte[] start = new byte[(int) Math.min(size, 8192)];
        try (var in = Files.newInputStream(file)) {
            int n = in.readNBytes(start, 0, start.length);
            header = fields(start, 0, n);
            if (!header.containsKey("H") && n > 4096) {
                header = fields(start, 4096, n); // H2 writes the header twice; the second copy may be intact
            }
        } catch (IOException e) {
            throw damaged(file, "it cannot be read (" + e.getMessage() + ")", e);
        }
        if (!"2".equals(header.get("H"))) {
            throw damaged(file, "it does not start with an H2 database header", null);
        }
        long blockSize;
        long block;
        try {
            blockSize = Long.parseLong(header.getOrDefault("blockSize", "1000"), 16);
            block = Long.parseLong(header.get("block"), 16);
        } catch (RuntimeException e) {
            throw damaged(file, "its H2 header is unreadable", e);
        }
        long needed = (block + 1) * blockSize;
        if (needed > size) {
            throw damaged(file, "the file is " + size + " bytes long but its last saved part starts at byte "
                    + block * blockSize + ": it has been cut short", null);
        }
    }

    /**
     * Walks every chunk of the file with H2's own MVStoreTool (read-only): a chunk that runs past the end of the file
     * means the file was cut short, even where H2 would quietly open an older state from an intact chunk before it.
     * H2 is a runtime-only dependency, hence the reflection.
     */
    private static void checkChunks(Path file) {
        java.lang.reflect.Method dump;
        try {
            dump = Class.forName("org.h2.mvstore.MVStoreTool")
                    .getMethod("dump", String.class, java.io.Writer.class, boolean.class);
        } catch (ReflectiveOperationException | LinkageError e) {
            log.warn("Cannot walk the database's chunks (H2's MVStoreTool is missing): {}", e.toString());
            return;
        }
        try {
            dump.invoke(null, file.toString(), java.io.Writer.nullWriter(), false);
        } catch (java.lang.reflect.InvocationTargetException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw damaged(file, "part of it is missing or unreadable (" + firstLine(cause.getMessage()) + ")", cause);
        } catch (IllegalAccessException e) {
            log.warn("Cannot walk the database's chunks: {}", e.toString());
        }
    }

    /** {@code key:value,key:value} up to the first line end or NUL, as H2 writes its file and chunk headers. */
    private static Map<String, String> fields(byte[] bytes, int from, int to) {
        Map<String, String> fields = new HashMap<>();
        StringBuilder text = new StringBuilder();
        for (int i = from; i < to && bytes[i] != 0 && bytes[i] != '\n'; i++) {
            text.append((char) (bytes[i] & 0xff));
        }
        for (String pair : text.toString().strip().split(",")) {
            int colon = pair.indexOf(':');
            if (colon > 0) {
                fields.put(pair.substring(0, colon), pair.substring(colon + 1));
            }
        }
        return fields;
    }

    private static StartupProblem damaged(Path file, String what, Throwable cause) {
        return new StartupProblem("The database file " + file + " is damaged: " + what + ". premark has not"
                + " started and has not written to it.",
                "Keep a copy of the damaged file. Then either restore the data folder from your latest backup (see"
                        + " 'Data safety and backups' in docs/web.md), or salvage what H2 can still read with its Recover tool:"
                        + " java -cp h2-" + h2Version() + ".jar org.h2.tools.Recover -dir " + file.getParent() + " -db premark, which"
                        + " writes premark.h2.sql to run into a new database. To start afresh instead, move the"
                        + " file away (premark then creates an empty database).", cause);
    }

    /** The H2 version premark runs (H2 is a runtime-only dependency), for the name of the jar to recover with. */
    private static String h2Version() {
        try {
            return String.valueOf(Class.forName("org.h2.engine.Constants").getField("VERSION").get(null));
        } catch (ReflectiveOperationException | LinkageError e) {
            return "2.x";
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        String line = message.lines().findFirst().orElse(message).strip();
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }

    /** Owner-only access where the file system has POSIX permissions; elsewhere the folder's own ACL applies. */
    private static void restrict(Path path, Set<PosixFilePermission> permissions) {
        try {
            if (Files.getFileAttributeView(path, java.nio.file.attribute.PosixFileAttributeView.class) != null
                    && !Files.getPosixFilePermissions(path).equals(permissions)) {
                Files.setPosixFilePermissions(path, permissions);
            }
        } catch (IOException | UnsupportedOperationException e) {
            log.warn("Cannot make {} private to this account: {}", path, e.getMessage());
        }
    }
}
