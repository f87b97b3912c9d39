package org.premark.reasoning;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.premark.claims.Claim;

/**
 * Finds explanations of causes that match no rubric point. Examiners credit any valid reason, so premark
 * neither credits nor ignores them: it names them for the teacher. A sentence is a candidate when it links a
 * cause to the question's focus (a causal connective and a clause that {@link FocusMatcher#reaches reaches}
 * the focus), no rubric point is credited in it or in the sentence its chain opens from, no credited point's
 * link ends in it, and its cause says something specific: at least {@code minSpecific} terms that are
 * specific in the notes (not "he was cunning", "he was better at politics"). A sentence that goes on developing
 * a point credited just before it belongs to that point, unless it takes up again the reason its block announced
 * ("Another reason was his illness. … So being ill meant …"), which credited no point.
 * <p>{@link #listed} finds reasons only <i>identified</i>: one added at the end of a list of short reasons.
 */
public final class OtherReasons {

    /** A sentence that explains a reason outside the rubric: its span in the answer and its text. */
    public record Candidate(int start, int end, String text, List<String> specific) {
    }

    private final int minSpecific;
    private final int followSentences;
    private final Collection<String> openers;
    private final Collection<String> listOpeners;
    private final Collection<String> listInside;
    private final int listedTail;

    /**
     * @param minSpecific     how many specific terms the cause needs
     * @param followSentences a sentence this close after a credited point develops that point
     * @param openers         phrases that open a new reason (lang/en/new-reason-openers.txt)
     */
    public OtherReasons(int minSpecific, int followSentences, Collection<String> openers) {
        this(minSpecific, followSentences, openers, List.of(), List.of(), 0);
    }

    /**
     * @param listOpeners words that add a reason to a list when a sentence opens with them ("And", "Also")
     * @param listInside  words that add a reason anywhere in a sentence's first clause ("he also …")
     * @param listedTail  a listed reason is among this many last sentences of its paragraph; 0: none is looked for
     */
    public OtherReasons(int minSpecific, int followSentences, Collection<String> openers,
            Collection<String> listOpeners, Collection<String> listInside, int listedTail) {
        if (minSpecific < 1 || followSentences < 0 || listedTail < 0) {
            throw new IllegalArgumentException("minSpecific >= 1, followSentences and listedTail >= 0");
        }
        this.minSpecific = minSpecific;
        this.followSentences = followSentences;
        this.openers = List.copyOf(openers);
        this.listOpeners = List.copyOf(listOpeners);
        this.listInside = List.copyOf(listInside);
        this.listedTail = listedTail;
    }

    /**
     * @param pointOf     each claim's credited point id, or null
     * @param linkEnds    claims where a credited point's link reaches the focus
     * @param specific    whether a term is specific content (rare in the notes, and in them)
     * @param common      terms that never make a cause specific (the question's and the focus words')
     */
    public List<Candidate> find(String answer, List<Claim> claims, List<List<String>> terms, String[] pointOf,
            Set<Integer> linkEnds, FocusMatcher focus, Predicate<String> specific, Collection<String> common) {
        return find(answer, claims, terms, pointOf, new String[claims.size()], linkEnds, focus, specific, common);
    }

