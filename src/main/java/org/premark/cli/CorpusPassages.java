package org.premark.cli;

import java.nio.file.Path;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.premark.notes.NotesException;
import org.premark.notes.NotesSearcherLucene;
import org.premark.notes.Passage;

/**
 * Whether a passage id exists in the corpus, for rubric checks. Loads the corpus only when a rubric first
 * refers to a passage, so checking rubrics without references stays fast.
 */
final class CorpusPassages implements Predicate<String> {

    private final Path corpus;
    private Set<String> ids;

    CorpusPassages(Path corpus) {
        this.corpus = corpus;
    }

    @Override
    public synchronized boolean test(String id) {
        if (ids == null) {
            try (NotesSearcherLucene notes = NotesSearcherLucene.open(corpus)) {
                ids = notes.passages().stream().map(Passage::id).collect(Collectors.toUnmodifiableSet());
            } catch (NotesException e) {
                ids = Set.of();
            }
        }
        return ids.contains(id);
    }
}
