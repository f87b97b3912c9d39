package org.premark.marking;

import java.util.List;
import java.util.Set;

/**
 * One compiled piece of a rubric point's wording: its label, a cue or synonym, or an example phrasing.
 *
 * @param terms    the phrase's terms in order
 * @param termSet  the same terms as a set
 * @param negative the phrase is itself negative ("Lenin named no successor"), so it may match negated claims
 * @param example  an example phrasing (scored by overlap) rather than a cue (scored as a whole)
 * @param weight   the summed rarity weight of its distinct terms
 * @param text     the phrase as the rubric writes it
 */
record Phrase(List<String> terms, Set<String> termSet, boolean negative, boolean example, double weight, String text) {
}
