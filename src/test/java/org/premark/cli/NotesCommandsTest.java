package org.premark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.premark.cli.Args;
import org.premark.cli.Cli;
import org.premark.cli.CliException;

class NotesCommandsTest {

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... argv) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.standard().run(argv, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void cleanWritesOneCleanedFilePerSourceUnderTheSameName() throws Exception {
        Path from = Files.createDirectories(dir.resolve("raw"));
        Files.writeString(from.resolve("007_abc.txt"), "Podcast\nCult of Lenin\nCult of Lenin\n"
                + "- Stalin built the cult. (correct)\n- Trotsky built it.\n");
        Path to = dir.resolve("corpus");
        Run run = run("notes", "clean", "--from", from.toString(), "--out", to.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("cleaned 1 file");
        assertThat(Files.readString(to.resolve("007_abc.txt")))
                .isEqualTo("## Cult of Lenin\n\n- Stalin built the cult.\n");
    }

    @Test
    void cleanNeedsBothFolders() {
        Run run = run("notes", "clean", "--from", dir.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("premark notes clean: missing required option --out" + System.lineSeparator());
    }

    @Test
    void searchPrintsRankScoreSourceIdHeadingAndText() throws Exception {
        Files.writeString(dir.resolve("001_a.txt"), """
                ## Control of party membership

                Stalin supervised the ‘Lenin Enrolment’ of 1924/25, party almost doubled its membership.

                ## Politburo

                Chief body in the country.
                """);
        Run run = run("search", "Lenin Enrolment", "--corpus", dir.toString(), "--top", "3");
        assertThat(run.code()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out().lines().findFirst().orElseThrow())
                .matches(" 1 +\\d+\\.\\d{3}  001_a\\.txt  001_a\\.p1");
        assertThat(run.out()).contains("Control of party membership", "Lenin Enrolment’ of 1924/25")
                .doesNotContain("Politburo");
    }

    @Test
    void searchReportsCorrectionsAndNoHits() throws Exception {
        Files.writeString(dir.resolve("001_a.txt"), "Trotsky was exiled to Alma-Ata in January 1928.\n");
        Run corrected = run("search", "Trotksy", "--corpus", dir.toString());
        assertThat(corrected.out()).startsWith("searching for: trotsky").contains("001_a.p1");
        Run none = run("search", "collectivisation", "--corpus", dir.toString());
        assertThat(none.code()).isZero();
        assertThat(none.out()).startsWith("no passages match \"collectivisation\"");
    }

    @Test
    void searchUsesTheCorpusFromTheEnvironmentWhenNoOptionIsGiven() throws Exception {
        Files.writeString(dir.resolve("001_a.txt"), "Trotsky was exiled to Alma-Ata in January 1928.\n");
        SearchCommand command = new SearchCommand(Map.of("PREMARK_CORPUS", dir.toString()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = command.run(Args.parse(java.util.List.of("Alma-Ata"), java.util.Set.of()),
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("001_a.p1");
    }

    @Test
    void searchRejectsAMissingQueryAndBadTop() throws CliException {
        assertThat(run("search", "--corpus", dir.toString()).err()).contains("give a query");
        Run badTop = run("search", "Stalin", "--top", "0");
        assertThat(badTop.code()).isEqualTo(2);
        assertThat(badTop.err()).contains("--top must be between 1 and 1000, got 0");
    }

    @Test
    void longTextIsCutAtAWordWithAnEllipsis() {
        String cut = SearchCommand.oneLine("word ".repeat(100), 40);
        assertThat(cut).hasSizeLessThanOrEqualTo(42).endsWith(" …").doesNotContain("  ");
        assertThat(SearchCommand.oneLine("two\n\nlines", 40)).isEqualTo("two lines");
    }
}
