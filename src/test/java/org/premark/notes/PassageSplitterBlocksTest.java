package org.premark.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PassageSplitterBlocksTest {

    private final PassageSplitter splitter = new PassageSplitterBlocks();

    private List<Passage> split(String text) {
        List<Passage> passages = splitter.split("notes_1.txt", text);
        assertExact(text, passages);
        return passages;
    }

    private static void assertExact(String text, List<Passage> passages) {
        for (int i = 0; i < passages.size(); i++) {
            Passage p = passages.get(i);
            assertThat(text.substring(p.start(), p.end())).as(p.id()).isEqualTo(p.text());
            assertThat(p.ordinal()).isEqualTo(i + 1);
            assertThat(p.text()).isEqualTo(p.text().strip());
            if (i > 0) {
                assertThat(p.start()).as("passages do not overlap").isGreaterThanOrEqualTo(passages.get(i - 1).end());
            }
        }
    }

    @Test
    void everyCorpusPassageIsAnExactSpanOfItsFile() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of("corpus"))) {
            files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(files).hasSize(5);
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            List<Passage> passages = splitter.split(file.getFileName().toString(), text);
            assertThat(passages).as(file.toString()).hasSizeGreaterThan(10);
            assertExact(text, passages);
            String stem = file.getFileName().toString().replace(".txt", "");
            for (Passage p : passages) {
                assertThat(p.id()).isEqualTo(stem + ".p" + p.ordinal());
                assertThat(p.source()).isEqualTo(file.getFileName().toString());
                assertThat(p.heading()).doesNotStartWith("#");
            }
        }
    }

    @Test
    void aCardIsOnePassageThatStartsAtItsHeading() {
        String text = "## 44 votes to 10\n\nAgainst publishing the last will and testament\n";
        List<Passage> passages = split(text);
        assertThat(passages).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo("notes_1.p1");
            assertThat(p.heading()).isEqualTo("44 votes to 10");
            assertThat(p.text()).isEqualTo("44 votes to 10\n\nAgainst publishing the last will and testament");
            assertThat(p.start()).isEqualTo(3);
        });
    }

    @Test
    void aHeadingWithNothingUnderItGivesNoPassage() {
        List<Passage> passages = split("## Flashcards\n\n## Trotsky's Ideology\n\n## Cult of Lenin\n\nA cult.\n");
        assertThat(passages).extracting(Passage::heading).containsExactly("Cult of Lenin");
    }

    @Test
    void aLongBulletedSectionBecomesSeveralPassagesUnderItsHeading() {
        StringBuilder text = new StringBuilder("## Final End\n\n");
        for (int i = 1; i <= 8; i++) {
            text.append("- Point ").append(i).append(": Stalin ordered another public trial in 1936 and the accused ")
                    .append("were convicted and executed soon after.\n");
        }
        List<Passage> passages = split(text.toString());
        assertThat(passages).hasSizeGreaterThan(3);
        assertThat(passages).allSatisfy(p -> {
            assertThat(p.heading()).isEqualTo("Final End");
            assertThat(p.text().length()).isLessThanOrEqualTo(PassageSplitterBlocks.MAX_CHARS);
            assertThat(p.text()).doesNotStartWith("- ").doesNotContain("## ");
        });
        assertThat(passages.get(0).text()).startsWith("Point 1:");
    }

    @Test
    void subBulletsStayWithTheirBullet() {
        String text = """
                ## Lenin's Testament

                - Lenin dies on January 21, 1924
                  - Stalin used the death of Lenin to his advantage
                  - Stalin was one of the pallbearers
                - Trotsky was exiled in 1928, then deported to Turkey in 1929 and lived in Mexico after 1937.
                """;
        List<Passage> passages = split(text);
        assertThat(passages).hasSize(2);
        assertThat(passages.get(0).text()).startsWith("Lenin dies").endsWith("one of the pallbearers");
        assertThat(passages.get(1).text()).startsWith("Trotsky was exiled");
    }

    @Test
    void aLongParagraphIsCutAtSentencesNotAtInitialsOrAbbreviations() {
        String sentence = "O. Figes says Stalin gained from the Lenin Enrolment in Jan. 1925 and after. ";
        String text = sentence.repeat(12).strip() + "\n";
        List<Passage> passages = split(text);
        assertThat(passages).hasSizeGreaterThan(1);
        assertThat(passages).allSatisfy(p -> {
            assertThat(p.text()).startsWith("O. Figes").endsWith("and after.");
            assertThat(p.text().length()).isLessThanOrEqualTo(PassageSplitterBlocks.MAX_CHARS);
            assertThat(p.heading()).isEmpty();
        });
    }

    @Test
    void plainTextWithoutHeadingsSplitsIntoParagraphs() {
        String para1 = "Stalin was appointed General Secretary in 1922. He used the post to place his supporters "
                + "in the regional party organisations, and they chose the delegates to the party congress.";
        String para2 = "Trotsky was Commissar for War and led the Red Army in the Civil War. Many Bolsheviks "
                + "feared he would become a military dictator like Napoleon.";
        String text = para1 + "\n\n" + para2 + "\r\n";
        List<Passage> passages = split(text);
        assertThat(passages).extracting(Passage::text).containsExactly(para1, para2);
        assertThat(passages).extracting(Passage::heading).containsOnly("");
    }

    @Test
    void wrappedLinesAndWindowsLineEndsKeepExactOffsets() {
        String text = "\uFEFF## Heading\r\n\r\nA paragraph that wraps\r\nonto a second line.\r\n\r\n- a bullet\r\n"
                + "  that wraps too\r\n";
        List<Passage> passages = split(text);
        assertThat(passages).singleElement().satisfies(p -> assertThat(p.text())
                .isEqualTo("Heading\r\n\r\nA paragraph that wraps\r\nonto a second line.\r\n\r\n- a bullet\r\n"
                        + "  that wraps too"));
    }

    @Test
    void aShortLeadInLineJoinsWhatFollows() {
        String longText = "During Great Purge (1936-1938), NKVD carried out mass arrests and executions. ".repeat(7);
        String text = "## NKVD\n\nIntro sentence about the NKVD and why it was feared by everyone.\n\n"
                + "(1) The Great Purge:\n\n" + longText.strip() + "\n";
        List<Passage> passages = split(text);
        assertThat(passages).anySatisfy(p -> assertThat(p.text()).startsWith("(1) The Great Purge:\n\nDuring"));
        assertThat(passages).noneSatisfy(p -> assertThat(p.text()).isEqualTo("(1) The Great Purge:"));
    }

    @Test
    void shortNeighboursArePackedButLongOnesAreNot() {
        String text = """
                ## Round 1

                - (1924) Tricks Trotsky into missing the funeral
                - He made himself seem epic at the funeral
                """;
        assertThat(split(text)).singleElement()
                .satisfies(p -> assertThat(p.text()).contains("missing the funeral\n- He made"));
    }

    @Test
    void idsDependOnlyOnTheFileContent() {
        String text = "## A\n\nFirst fact here.\n\n## B\n\nSecond fact here.\n";
        List<Passage> once = splitter.split("004_x.txt", text);
        List<Passage> again = splitter.split("004_x.txt", text);
        assertThat(again).isEqualTo(once);
        assertThat(once).extracting(Passage::id).containsExactly("004_x.p1", "004_x.p2");
    }

    @Test
    void emptyTextGivesNoPassages() {
        assertThat(split("")).isEmpty();
        assertThat(split("\n\n   \n")).isEmpty();
    }
}
