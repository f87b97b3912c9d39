package org.premark.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class BundledTest {

    private static List<String> names(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theBundledFoldersAreCopiesOfTheCheckoutsNotesAndRubrics() throws Exception {
        for (String name : List.of(Bundled.CORPUS, Bundled.RUBRICS)) {
            Path copy = Bundled.copy(name);
            assertEquals(names(Path.of(name)), names(copy), name);
            for (String file : names(copy)) {
                assertEquals(Files.readString(Path.of(name, file)), Files.readString(copy.resolve(file)), file);
            }
            assertTrue(Bundled.isBundled(copy));
        }
    }

    @Test
    void aFolderThatIsThereWinsOverTheBundledCopy() {
        // The tests run in the checkout, which has corpus/ and rubrics/.
        assertEquals(Path.of("corpus"), Bundled.orBundled(Path.of("corpus"), Bundled.CORPUS));
        // A folder named explicitly is used even when missing, so that a typo is reported, not papered over.
        assertEquals(Path.of("no/such/notes"), Bundled.orBundled(Path.of("no/such/notes"), Bundled.CORPUS));
        assertNotEquals(Path.of("rubrics"), Bundled.orBundled(null, Bundled.RUBRICS));
    }
}
