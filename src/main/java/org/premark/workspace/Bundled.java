package org.premark.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The default notes ({@code corpus/}) and rubrics ({@code rubrics/}) carried inside the jar, so that it runs from
 * any folder. A {@code corpus/} or {@code rubrics/} folder in the working directory, or one named explicitly,
 * always wins; the bundled copy is used only when the default folder is not there.
 */
public final class Bundled {

    public static final String CORPUS = "corpus";
    public static final String RUBRICS = "rubrics";

    private static final Map<String, Path> EXTRACTED = new ConcurrentHashMap<>();

    private Bundled() {
    }

    /**
     * {@code configured} itself, unless it is the default folder name ({@code corpus} or {@code rubrics}) and no such
     * folder exists in the working directory: then the bundled copy.
     */
    public static Path orBundled(Path configured, String name) {
        if (configured != null && (!configured.equals(Path.of(name)) || Files.isDirectory(configured))) {
            return configured;
        }
        return copy(name);
    }

    /** True when {@code folder} is a bundled copy rather than a folder the user has. */
    public static boolean isBundled(Path folder) {
        return EXTRACTED.containsValue(folder);
    }

    /**
     * The bundled folder {@code name}, copied once per run into a temporary folder (the notes and rubric readers
     * work on files), which is removed when the JVM exits.
     */
    static Path copy(String name) {
        return EXTRACTED.computeIfAbsent(name, n -> {
            try {
                Resource[] files = new PathMatchingResourcePatternResolver(Bundled.class.getClassLoader())
                        .getResources("classpath*:bundled/" + n + "/*");
                if (files.length == 0) {
                    throw new IllegalStateException("this build of premark carries no bundled " + n + "/ folder");
                }
                Path dir = Files.createTempDirectory("premark-" + n + "-");
                dir.toFile().deleteOnExit();
                for (Resource file : files) {
                    String fileName = file.getFilename();
                    if (fileName == null || fileName.isEmpty() || fileName.contains("/")) {
                        continue;
                    }
                    Path target = dir.resolve(fileName);
                    try (InputStream in = file.getInputStream()) {
                        Files.copy(in, target);
                    }
                    target.toFile().deleteOnExit();
                }
                return dir;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot copy the bundled " + n + "/ folder: " + e.getMessage(), e);
            }
        });
    }
}
