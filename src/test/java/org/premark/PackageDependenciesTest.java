package org.premark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps imports one way: {@code lang, text → claims → notes → rubric → marking → eval, csv → the application
 * packages}. Reads the sources rather than the classes, so it needs no compiled code and no extra library, and
 * it counts fully qualified names written inline as well as imports.
 */
class PackageDependenciesTest {

    /**
     * The layer of every top-level package: a package may use packages of a lower layer and, without cycles, of
     * its own. A new package must be added here, so that its place is a decision rather than an accident.
     */
    private static final Map<String, Integer> LAYER = Map.ofEntries(
            Map.entry("lang", 0), Map.entry("text", 0),
            Map.entry("claims", 1),
            Map.entry("notes", 2),
            Map.entry("rubric", 3), Map.entry("reasoning", 3),
            Map.entry("marking", 4),
            Map.entry("eval", 5), Map.entry("csv", 5),
            Map.entry("cli", 6), Map.entry("web", 6), Map.entry("classset", 6), Map.entry("account", 6),
            Map.entry("bench", 6), Map.entry("workspace", 6), Map.entry("launch", 6));

    private static final Set<String> ENGINE = Set.of("lang", "text", "claims", "notes", "rubric", "reasoning", "marking", "eval");
    private static final Set<String> APPLICATION = Set.of("cli", "web", "classset", "account", "bench", "workspace");

    private static final Path SOURCES = Path.of("src/main/java/org/premark");
    private static final Pattern REFERENCE = Pattern.compile("\\borg\\.premark\\.([a-z][a-z0-9]*(?:\\.[a-z][a-z0-9]*)*)\\.[A-Z]");
    private static final Pattern PACKAGE = Pattern.compile("^package\\s+org\\.premark\\.([a-z0-9.]+);", Pattern.MULTILINE);

    /** Package (full name under org.premark) → the packages it uses → one file that shows it. */
    private static Map<String, Map<String, String>> uses;

    @BeforeAll
    static void read() {
        uses = dependencies(SOURCES);
    }

    static Map<String, Map<String, String>> dependencies(Path root) {
        Map<String, Map<String, String>> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                Matcher pm = PACKAGE.matcher(text);
                if (!pm.find()) {
                    continue; // the root package's application class
                }
                String from = pm.group(1);
                Map<String, String> targets = out.computeIfAbsent(from, k -> new TreeMap<>());
                Matcher m = REFERENCE.matcher(stripComments(text));
                while (m.find()) {
                    String to = m.group(1);
                    if (!to.equals(from)) {
                        targets.putIfAbsent(to, root.relativize(f).toString());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Javadoc links ({@code {@link org.premark.cli.Command}}) name a package without depending on it. */
    private static String stripComments(String text) {
        return text.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\n]*", "");
    }

    private static String top(String pkg) {
        int dot = pkg.indexOf('.');
        return dot < 0 ? pkg : pkg.substring(0, dot);
    }

    @Test
    void sourcesAreFound() {
        assertTrue(uses.containsKey("marking") && uses.containsKey("claims"), "read " + uses.keySet());
    }

    @Test
    void everyPackageHasALayer() {
        Set<String> unknown = new TreeSet<>();
        uses.keySet().forEach(p -> {
            if (!LAYER.containsKey(top(p))) {
                unknown.add(p);
            }
        });
        assertEquals(Set.of(), unknown, "give new packages a layer in PackageDependenciesTest.LAYER");
    }

    @Test
    void engineNeverUsesTheApplication() {
        List<String> wrong = new ArrayList<>();
        uses.forEach((from, targets) -> targets.forEach((to, file) -> {
            if (ENGINE.contains(top(from)) && APPLICATION.contains(top(to))) {
                wrong.add(from + " -> " + to + " (" + file + ")");
            }
        }));
        assertEquals(List.of(), wrong);
    }

    @Test
    void importsPointDownTheLayers() {
        List<String> wrong = new ArrayList<>();
        uses.forEach((from, targets) -> targets.forEach((to, file) -> {
            Integer a = LAYER.get(top(from));
            Integer b = LAYER.get(top(to));
            if (a != null && b != null && b > a) {
                wrong.add(from + " -> " + to + " (" + file + ")");
            }
        }));
        assertEquals(List.of(), wrong);
    }

    @Test
    void noPackagesDependOnEachOther() {
        List<String> cycles = new ArrayList<>();
        for (String start : uses.keySet()) {
            List<String> path = cycleFrom(start);
            if (path != null) {
                cycles.add(String.join(" -> ", path));
            }
        }
        assertEquals(List.of(), cycles);
    }

    /** A path from {@code start} back to itself, or null; depth-first over the package graph. */
    private static List<String> cycleFrom(String start) {
        List<String> path = new ArrayList<>(List.of(start));
        Set<String> seen = new TreeSet<>();
        return walk(start, start, path, seen) ? path : null;
    }

    private static boolean walk(String start, String at, List<String> path, Set<String> seen) {
        for (String next : uses.getOrDefault(at, Map.of()).keySet()) {
            if (next.equals(start)) {
                path.add(next);
                return true;
            }
            if (seen.add(next)) {
                path.add(next);
                if (walk(start, next, path, seen)) {
                    return true;
                }
                path.remove(path.size() - 1);
            }
        }
        return false;
    }

    @Test
    void theCheckSeesACycle() {
        // The graph code itself, on a made-up graph: a -> b -> c -> a.
        Map<String, Map<String, String>> saved = uses;
        try {
            uses = Map.of("a", Map.of("b", "A.java"), "b", Map.of("c", "B.java"), "c", Map.of("a", "C.java"));
            assertEquals(List.of("a", "b", "c", "a"), cycleFrom("a"));
            uses = Map.of("a", Map.of("b", "A.java"), "b", Map.of());
            assertEquals(null, cycleFrom("a"));
        } finally {
            uses = saved;
        }
    }
}
