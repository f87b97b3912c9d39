package org.premark.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotesSearcherLuceneTest {

    private static Passage passage(String source, int ordinal, String heading, String text) {
        String id = source.replace(".txt", "") + ".p" + ordinal;
        return new Passage(id, source, ordinal, heading, text, 0, text.length());
    }

    private static final List<Passage> PASSAGES = List.of(
            passage("b.txt", 2, "Purges", "At the height of the purges 700,000 people were executed."),
            passage("a.txt", 1, "General Secretary", "Stalin was appointed General Secretary in 1922."),
            passage("a.txt", 2, "NKVD", "The secret police arrested and shot hundreds of thousands of people."),
            passage("a.txt", 10, "Gulag", "Political dissidents were sent to labour camps."),
            passage("b.txt", 1, "Funeral", "Stalin was one of the pallbearers at Lenin's funeral."),
            passage("c.txt", 1, "Opposition", "Trotsky had been a Menshevik before 1917."),
            passage("c.txt", 2, "Triumvirate", "Zinoviev, Kamenev and Stalin formed a triumvirate."),
            passage("c.txt", 3, "", "Kamenv and Zinoveiv were readmitted in 1928."));

    @Test
    void passagesAreInSourceThenOrdinalOrderAndFoundById() {
        try (NotesSearcherLucene searcher = NotesSearcherLucene.of(PASSAGES)) {
            assertThat(searcher.passages()).extracting(Passage::id).containsExactly(
                    "a.p1", "a.p2", "a.p10", "b.p1", "b.p2", "c.p1", "c.p2", "c.p3");
            assertThat(searcher.passage("b.p1")).map(Passage::heading).contains("Funeral");
            assertThat(searcher.passage("nope.p1")).isEmpty();
        }
    }

    @Test
    void findsThePassageThatMatchesBestFirst() {
        try (NotesSearcherLucene searcher = NotesSearcherLucene.of(PASSAGES)) {
            List<SearchHit> hits = searcher.search("pallbearers funeral", 3);
            assertThat(hits.get(0).passage().id()).isEqualTo("b.p1");
            assertThat(hits).isSortedAccordingTo((x, y) -> Float.compare(y.score(), x.score()));
        }
    }

    @Test
    void usesSynonymsAtQueryTime() {
        try (NotesSearcherLucene searcher = NotesSearcherLucene.of(PASSAGES)) {
            assertThat(top(searcher, "NKVD")).isEqualTo("a.p2");
            assertThat(top(searcher, "gulag")).isEqualTo("a.p10");
            assertThat(top(searcher, "gensec")).isEqualTo("a.p1");
            assertThat(top(searcher, "troika")).isEqualTo("c.p2");
            assertThat(top(searcher, "pall-bearer")).isEqualTo("b.p1");
            assertThat(top(searcher, "menshevism")).isEqualTo("c.p1");
        }
    }

    @Test
    void toleratesMisspelledQueriesAndMisspelledNotes() {
        try (NotesSearcherLucene searcher = NotesSearcherLucene.of(PASSAGES)) {
            assertThat(searcher.correctQuery("Trotksy menshevick")).isEqualTo("trotsky menshevik");
            assertThat(top(searcher, "Trotksy menshevick")).isEqualTo("c.p1");
            assertThat(top(searcher, "genral secretery")).isEqualTo("a.p1");
            assertThat(searcher.search("Kamenev readmitted", 8)).extracting(h -> h.passage().id()).contains("c.p3");
        }
    }

    @Test
    void aRepeatedSearchGivesWhatAFreshSearcherGives() {
        List<String> queries = List.of("Kamenev Zinoviev readmitted", "Kamanev and the secretary", "purges executed",
                "Trotsky Menshevk before 1917", "secretary appointed");
        try (NotesSearcherLucene warm = NotesSearcherLucene.of(PASSAGES)) {
            queries.forEach(q -> warm.search(q, 5)); // fills the fuzzy-rewrite cache
            for (String q : queries) {
                try (NotesSearcherLucene fresh = NotesSearcherLucene.of(PASSAGES)) {
                    assertThat(warm.search(q, 5)).as(q).isEqualTo(fresh.search(q, 5));
                }
            }
        }
    }

    @Test
    void searchesFromManyThreadsAgreeWithOneThread() throws Exception {
        List<String> queries = List.of("Kamenev Zinoviev readmitted", "Kamanev triumvirate", "purges executed people",
                "Stalin appointed secretary", "labour camps dissidents", "Menshevk Trotsky", "pallbearers funeral");
        try (NotesSearcherLucene searcher = NotesSearcherLucene.of(PASSAGES);
                NotesSearcherLucene reference = NotesSearcherLucene.of(PASSAGES)) {
            List<List<SearchHit>> expected = queries.stream().map(q -> reference.search(q, 8)).toList();
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<Boolean>> results = new ArrayList<>();
                for (int t = 0; t < 8; t++) {
                    results.add(pool.submit(() -> {
                        for (int round = 0; round < 20; round++) {
                            for (int i = 0; i < queries.size(); i++) {
                                if (!searcher.search(queries.get(i), 8).equals(expected.get(i))) {
                                    return false;
                                }
                            }
                        }
                        return true;
                    }));
                }
                for (Future<Boolean> r : results) {
                    assertThat(r.get()).isTrue();
                }
            } finally {
                pool.shutdown();
            }
        }
    }

    @Test
    void breaksScoreTiesByPassageId() {
        List<Passage> twins = List.of(
                passage("x.txt", 2, "", "Trotsky was exiled to Alma-Ata."),
                passage("x.txt", 10, "", "Trotsky was exiled to Alma-Ata."),
                passage("w.txt", 5, "", "Trotsky was exiled to Alma-Ata."));
        try (NotesSearcherLucene searcher = NotesSearcherLucene.of(twins)) {
            List<SearchHit> hits = searcher.search("exiled", 3);
            assertThat(hits).extracting(h -> h.passage().id()).containsExactly("w.p5", "x.p10", "x.p2");
            assertThat(hits.get(0).score()).isEqualTo(hits.get(2).score());
        }
    }

    @Test
    void respectsTopAndRejectsBadArguments() {
        try (NotesSearcherLucene searcher = NotesSearcherLucene.of(PASSAGES)) {
            assertThat(searcher.search("Stalin", 2)).hasSize(2);
            assertThat(searcher.search("the of and", 5)).isEmpty();
            assertThat(searcher.search("", 5)).isEmpty();
            assertThatThrownBy(() -> searcher.search("Stalin", 0))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("top must be >= 1, got 0");
        }
        assertThatThrownBy(() -> NotesSearcherLucene.of(List.of(PASSAGES.get(0), PASSAGES.get(0))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("duplicate passage id b.p2");
    }

    @Test
    void vocabularyIsLowerCaseSurfaceWords() {
        try (NotesSearcherLucene searcher = NotesSearcherLucene.of(PASSAGES)) {
            assertThat(searcher.vocabulary()).contains("stalin", "pallbearers", "menshevik", "kamenv", "gulag")
                    .doesNotContain("Stalin", "700,000", "1922")
                    .allSatisfy(w -> assertThat(w).matches("\\p{Ll}+"));
            assertThat(searcher.spellingCorrector().correct("Kamanev")).isEqualTo("kamenev");
        }
    }

    @Test
    void openReadsTheFolderFreshEachTime(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("001_a.txt"), "## Politburo\n\nChief body in the country.\n");
        Files.writeString(dir.resolve("README.md"), "not a note");
        try (NotesSearcherLucene searcher = NotesSearcherLucene.open(dir)) {
            assertThat(searcher.passages()).extracting(Passage::id).containsExactly("001_a.p1");
            assertThat(searcher.search("Orgburo", 5)).isEmpty();
        }
        Files.writeString(dir.resolve("002_b.txt"), "The Orgburo controlled party appointments.\n");
        try (NotesSearcherLucene searcher = NotesSearcherLucene.open(dir)) {
            assertThat(top(searcher, "Orgburo")).isEqualTo("002_b.p1");
            assertThat(searcher.passage("002_b.p1")).map(Passage::source).contains("002_b.txt");
        }
    }

    private static String top(NotesSearcher searcher, String query) {
        List<SearchHit> hits = searcher.search(query, 1);
        assertThat(hits).as("hits for '%s'", query).isNotEmpty();
        return hits.get(0).passage().id();
    }
}
