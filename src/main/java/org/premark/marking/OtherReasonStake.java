package org.premark.marking;

import org.premark.rubric.MarkScheme;

/**
 * Whether a reason outside the rubric can move the mark, and so is worth a teacher's review: an answer at the
 * top of its level, or one whose mark stays the same whether or not the reason is valid, gains nothing from a
 * second look, so the flag still shows the reason but does not send the answer to review.
 */
enum OtherReasonStake {
    /** Counted by the mark as an explained reason: it matters if the mark falls without it. */
    COUNTED,
    /** Explained but not counted: it matters if counting it would raise the mark. */
    EXPLAINED,
    /** Named but not explained, not counted: it matters if counting it as identified would raise the mark. */
    IDENTIFIED;

    /**
     * @param explained  distinct explained reasons the mark counts, other reasons it counts included
     * @param identified distinct reasons the mark counts as identified only
     * @param general    the answer has relevant content but credits no reason
     * @param mark       the mark given
     */
    boolean changesMark(MarkScheme scheme, int explained, int identified, boolean general, int mark) {
        if (explained < 0 || identified < 0 || (this == COUNTED && explained == 0)) {
            throw new IllegalArgumentException("counts " + explained + "/" + identified + " cannot hold a "
                    + name().toLowerCase() + " other reason");
        }
        int other = switch (this) {
            // Without the reason, the answer still has relevant content: at worst a general answer.
            case COUNTED -> scheme.award(explained - 1, identified, true).mark();
            case EXPLAINED -> scheme.award(explained + 1, identified, general).mark();
            case IDENTIFIED -> scheme.award(explained, identified + 1, general).mark();
        };
        return other != mark;
    }
}
