package org.premark.lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * One language's words as the marking rules see them: every list of {@link WordList} and the connective table,
 * read from {@code lang/<code>/} on the classpath. Load it once (Workspace does) and hand it to every stage that
 * reads words; immutable and thread-safe.
 *
 * <p>List files hold one entry per line; {@code #} starts a comment. An entry may carry roles after a
 * {@code |} ("{@code without | scope}"), for lists whose words serve more than one rule.
 */
public final class Lexicon {

    private static final Pattern ROLE_SPLIT = Pattern.compile("[\\s,]+");
    private static volatile Lexicon english;

    private final String language;
    private final Map<WordList, Map<String, Set<String>>> lists;
    private final List<Connective> connectives;
    private volatile Set<String> dictionary;

    private Lexicon(String language, Map<WordList, Map<String, Set<String>>> lists, List<Connective> connectives) {
        this.language = language;
        this.lists = lists;
        this.connectives = connectives;
    }

    /** The English lexicon, read on the first call only. */
    public static Lexicon english() {
        Lexicon l = english;
        if (l == null) {
            synchronized (Lexicon.class) {
                if (english == null) {
                    english = load("en");
                }
                l = english;
            }
        }
        return l;
    }

    /**
     * Reads every list of {@code lang/<language>/} from the classpath.
     *
     * @throws IllegalStateException if a list is missing or malformed; a lexicon is all or nothing
     */
    public static Lexicon load(String language) {
        Objects.requireNonNull(language, "language");
        if (!language.matches("[a-z]{2,3}")) {
            throw new IllegalArgumentException("language must be a lower-case ISO code, got '" + language + "'");
        }
        Map<WordList, Map<String, Set<String>>> lists = new EnumMap<>(WordList.class);
        for (WordList list : WordList.values()) {
            lists.put(list, parseList(resource(language, list.file()), list.file()));
        }
        List<Connective> connectives = parseConnectives(resource(language, "connectives.txt"));
        return new Lexicon(language, Collections.unmodifiableMap(lists), connectives);
    }

    public String language() {
        return language;
    }

    /** The words of {@code list}, as written in its file. */
    public Set<String> words(WordList list) {
        return lists.get(list).keySet();
    }

    /** The words of {@code list} that carry {@code role}. */
    public Set<String> words(WordList list, String role) {
        Set<String> out = new LinkedHashSet<>();
        lists.get(list).forEach((word, roles) -> {
            if (roles.contains(role)) {
                out.add(word);
            }
        });
        return Collections.unmodifiableSet(out);
    }

    /** The words of {@code list} grouped by role, roles in sorted order: a list whose roles name groups. */
    public Map<String, Set<String>> groups(WordList list) {
        Map<String, Set<String>> out = new TreeMap<>();
        lists.get(list).forEach((word, roles) -> roles.forEach(
                role -> out.computeIfAbsent(role, r -> new LinkedHashSet<>()).add(word)));
        return Collections.unmodifiableMap(out);
    }

    /** The stems of the words of {@code list}, for rules that compare stemmed terms. */
    public Set<String> stems(WordList list) {
        Set<String> out = new HashSet<>();
        for (String w : words(list)) {
            out.add(stem(w));
        }
        return Set.copyOf(out);
    }

    /** The connective table in file order: each connective with its spellings, kind and roles. */
    public List<Connective> connectives() {
        return connectives;
    }

    /** The connectives that carry {@code role}. */
    public Set<String> connectives(String role) {
        Set<String> out = new LinkedHashSet<>();
        connectives.stream().filter(c -> c.roles().contains(role)).forEach(c -> out.add(c.connective()));
        return Collections.unmodifiableSet(out);
    }

    /**
     * The language's stem of a lower-case word: hyphens dropped, then Snowball; numbers and symbols are kept
     * as they are. A word of {@code stem-exceptions.txt} stems to the term it gives there instead.
     */
    public String stem(String word) {
        if (word.isEmpty() || !Character.isLetter(word.charAt(0))) {
            return word;
        }
        // "backed" would stem to "back", the everyday word; such words stem to a term of their own.
        Set<String> own = lists.get(WordList.STEM_EXCEPTIONS).get(word);
        if (own != null && !own.isEmpty()) {
            return own.iterator().next();
        }
        // Snowball stemmers hold state; one per call keeps the lexicon thread-safe and costs a small object.
        EnglishStemmer stemmer = new EnglishStemmer();
        stemmer.setCurrent(word.replace("-", ""));
        stemmer.stem();
        return stemmer.getCurrent();
    }

    /** The language's dictionary of correctly spelled words ({@code english-words.txt.gz}), read on first use. */
    public Set<String> dictionary() {
        Set<String> d = dictionary;
        if (d == null) {
            synchronized (this) {
                if (dictionary == null) {
                    dictionary = readDictionary(language);
                }
                d = dictionary;
            }
        }
        return d;
    }

    private static String path(String language, String file) {
        return "/lang/" + language + "/" + file;
    }

    private static List<String> resource(String language, String file) {
        String path = path(language, file);
        try (InputStream in = Lexicon.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing word list " + path);
            }
            List<String> lines = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    lines.add(line);
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /** A comment starts at a {@code #} that begins the line or follows a space, so "#" alone is not one. */
    private static String uncomment(String line) {
        String t = line.strip();
        if (t.startsWith("#")) {
            return "";
        }
        int hash = t.indexOf(" #");
        return (hash < 0 ? t : t.substring(0, hash)).strip();
    }

    static Map<String, Set<String>> parseList(List<String> lines, String file) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String entry = uncomment(lines.get(i));
            if (entry.isEmpty()) {
                continue;
            }
            int bar = entry.indexOf(" | ");
            String word = (bar < 0 ? entry : entry.substring(0, bar)).strip();
            Set<String> roles = bar < 0 ? Set.of()
                    : Set.of(ROLE_SPLIT.split(entry.substring(bar + 3).strip()));
            if (!word.equals(word.toLowerCase(Locale.ROOT))) {
                throw new IllegalStateException(file + " line " + (i + 1) + ": words are lower case, got '" + word + "'");
            }
            if (out.put(word, roles) != null) {
                throw new IllegalStateException(file + " line " + (i + 1) + ": '" + word + "' is listed twice");
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /** {@code connective | kind | roles | spelling, spelling, …}; see {@code connectives.txt}. */
    static List<Connective> parseConnectives(List<String> lines) {
        List<Connective> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String entry = uncomment(lines.get(i));
            if (entry.isEmpty()) {
                continue;
            }
            String[] parts = entry.split("\\s\\|\\s", -1);
            if (parts.length != 4) {
                throw new IllegalStateException("connectives.txt line " + (i + 1)
                        + ": expected 'connective | kind | roles | spellings', got '" + entry + "'");
            }
            Connective.Kind kind;
            try {
                kind = Connective.Kind.valueOf(parts[1].strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("connectives.txt line " + (i + 1) + ": unknown kind '" + parts[1].strip() + "'");
            }
            String roles = parts[2].strip();
            List<String> spellings = new ArrayList<>();
            for (String s : parts[3].split(",")) {
                if (!s.isBlank()) {
                    spellings.add(s.strip());
                }
            }
            out.add(new Connective(parts[0].strip(), kind,
                    roles.isEmpty() || roles.equals("-") ? Set.of() : Set.of(ROLE_SPLIT.split(roles)), spellings));
        }
        return List.copyOf(out);
    }

    private static Set<String> readDictionary(String language) {
        String path = path(language, "english-words.txt.gz");
        try (InputStream in = Lexicon.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            Set<String> out = new HashSet<>(150_000);
            try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (!line.isBlank()) {
                        out.add(line.strip());
                    }
                }
            }
            return Set.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