    /**
     * As {@link #find(String, List, List, String[], Set, FocusMatcher, Predicate, Collection)}, where a cause
     * whose clause matched a rubric point that its block goes on to earn announces that point, though a later
     * rule took the clause's own credit away: "Firstly they were feared because of how many people they
     * arrested. In the Great Purge they seized …" is no reason outside the rubric. A matched point the block
     * does not earn leaves the cause a candidate (the rule that took the credit may have been right).
     *
     * @param matchedOf each claim's best point id when its wording cleared the threshold, credited or not; else null
     */
    public List<Candidate> find(String answer, List<Claim> claims, List<List<String>> terms, String[] pointOf,
            String[] matchedOf, Set<Integer> linkEnds, FocusMatcher focus, Predicate<String> specific,
            Collection<String> common) {
        if (matchedOf.length != claims.size()) {
            throw new IllegalArgumentException(matchedOf.length + " match marks for " + claims.size() + " claims");
        }
        List<Candidate> out = new ArrayList<>();
        if (!focus.hasFocus()) {
            return out;
        }
        int i = 0;
        while (i < claims.size()) {
            int s = claims.get(i).sentence();
            int end = i;
            while (end < claims.size() && claims.get(end).sentence() == s) {
                end++;
            }
            int from = i;
            Set<String> announcedTerms = takesUpAnnouncedReason(answer, claims, terms, pointOf, specific, common, i, end);
            boolean announced = !announcedTerms.isEmpty();
            // A sentence opening "This meant …" continues the one before: its cause is there (unless it names
            // again the reason its block announced, "So being ill meant …": then that is its cause).
            if (claims.get(i).causal() && i > 0 && !announced) {
                from = i - 1;
                while (from > 0 && claims.get(from - 1).sentence() == claims.get(i - 1).sentence()) {
                    from--;
                }
            }
            List<String> cause = explainsOutsideRubric(claims, terms, pointOf, linkEnds, focus, specific,
                    common, from, i, end, announcedTerms);
            if (cause != null && announcesBlockPoint(answer, claims, pointOf, matchedOf, from, end)) {
                cause = null;
            }
            if (cause != null && (announced || !developsPoint(answer, claims, pointOf, i))) {
                Claim first = claims.get(i);
                Claim last = claims.get(end - 1);
                out.add(new Candidate(first.start(), last.end(), answer.substring(first.start(), last.end()), cause));
            }
            i = end;
        }
        return out;
    }

    /**
     * Whether the sentence starting at claim {@code start} goes on developing a point credited in one of the
     * {@code followSentences} sentences before it, with no paragraph break or new-reason opener between.
     */
    private boolean developsPoint(String answer, List<Claim> claims, String[] pointOf, int start) {
        int sentence = claims.get(start).sentence();
        for (int k = start - 1; k >= 0; k--) {
            Claim c = claims.get(k);
            if (sentence - c.sentence() > followSentences
                    || answer.substring(c.end(), claims.get(k + 1).start()).indexOf('\n') >= 0) {
                return false;
            }
            if (pointOf[k] != null) {
                return !opensNewReason(claims.get(start));
            }
        }
        return false;
    }

    /**
     * Whether the sentence {@code [start, end)} names again, by a specific term, the reason that its block opened
     * on with a new-reason opener ("Another reason was that he was ill"), in an earlier sentence that credited no
     * point: then it develops that announced reason, even past a point credited in between. Returns the specific
     * terms it shares with the announcement (the cause it names again), empty when it does not.
     */
    private Set<String> takesUpAnnouncedReason(String answer, List<Claim> claims, List<List<String>> terms,
            String[] pointOf, Predicate<String> specific, Collection<String> common, int start, int end) {
        int from = start;
        while (from > 0 && !startsBlock(answer, claims, from)) {
            from--;
        }
        int sentence = claims.get(from).sentence();
        if (sentence == claims.get(start).sentence() || !opensNewReason(claims.get(from))) {
            return Set.of();
        }
        Set<String> announced = new HashSet<>();
        for (int k = from; k < claims.size() && claims.get(k).sentence() == sentence; k++) {
            if (pointOf[k] != null) {
                return Set.of();
            }
            terms.get(k).stream().filter(specific).filter(t -> !common.contains(t)).forEach(announced::add);
        }
        Set<String> shared = new HashSet<>();
        for (int k = start; k < end; k++) {
            terms.get(k).stream().filter(announced::contains).forEach(shared::add);
        }
        return shared;
    }

