package org.premark.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.premark.cli.Cli;

/** Search over the real corpus/ folder. */
class NotesSearchIT {

    private static final Path CORPUS = Path.of("corpus");
    private static NotesSearcherLucene searcher;
    private static long openMillis;

    @BeforeAll
    static void open() throws NotesException {
        NotesSearcherLucene.open(CORPUS).close(); // warm up class loading; the timed open is a fresh one
        long start = System.nanoTime();
        searcher = NotesSearcherLucene.open(CORPUS);
        openMillis = (System.nanoTime() - start) / 1_000_000;
    }

    @AfterAll
    static void close() {
        searcher.close();
    }

    private static String about(SearchHit hit) {
        return (hit.passage().heading() + "\n" + hit.passage().text()).toLowerCase(Locale.ROOT);
    }

    @Test
    void indexesAllFiveSourcesQuickly() {
        assertThat(searcher.passages().stream().map(Passage::source).distinct()).containsExactly(
                "000_4baebc50c1ad9541.txt", "001_0fd55eea29fdbcdc.txt", "002_afa8ec26b7aadfb6.txt",
                "003_dbfe07977410fb4d.txt", "004_30b4508cddb68712.txt");
        assertThat(openMillis).as("index build time in ms").isLessThan(1000);
    }

    @Test
    void leninEnrolmentFindsTheCardOnControlOfPartyMembership() {
        List<SearchHit> hits = searcher.search("Lenin Enrolment", 5);
        assertThat(hits.get(0).passage().heading()).isEqualTo("Control of party membership");
        assertThat(hits.get(0).passage().text()).contains("‘Lenin Enrolment’ of 1924/25");
    }

    @Test
    void pallBearerAtTheFuneralFindsLeninsFuneral() {
        List<SearchHit> hits = searcher.search("pall-bearer at the funeral", 3);
        assertThat(hits).hasSize(3).allSatisfy(h -> assertThat(about(h)).contains("funeral"));
        assertThat(about(hits.get(0))).contains("pall-bearer", "lenin");
        assertThat(hits).anySatisfy(h -> assertThat(about(h)).contains("pallbearers"));
    }

    @Test
    void misspelledNamesAndTermsStillFindRelevantPassages() {
        List<SearchHit> gensec = searcher.search("Trotksy genral secretery", 5);
        assertThat(gensec).hasSize(5).allSatisfy(h -> assertThat(about(h)).contains("general secretary"));
        assertThat(gensec).anySatisfy(h -> assertThat(about(h)).contains("trotsky"));

        List<SearchHit> menshevik = searcher.search("menshevick", 3);
        assertThat(menshevik).hasSize(3).allSatisfy(h -> assertThat(about(h)).contains("menshevi"));

        List<SearchHit> names = searcher.search("Zinovev and Kamanev", 5);
        assertThat(names).hasSize(5).allSatisfy(h -> assertThat(about(h)).containsAnyOf("zinoviev", "kamenev"));
    }

    @Test
    void synonymsFindWhatStudentsCallThingsDifferently() {
        assertThat(about(searcher.search("secret police", 1).get(0))).contains("nkvd");
        assertThat(about(searcher.search("Lenin levy", 1).get(0))).contains("lenin enrolment");
        assertThat(about(searcher.search("troika", 1).get(0))).containsAnyOf("triumvirate", "troika");
    }

    @Test
    void theCliSearchesTheRealCorpus() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.standard().run(new String[] {"search", "Lenin Enrolment", "--top", "2", "--corpus", "corpus"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isZero();
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith(" 1 ").contains("001_0fd55eea29fdbcdc.txt", "Control of party membership");
        assertThat(text.lines().filter(l -> l.matches(" ?\\d+ +\\d+\\.\\d{3} .*"))).hasSize(2);
    }
}
