/**
 * Marking in stages driven by {@link org.premark.marking.MarkerLexical}: matching claims to rubric points
 * ({@code PointSignal*}, {@code PointScorer}), crediting them ({@code PointCrediting*}), the rubric's scheme for
 * the mark, and reporting ({@code EvidenceFinder*}, {@code FlagRaiser*}, {@code FeedbackWriter*}), with every
 * threshold in {@link org.premark.marking.MarkingSettings}.
 */
package org.premark.marking;
