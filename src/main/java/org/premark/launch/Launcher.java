package org.premark.launch;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Starts premark on Java 21 or newer. This class alone is compiled for Java 17: when {@code java -jar} runs on
 * an older JVM it re-runs the jar with an installed JDK 21+ ({@code PREMARK_JAVA}, {@code JAVA_HOME} or
 * {@code /usr/lib/jvm}) instead of failing with a class-version error.
 *
 * <p>The two processes behave as one: the child gets this JVM's options ({@code -Xmx300m -Dserver.port=…}), a
 * SIGTERM or Ctrl-C on this process stops the child (and waits for it, so that the port and the database are free
 * when this process has gone), and this process exits with the child's status.
 */
public final class Launcher {

    static final int REQUIRED = 21;
    static final int STOP_SECONDS = 30;
    private static final String APPLICATION = "org.premark.PremarkApplication";

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        if (Runtime.version().feature() >= REQUIRED) {
            try {
                Class.forName(APPLICATION, true, Thread.currentThread().getContextClassLoader())
                        .getMethod("main", String[].class)
                        .invoke(null, (Object) args);
            } catch (InvocationTargetException e) {
                throw e.getCause() instanceof Exception ex ? ex : e;
            }
            return;
        }
        Path jar = jarPath();
        Path java = findJava();
        if (jar == null || java == null) {
            System.err.println("premark needs Java " + REQUIRED + " or newer; this is Java " + Runtime.version().feature()
                    + ". Install a JDK " + REQUIRED + "+ or set PREMARK_JAVA to its java binary.");
            System.exit(1);
        }
        List<String> command = childCommand(java, jar, ManagementFactory.getRuntimeMXBean().getInputArguments(),
                List.of(args));
        Process process = new ProcessBuilder(command).inheritIO().start();
        Thread stopChild = new Thread(() -> stop(process), "premark-stop-child");
        Runtime.getRuntime().addShutdownHook(stopChild);
        int status = process.waitFor();
        try {
            Runtime.getRuntime().removeShutdownHook(stopChild);
        } catch (IllegalStateException alreadyShuttingDown) {
            // a signal arrived as the child ended: the hook finds it already stopped
        }
        System.exit(status);
    }

    /** The child's command line: this JVM's options, less a debugger agent (its port would be taken twice). */
    static List<String> childCommand(Path java, Path jar, List<String> jvmOptions, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        for (String option : jvmOptions) {
            if (!option.startsWith("-agentlib:jdwp") && !option.startsWith("-Xrunjdwp")) {
                command.add(option);
            }
        }
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(args);
        return command;
    }

    /** Asks the child to stop as a SIGTERM would, and waits for it; forces it after {@link #STOP_SECONDS}. */
    private static void stop(Process process) {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(STOP_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static Path jarPath() {
        try {
            String path = System.getProperty("java.class.path", "");
            if (path.endsWith(".jar") && !path.contains(File.pathSeparator)) {
                return Path.of(path).toAbsolutePath();
            }
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }

    static Path findJava() throws IOException {
        List<Path> candidates = new ArrayList<>();
        String explicit = System.getenv("PREMARK_JAVA");
        if (explicit != null && !explicit.isBlank()) {
            candidates.add(Path.of(explicit));
        }
        String home = System.getenv("JAVA_HOME");
        if (home != null && !home.isBlank()) {
            candidates.add(Path.of(home, "bin", "java"));
        }
        Path jvms = Path.of("/usr/lib/jvm");
        if (Files.isDirectory(jvms)) {
            try (Stream<Path> dirs = Files.list(jvms)) {
                dirs.sorted(Comparator.comparing(Path::toString).reversed())
                        .forEach(d -> candidates.add(d.resolve("bin").resolve("java")));
            }
        }
        for (Path candidate : candidates) {
            if (Files.isExecutable(candidate) && version(candidate.getParent().getParent()) >= REQUIRED) {
                return candidate;
            }
        }
        return null;
    }

    /** Reads JAVA_VERSION from the JDK's {@code release} file; 0 when unknown. */
    private static int version(Path jdk) {
        Path release = jdk.resolve("release");
        try {
            for (String line : Files.readAllLines(release)) {
                if (line.startsWith("JAVA_VERSION=")) {
                    String v = line.substring("JAVA_VERSION=".length()).replace("\"", "");
                    String major = v.startsWith("1.") ? v.substring(2, 3) : v.split("[.+-]")[0];
                    return Integer.parseInt(major);
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }
}
