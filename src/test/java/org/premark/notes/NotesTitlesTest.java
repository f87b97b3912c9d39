package org.premark.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotesTitlesTest {

    @TempDir
    Path dir;

    @Test
    void everyNoteFileOfTheCorpusHasAReadableTitle() throws NotesException {
        Map<String, String> titles = NotesFiles.titles(Path.of("corpus"));
        for (Path note : NotesFiles.list(Path.of("corpus"))) {
            assertTrue(titles.containsKey(note.getFileName().toString()), "no title for " + note);
        }
        assertEquals("Stalin rise to power", titles.get("001_0fd55eea29fdbcdc.txt"));
    }

    @Test
    void theManifestIsOptionalAndABadLineIsNamed() throws Exception {
        assertEquals(Map.of(), NotesFiles.titles(dir));
        Files.writeString(dir.resolve(NotesFiles.TITLES), "# comment\n\na.txt\tA title\nb.txt\n");
        NotesException e = assertThrows(NotesException.class, () -> NotesFiles.titles(dir));
        assertTrue(e.getMessage().contains("line 4"), e.getMessage());
        Files.writeString(dir.resolve(NotesFiles.TITLES), "a.txt\tA title\n");
        assertEquals(Map.of("a.txt", "A title"), NotesFiles.titles(dir));
    }
}
