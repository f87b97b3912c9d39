package org.premark.notes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/** The English word list shipped with premark (SCOWL via Debian's wbritish and wamerican; see its NOTICE). */
public final class EnglishWords {

    private static final String RESOURCE = "/notes/english-words.txt.gz";
    private static volatile Set<String> words;

    private EnglishWords() {
    }

    /** Lower-case words, loaded once. */
    public static Set<String> get() {
        Set<String> w = words;
        if (w == null) {
            synchronized (EnglishWords.class) {
                if (words == null) {
                    words = load();
                }
                w = words;
            }
        }
        return w;
    }

    private static Set<String> load() {
        try (InputStream in = EnglishWords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
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
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
