package org.premark.marking;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.premark.claims.Claim;
import org.premark.notes.NotesSearcher;
import org.premark.notes.SearchHit;
import org.premark.reasoning.FocusMatcher;
import org.premark.reasoning.OtherReasons;

/**
 * Crediting stage, reasons outside the rubric: which of the {@link OtherReasons} candidates the suggested mark
 * counts as an explained reason. Examiners credit any valid reason, so an answer that explains one loses marks
 * an examiner would give; but premark cannot tell a valid reason from an invented one, so it counts one only
 * when three things hold together, and always shows it and sends the answer to review:
 * <ol>
 *   <li>it is <b>explained</b>: a causal link in it reaches the question's focus (what makes it a candidate);</li>
 *   <li>it is a <b>reason of its own</b>: no rubric point is credited in its block (paragraph, or sentences from a
 *       new-reason opener to the next), so it is not the development of a point the answer already earns;</li>
 *   <li>the <b>notes support it</b>: a Lucene search of the notes with the block finds, among the top
 *       {@code notes.top-passages}, a passage holding at least {@code credit.other-min-notes-terms} of the
 *       block's specific terms (a topic the course teaches, not a story the student made up).</li>
 * </ol>
 * At most {@code credit.other-max-counted} are counted (0 turns counting off). Immutable and thread-safe.
 */
final class OtherReasonCredit {

    private final OtherReasons finder;
    private final NotesSearcher notes;
    private final Terms terms;
    private final Predicate<String> specific;
    private final int maxCounted;
    private final int minNotesTerms;
    private final int topPassages;

    /**
     * @param notes    the notes; null when there are none (nothing is then counted)
     * @param specific whether a term is specific content (rare in the notes, and in them)
     */
    OtherReasonCredit(OtherReasons finder, NotesSearcher notes, Terms terms, Predicate<String> specific,
            MarkingSettings settings) {
        this.finder = finder;
        this.notes = notes;
        this.terms = terms;
        this.specific = specific;
        this.maxCounted = settings.creditOtherMaxCounted();
        this.minNotesTerms = settings.creditOtherMinNotesTerms();
        this.topPassages = settings.notesTopPassages();
    }

    /**
     * The other reasons the mark counts, at most {@code credit.other-max-counted}, in answer order.
     *
     * @param pointOf  each claim's credited point id, or null
     * @param linkEnds claims where a credited point's link reaches the focus
     * @param common   terms that never make a cause specific (the question's)
     */
    List<OtherReason> counted(String answer, List<Claim> claims, List<List<String>> claimTerms, String[] pointOf,
            Set<Integer> linkEnds, FocusMatcher focus, Collection<String> common) {
        return counted(answer, claims, claimTerms, pointOf, new String[claims.size()], linkEnds, focus, common);
    }

    /** @param matchedOf each claim's best point id when its wording cleared the threshold, credited or not */
    List<OtherReason> counted(String answer, List<Claim> claims, List<List<String>> claimTerms, String[] pointOf,
            String[] matchedOf, Set<Integer> linkEnds, FocusMatcher focus, Collection<String> common) {
        List<OtherReason> out = new ArrayList<>();
        if (notes == null || maxCounted == 0 || focus == null || !focus.hasFocus()) {
            return out;
        }
        for (OtherReasons.Candidate c : finder.find(answer, claims, claimTerms, pointOf, matchedOf, linkEnds, focus,
                specific, common)) {
            if (out.size() >= maxCounted) {
                break;
            }
            if (!finder.standsAlone(answer, claims, pointOf, c)) {
                continue;
            }
            int[] block = finder.block(answer, claims, c);
            Set<String> own = new LinkedHashSet<>();
            for (int k = block[0]; k < block[1]; k++) {
                claimTerms.get(k).stream().filter(specific).filter(t -> !common.contains(t)).forEach(own::add);
            }
            String text = answer.substring(claims.get(block[0]).start(), claims.get(block[1] - 1).end());
            OtherReason found = supported(answer, text, own, claims, block, c);
            if (found != null) {
                out.add(found);
            }
        }
        return out;
    }

    /** Each claim's best point id when it cleared {@code threshold}, credited or not; else null. */
    static String[] matched(List<PointScore> best, double threshold) {
        String[] out = new String[best.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = best.get(i) != null && best.get(i).value() >= threshold ? best.get(i).point().id() : null;
        }
        return out;
    }

    /** The reason with the first top passage that holds enough of its specific terms, or null. */
    private OtherReason supported(String answer, String text, Set<String> own, List<Claim> claims, int[] block,
            OtherReasons.Candidate c) {
        if (own.size() < minNotesTerms) {
            return null;
        }
        for (SearchHit hit : notes.search(text, topPassages)) {
            Set<String> passage = new HashSet<>(terms.exactTerms(hit.passage().heading() + " "
                    + hit.passage().text()));
            List<String> shared = own.stream().filter(passage::contains).sorted().toList();
            if (shared.size() >= minNotesTerms) {
                Claim open = claims.get(block[0]);
                int end = open.end();
                for (int k = block[0]; k < block[1] && claims.get(k).sentence() == open.sentence(); k++) {
                    end = claims.get(k).end();
                }
                var p = hit.passage();
                return new OtherReason(new Span(open.start(), end, answer.substring(open.start(), end)),
                        new Span(c.start(), c.end(), c.text()), shared,
                        new Evidence(p.source(), p.id(), p.heading(), p.text()));
            }
        }
        return null;
    }
}
