package org.premark.classset;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.premark.csv.CsvProblem;

/**
 * Class sets and their answers. Reads that take an owner return nothing for another teacher's batch, so
 * callers cannot leak one teacher's class to another by forgetting a check.
 */
public interface ClassSetStore {

    /** Saves the batch, its answers and skipped rows in one transaction: all or nothing. */
    ClassSet create(String owner, String rubricId, String fileName, String name, List<NewAnswer> answers,
                    List<CsvProblem> skipped, Instant now);

    /** As {@link #create(String, String, String, String, List, List, Instant)}, named after the file. */
    default ClassSet create(String owner, String rubricId, String fileName, List<NewAnswer> answers,
                            List<CsvProblem> skipped, Instant now) {
        return create(owner, rubricId, fileName, fileName, answers, skipped, now);
    }

    Optional<ClassSet> find(String id, String owner);

    /** The owner's batches, newest first. */
    List<ClassSet> list(String owner);

    /** The batch's answers in file order. */
    List<StoredAnswer> answers(String batchId);

    Optional<StoredAnswer> answer(String batchId, String answerId);

    boolean delete(String id, String owner);

    /** Marks the answer reviewed with its suggestion accepted; false when there is no such answer. */
    boolean accept(String batchId, String answerId, String by, Instant at);

    /** Accepts every marked answer not yet reviewed; returns how many. */
    int acceptRemaining(String batchId, String by, Instant at);

    /** Sets or replaces the override (which also marks the answer reviewed); false when there is no such answer. */
    boolean override(String batchId, String answerId, MarkOverride override);

    /** Removes the override and the review with it; false when there is no such answer. */
    boolean clearOverride(String batchId, String answerId);

    // --- background marking ---

    /** Batches still marking, oldest first, of every owner: work to resume after a restart. */
    List<ClassSet> unfinished();

    /** Answers of the batch with neither a result nor an error yet, in file order. */
    List<StoredAnswer> unmarked(String batchId);

    void saveResult(String batchId, String answerId, int mark, String level, List<String> flags, String resultJson,
                    Instant at);

    void saveError(String batchId, String answerId, String message, Instant at);

    /** Marks the batch done when no answer is left; true if this call finished it. */
    boolean finishIfComplete(String batchId, Instant now);
}
