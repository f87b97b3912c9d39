package org.premark.rubric;

/** How an answer credits one rubric point. */
public enum Credit {
    /** Credited and linked to what it led to. */
    EXPLAINED,
    /** Credited, but only named or described. */
    IDENTIFIED,
    /** Not credited. */
    MISSING
}