    /**
     * Reasons outside the rubric that an answer only <i>identifies</i>: a sentence that adds one more reason to a
     * list ("And he was accused of forming a faction.", "He also …"; {@code listOpeners}, {@code listInside}),
     * right after a sentence that credits a point, ends a credited point's link or opens on a causal link that
     * goes on explaining a point credited just before ("So …"), among its paragraph's last
     * {@code listedTail} sentences (where students list what they have not time to explain), or alone in a
     * paragraph that follows such a sentence, crediting no point itself, with no
     * credited link ending in it, and naming at least {@code minSpecific} specific terms. An examiner
     * identifies such a reason when it is valid; premark only names it.
     */
    public List<Candidate> listed(String answer, List<Claim> claims, List<List<String>> terms, String[] pointOf,
            Set<Integer> linkEnds, Predicate<String> specific, Collection<String> common) {
        List<Candidate> out = new ArrayList<>();
        if (listedTail == 0) {
            return out;
        }
        List<int[]> sentences = new ArrayList<>();
        for (int i = 0; i < claims.size(); ) {
            int end = i;
            while (end < claims.size() && claims.get(end).sentence() == claims.get(i).sentence()) {
                end++;
            }
            sentences.add(new int[] {i, end});
            i = end;
        }
        for (int s = 1; s < sentences.size(); s++) {
            int[] here = sentences.get(s);
            int[] before = sentences.get(s - 1);
            boolean opensParagraph = breaksParagraph(answer, claims, here[0]);
            // Only a sentence the student ended with a stop: a cut in a run-on is not a list's item. The reason
            // before it was credited, or that sentence goes on explaining one ("… So they saw him as disloyal.").
            if (!opensParagraph && !stopBefore(answer, claims, here[0])
                    || !credits(pointOf, before) && !endsLink(linkEnds, before)
                            && !continuesPoint(answer, claims, pointOf, before[0]) || credits(pointOf, here)
                    || !addsToList(claims.get(here[0]))) {
                continue;
            }
            int after = 0;
            for (int t = s + 1; t < sentences.size() && !breaksParagraph(answer, claims, sentences.get(t)[0]); t++) {
                after++;
            }
            // A sentence that opens a paragraph is a list's last item only as a paragraph of its own, the one
            // line a student adds under the reasons they explained ("He also made enemies of the officials.").
            if (after >= listedTail || opensParagraph && after > 0) {
                continue;
            }
            Set<String> own = new HashSet<>();
            boolean linked = false;
            for (int k = here[0]; k < here[1]; k++) {
                linked |= linkEnds.contains(k);
                terms.get(k).stream().filter(specific).filter(t -> !common.contains(t)).forEach(own::add);
            }
            if (linked || own.size() < minSpecific) {
                continue;
            }
            Claim first = claims.get(here[0]);
            Claim last = claims.get(here[1] - 1);
            out.add(new Candidate(first.start(), last.end(), answer.substring(first.start(), last.end()),
                    own.stream().sorted().toList()));
        }
        return out;
    }

    /**
     * Whether the sentence starting at claim {@code start} opens on a causal link ("So …", "This meant …") and
     * develops a point credited just before it: it goes on explaining that reason.
     */
    private boolean continuesPoint(String answer, List<Claim> claims, String[] pointOf, int start) {
        return claims.get(start).causal() && developsPoint(answer, claims, pointOf, start);
    }

    private static boolean endsLink(Set<Integer> linkEnds, int[] sentence) {
        for (int k = sentence[0]; k < sentence[1]; k++) {
            if (linkEnds.contains(k)) {
                return true;
            }
        }
        return false;
    }

    private static boolean credits(String[] pointOf, int[] sentence) {
        for (int k = sentence[0]; k < sentence[1]; k++) {
            if (pointOf[k] != null) {
                return true;
            }
        }
        return false;
    }

    private static boolean stopBefore(String answer, List<Claim> claims, int k) {
        String gap = answer.substring(claims.get(k - 1).end(), claims.get(k).start());
        return gap.indexOf('.') >= 0 || gap.indexOf('!') >= 0 || gap.indexOf('?') >= 0;
    }

    private static boolean breaksParagraph(String answer, List<Claim> claims, int k) {
        return k > 0 && answer.substring(claims.get(k - 1).end(), claims.get(k).start()).indexOf('\n') >= 0;
    }

