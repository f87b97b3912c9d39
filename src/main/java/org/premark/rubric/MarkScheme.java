package org.premark.rubric;

/** Turns what an answer credits into a mark: either level-of-response or a points table. */
public sealed interface MarkScheme permits LevelScheme, PointsScheme {

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
