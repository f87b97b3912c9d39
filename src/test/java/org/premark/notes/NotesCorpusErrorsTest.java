package org.premark.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.premark.cli.Cli;

/** A corpus that cannot be read fails with a message naming the folder or file, and the CLI prints one line. */
class NotesCorpusErrorsTest {

    @TempDir
    Path dir;

    @Test
    void missingFolder() {
        Path missing = dir.resolve("no-such-corpus");
        assertThatThrownBy(() -> NotesSearcherLucene.open(missing))
                .isInstanceOf(NotesException.class)
                .hasMessage("notes folder not found: " + missing);
    }

    @Test
    void aFileInsteadOfAFolder() throws Exception {
        Path file = Files.writeString(dir.resolve("corpus.txt"), "Stalin.");
        assertThatThrownBy(() -> NotesSearcherLucene.open(file))
                .isInstanceOf(NotesException.class).hasMessage("not a folder: " + file);
    }

    @Test
    void folderWithoutNotes() throws Exception {
        Files.writeString(dir.resolve("README.md"), "not a note");
        assertThatThrownBy(() -> NotesSearcherLucene.open(dir))
                .isInstanceOf(NotesException.class).hasMessage("no .txt note files in " + dir);
    }

    @Test
    void onlyEmptyNotes() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "");
        Files.writeString(dir.resolve("b.txt"), "\n\n## Heading only\n");
        assertThatThrownBy(() -> NotesSearcherLucene.open(dir))
                .isInstanceOf(NotesException.class).hasMessageContaining(dir.toString())
                .hasMessageContaining("no passages");
    }

    @Test
    void binaryFile() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "Stalin was General Secretary.");
        Path binary = dir.resolve("b.txt");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D});
        assertThatThrownBy(() -> NotesSearcherLucene.open(dir))
                .isInstanceOf(NotesException.class)
                .hasMessageStartingWith(binary.toString())
                .hasMessageContaining("binary");
    }

    @Test
    void controlCharactersWithoutNulAreBinaryToo() throws Exception {
        Path binary = dir.resolve("c.txt");
        Files.write(binary, new byte[] {1, 2, 3, 4, 5, 6, 7, 'a', 'b'});
        assertThatThrownBy(() -> NotesSearcherLucene.open(dir))
                .isInstanceOf(NotesException.class)
                .hasMessageStartingWith(binary.toString()).hasMessageContaining("binary");
    }

    @Test
    void notUtf8() throws Exception {
        Path latin1 = dir.resolve("notes.txt");
        Files.write(latin1, "Stalin’s r\u00f4le".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> NotesSearcherLucene.open(dir))
                .isInstanceOf(NotesException.class)
                .hasMessageStartingWith(latin1 + " is not UTF-8 text")
                .hasMessageContaining("offset");
    }

    @Test
    void cliPrintsOneLineAndFailsWithoutAStackTrace() throws Exception {
        Path latin1 = dir.resolve("notes.txt");
        Files.write(latin1, "r\u00f4le".getBytes(StandardCharsets.ISO_8859_1));
        for (String[] argv : new String[][] {
                {"search", "Stalin", "--corpus", dir.resolve("missing").toString()},
                {"search", "Stalin", "--corpus", dir.toString()},
                {"notes", "clean", "--from", dir.toString(), "--out", dir.resolve("out").toString()}}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = Cli.standard().run(argv, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            String error = err.toString(StandardCharsets.UTF_8);
            assertThat(code).as(String.join(" ", argv)).isEqualTo(1);
            assertThat(error.strip().lines()).hasSize(1);
            assertThat(error).startsWith("premark ").doesNotContain("Exception", "\tat ");
            assertThat(error).containsAnyOf("missing", "notes.txt");
        }
    }
}
