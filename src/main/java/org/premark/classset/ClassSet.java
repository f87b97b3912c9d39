package org.premark.classset;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.premark.csv.CsvProblem;

/**
 * A class set uploaded by one teacher for one question.
 *
 * @param done       answers marked so far (or failed), out of {@code total}
 * @param finishedAt when the last answer was marked; null while marking
 * @param name       what the teacher called the set (the file name if they gave none)
 * @param skipped    rows of the CSV that were not taken, each with its line and reason
 */
public record ClassSet(String id, String owner, String rubricId, String fileName, String name, ClassSetStatus status,
                       int total, int done, Instant createdAt, Instant finishedAt, List<CsvProblem> skipped) {

    public ClassSet {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(rubricId, "rubricId");
        Objects.requireNonNull(fileName, "fileName");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        if (total < 0 || done < 0 || done > total) {
            throw new IllegalArgumentException("done must be in 0.." + total + ", got " + done);
        }
        skipped = List.copyOf(Objects.requireNonNull(skipped, "skipped"));
    }
}
