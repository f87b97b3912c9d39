package org.premark.marking;

import java.util.List;

/**
 * Matching stage: one kind of evidence that a claim makes a rubric point. A {@link PointScorer} asks its signals
 * in order and credits the claim with the best score any of them gives. Built per rubric; implementations are
 * immutable and thread-safe.
 *
 * <p>To add a signal (say, sentence embeddings): write {@code PointSignalEmbeddings implements PointSignal} and
 * add it to the list of signals where {@link MarkerLexical} builds a rubric's scorer.
 */
interface PointSignal {

    /**
     * This signal's scores for one claim: any number of them, at most one per point matters (the best). A score
     * at or above {@link MarkingSettings#matchThreshold()} can earn its point.
     *
     * @param earlier the scores of the signals asked before this one, so that a signal can act as a second
     *                opinion on their near misses; read-only
     */
    List<PointScore> score(ClaimTerms claim, List<PointScore> earlier);
}
