/**
 * How an answer reasons towards the question's focus: which causal links end in the outcome the question asks
 * about (explanation), whether the answer only tells events in order (narrative), which explained causes match
 * no rubric point (other reasons), and which reasons a single sentence lists. Works on claims and their terms
 * only, so it depends on {@code claims} and {@code rubric} and nothing in {@code marking}.
 */
package org.premark.reasoning;
