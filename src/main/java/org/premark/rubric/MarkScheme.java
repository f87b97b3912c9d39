package org.premark.rubric;

import java.util.List;

/**
 * Turns what an answer credits into a mark, and says in its own words what would raise it: either
 * level-of-response or a points table. Each scheme owns both its rule and its wording.
 */
public sealed interface MarkScheme permits LevelScheme, PointsScheme {

    /**
     * The mark for an answer that credits each rubric point as {@code credits} says.
     *
     * @param credits every rubric point with its credit, in rubric order
     * @param general the answer has relevant content but credits no point
     */
    Award award(List<PointCredit> credits, boolean general);

    /**
     * The scheme's advice to the student on {@code award}: what the mark rewards and what would raise it, in
     * the scheme's own terms (levels speak of explaining reasons, a points table of making points). Advice on
     * single points (which to explain, which to read about) is the marker's; this is the part that depends on
     * the rule. Empty when the scheme has nothing to add.
     */
    List<String> advice(List<PointCredit> credits, Award award);

    /** Whether explaining a point, rather than naming it, can raise the mark under this scheme. */
    boolean rewardsExplanation();

    /**
     * @param explained  number of distinct points the answer explains
     * @param identified number of distinct points the answer only identifies (a point explained anywhere
     *                   counts once, as explained, and not here)
     * @param general    the answer has relevant content but credits no point
     */
    Award award(int explained, int identified, boolean general);

    /** The highest mark the scheme can give. */
    int maxMark();

}
