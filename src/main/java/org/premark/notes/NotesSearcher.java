package org.premark.notes;

import java.util.List;
import java.util.Optional;

/** Finds the revision-notes passages that match a query. */
public interface NotesSearcher {

    /** The {@code top} best passages for {@code query}, best first; equal scores are ordered by passage id. */
    List<SearchHit> search(String query, int top);

    /** The passage with this id, if the corpus has it. */
    Optional<Passage> passage(String id);

    /** All passages, in source then ordinal order. */
    List<Passage> passages();
}
