package org.premark.bench;

/** How a workload answer differs from the dev-set answer it was made from. */
enum Variation {
    /** Another answer on the same question appended, as a longer answer would run on. */
    JOINED,
    /** The sentences in a different order. */
    SHUFFLED,
    /** Letters swapped, dropped, doubled or replaced in a few words, as students misspell. */
    MISSPELLED
}
