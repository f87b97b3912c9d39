package org.premark.rubric;

import java.nio.file.Path;
import java.util.List;

/** Reads and validates rubric files. */
public interface RubricReader {

    /** Reads one rubric file; throws with every problem found in it. */
    Rubric read(Path file) throws RubricException;

    /**
     * Reads every rubric file directly in a directory (sorted by file name), or the single file given.
     * Throws with the problems of all files, including rubric ids used twice.
     */
    List<Rubric> readAll(Path dirOrFile) throws RubricException;
}
