package org.premark.marking;

import java.util.List;

/** Reporting stage: the flags a teacher sees on a marked answer. Flags never change the mark. */
interface FlagRaiser {

    /** The answer's flags, each code at most once, in a fixed order. */
    List<Flag> flags(MarkedAnswer answer);
}