    /** Whether a sentence's first clause adds a reason to a list: it opens on a list opener or holds an inside word. */
    private boolean addsToList(Claim first) {
        String t = first.text().toLowerCase(Locale.ROOT);
        for (String o : listOpeners) {
            if (first.connective().equals(o) && t.startsWith(o) || t.startsWith(o + " ") || t.startsWith(o + ",")) {
                return true;
            }
        }
        String padded = " " + t.replaceAll("[^a-z' ]", " ") + " ";
        for (String w : listInside) {
            if (padded.contains(" " + w + " ")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The reason block a candidate stands in, as claim indexes {@code [from, to)}: from the nearest paragraph
     * break or sentence that opens a new reason ("Also", "Another reason") at or before it, to the next one after
     * it. An examiner reads such a block as one reason.
     */
    public int[] block(String answer, List<Claim> claims, Candidate c) {
        int first = -1;
        int last = -1;
        for (int k = 0; k < claims.size(); k++) {
            if (claims.get(k).start() >= c.start() && first < 0) {
                first = k;
            }
            if (claims.get(k).end() <= c.end()) {
                last = k;
            }
        }
        if (first < 0 || last < first) {
            throw new IllegalArgumentException("the candidate is not made of these claims");
        }
        int from = first;
        while (from > 0 && !startsBlock(answer, claims, from)) {
            from--;
        }
        int to = last + 1;
        while (to < claims.size() && !startsBlock(answer, claims, to)) {
            to++;
        }
        return new int[] {from, to};
    }

    /**
     * Whether a candidate is a reason of its own: no rubric point is credited anywhere in its {@link #block}, so
     * it is not a development of a point the answer makes there.
     */
    public boolean standsAlone(String answer, List<Claim> claims, String[] pointOf, Candidate c) {
        int[] b = block(answer, claims, c);
        for (int k = b[0]; k < b[1]; k++) {
            if (pointOf[k] != null) {
                return false;
            }
        }
        return true;
    }

    /** A claim starts a block after a paragraph break, or as the first clause of a sentence opening a new reason. */
    private boolean startsBlock(String answer, List<Claim> claims, int k) {
        if (k == 0) {
            return true;
        }
        Claim before = claims.get(k - 1);
        Claim c = claims.get(k);
        if (answer.substring(before.end(), c.start()).indexOf('\n') >= 0) {
            return true;
        }
        return before.sentence() != c.sentence() && opensNewReason(c);
    }

    private boolean opensNewReason(Claim claim) {
        String t = claim.text().toLowerCase(Locale.ROOT);
        for (String o : openers) {
            if (claim.connective().equals(o) || t.startsWith(o + " ") || t.startsWith(o + ",")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a clause of {@code [from, end)} matched a point that is credited elsewhere in the block those
     * claims stand in: the sentence announces, or sums up, a reason the block earns.
     */
    private boolean announcesBlockPoint(String answer, List<Claim> claims, String[] pointOf, String[] matchedOf,
            int from, int end) {
        int first = from;
        while (first > 0 && !startsBlock(answer, claims, first)) {
            first--;
        }
        int last = end;
        while (last < claims.size() && !startsBlock(answer, claims, last)) {
            last++;
        }
        for (int k = from; k < end; k++) {
            if (matchedOf[k] == null || pointOf[k] != null) {
                continue;
            }
            for (int j = first; j < last; j++) {
                if (matchedOf[k].equals(pointOf[j])) {
                    return true;
                }
            }
        }
        return false;
    }

    private List<String> explainsOutsideRubric(List<Claim> claims, List<List<String>> terms, String[] pointOf,
            Set<Integer> linkEnds, FocusMatcher focus, Predicate<String> specific,
            Collection<String> common, int from, int start, int end, Set<String> announced) {
        boolean causal = false;
        int outcome = -1;
        for (int k = from; k < end; k++) {
            // A credited point's link that ends in a sentence naming again the announced reason passed through
            // that reason's block; the sentence still states the announced reason's outcome.
            if (pointOf[k] != null || linkEnds.contains(k) && announced.isEmpty()) {
                return null;
            }
            if (k >= start) {
                causal |= claims.get(k).causal();
                if (outcome < 0 && focus.reaches(terms.get(k))) {
                    outcome = k;
                }
            }
        }
        if (!causal || outcome < 0) {
            return null;
        }
        // The announced reason a sentence names again is its cause, even in the clause that reaches the focus.
        Set<String> cause = new HashSet<>(announced);
        for (int k = from; k < end; k++) {
            if (k != outcome) {
                cause.addAll(terms.get(k));
            }
        }
        cause.removeAll(common);
        List<String> found = cause.stream().filter(specific).sorted().toList();
        return found.size() >= minSpecific ? found : null;
    }
}
