package org.premark.reasoning;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.premark.claims.Claim;

/**
 * Finds the causal link, if any, by which a claim's point reaches the question's focus. A point is explained
 * when its clause is joined by a causal connective to a clause that states the focus with content of its own:
 *
 * <ul>
 *   <li>in the clause itself ("Because the delegates owed Stalin their jobs they <i>voted for him</i>");</li>
 *   <li>before it, when the point is given as the reason ("<i>the old Bolsheviks distrusted him</i> because he had
 *       been a Menshevik");</li>
 *   <li>after it in the same sentence ("…, so <i>Trotsky was outvoted</i>");</li>
 *   <li>or through a chain over the next sentences that go on developing the same point, as long as the
 *       sentence that reaches the focus holds a causal link ("This meant…", "Because there was no pattern,
 *       <i>nobody felt safe</i>"). The chain stops at a paragraph break, at a sentence that opens a new reason
 *       ("Another reason…", "Also…") or names another point (a run-on sentence may still end the chain in an
 *       outcome stated before the other point's clause, unless that clause gives the outcome its reason), and
 *       after {@code maxSentences} sentences; a
 *       sentence that points back at the argument before it ("So they…", "This meant…", "… like this …")
 *       carries the argument on: it is not counted, and it carries the chain on past that budget.</li>
 * </ul>
 *
 * A "because" that explains another event of the story ("Trotsky missed the funeral because Stalin gave him
 * the wrong date") is no link to the focus, and neither is a bare tag ("This is why he lost"): its clause has
 * no content of its own ({@link FocusMatcher#reaches}), nor a closing tag that points at the answer's reasons and
 * only words the focus ("So these are the reasons they doubted him": {@link BareTags}); "…, which is why he was
 * outvoted" joins its clause to the one before and is no tag.
 *
 * <p>A sentence that argues by a condition ("If the will had been read out, he would have lost his job";
 * {@link Counterfactuals}) is a causal link, and inside a chain a step of reasoning that does not count towards
 * {@code maxSentences}. In a chain's sentence the link must lead <i>into</i> the outcome: a focus clause with no
 * causal link, reference back or clause of the point before it, that is the cause of the "so …" right after it,
 * explains some other event ("they all wanted power, so they struggled for it") and is not where the chain ends. A sentence that rejects a reason ("Some say he was feared, but I don't agree")
 * argues against it: a chain neither ends in it nor runs through it.
 */
public final class ExplanationLinks {

    /** Connectives that introduce the reason, so the outcome is the clause before them. */
    public static final Set<String> REASON_CONNECTIVES = Set.of("because", "because of", "since", "as", "due to",
            "as a result of", "as a consequence of");
    private final String answer;
    private final List<Claim> claims;
    private final List<List<String>> terms;
    private final String[] pointOf;
    private final FocusMatcher focus;
    private final Collection<String> openers;
    private final int maxSentences;
    /** Whether a clause points back at the argument before it, so its sentence is not counted in a chain. */
    private final Predicate<Claim> pointsBack;
    /** Whether each claim reaches the focus, worked out once per answer. */
    private final boolean[] reaches;
    /** Whether each claim's sentence argues by a condition ({@link Counterfactuals}). */
    private final boolean[] conditional;
    /** Whether each claim states what would follow from the condition of its sentence. */
    private final boolean[] wouldFollow;
    /** Whether each claim's sentence rejects a reason. */
    private final boolean[] rejecting;
    /** Each claim's link once asked (the narrative and the points ask the same claims), else {@link #UNKNOWN}. */
    private final int[] found;
    private static final int UNKNOWN = -2;

    /**
     * @param answer       the answer as sent (for paragraph breaks)
     * @param claims       its claims
     * @param terms        each claim's terms
     * @param pointOf      each claim's credited point id, or null
     * @param focus        the question's focus
     * @param openers      phrases that open a new reason
     * @param maxSentences how many following sentences a chain may run over
     */
    public ExplanationLinks(String answer, List<Claim> claims, List<List<String>> terms, String[] pointOf,
            FocusMatcher focus, Collection<String> openers, int maxSentences) {
        this(answer, claims, terms, pointOf, focus, openers, maxSentences, c -> false);
    }

    /**
     * @param pointsBack whether a clause points back at the argument before it ("This meant", "like this"): a
     *                   sentence holding one carries the chain on without counting towards {@code maxSentences}
     */
    public ExplanationLinks(String answer, List<Claim> claims, List<List<String>> terms, String[] pointOf,
            FocusMatcher focus, Collection<String> openers, int maxSentences,
            Predicate<Claim> pointsBack) {
        this(answer, claims, terms, pointOf, focus, openers, maxSentences, pointsBack, BareTags.NONE);
    }

    /**
     * @param bareTags tells a clause that only tags the answer's reasons ("So these are the reasons they doubted
     *                 him"): such a clause is no outcome, even when it names the focus
     */
    public ExplanationLinks(String answer, List<Claim> claims, List<List<String>> terms, String[] pointOf,
            FocusMatcher focus, Collection<String> openers, int maxSentences,
            Predicate<Claim> pointsBack, BareTags bareTags) {
        this(answer, claims, terms, pointOf, focus, openers, maxSentences, pointsBack, bareTags,
                Counterfactuals.NONE, c -> false);
    }

    /**
     * @param counterfactuals finds the sentences that argue by a condition, a causal link without a connective
     * @param rejects         whether a clause rejects a reason ("but I don't agree"): its sentence argues against
     *                        one, and no chain ends in it or runs through it
     */
    public ExplanationLinks(String answer, List<Claim> claims, List<List<String>> terms, String[] pointOf,
            FocusMatcher focus, Collection<String> openers, int maxSentences,
            Predicate<Claim> pointsBack, BareTags bareTags, Counterfactuals counterfactuals,
            Predicate<Claim> rejects) {
        this.pointsBack = pointsBack;
        this.answer = answer;
        this.claims = claims;
        this.terms = terms;
        this.pointOf = pointOf;
        this.focus = focus;
        this.openers = openers;
        this.maxSentences = maxSentences;
        this.reaches = new boolean[claims.size()];
        this.found = new int[claims.size()];
        java.util.Arrays.fill(found, UNKNOWN);
        for (int k = 0; k < claims.size(); k++) {
            boolean joined = k > 0 && claims.get(k - 1).sentence() == claims.get(k).sentence();
            reaches[k] = focus.reaches(terms.get(k)) && !bareTags.bare(claims.get(k), terms.get(k), focus, joined);
        }
        this.conditional = counterfactuals.conditional(claims);
        this.wouldFollow = counterfactuals.consequences(claims, conditional);
        this.rejecting = new boolean[claims.size()];
        for (int k = 0; k < claims.size(); k++) {
            if (rejects.test(claims.get(k))) {
                int s = claims.get(k).sentence();
                for (int m = 0; m < claims.size(); m++) {
                    rejecting[m] |= claims.get(m).sentence() == s;
                }
            }
        }
    }

    /** The index of the claim where claim {@code i}'s link reaches the focus, or -1 when it does not. */
    public int link(int i) {
        if (found[i] == UNKNOWN) {
            found[i] = find(i);
        }
        return found[i];
    }

    private int find(int i) {
        Claim claim = claims.get(i);
        if ((claim.causal() || wouldFollow[i]) && reaches[i]) {
            return i;
        }
        int sentence = claim.sentence();
        // A condition and what would follow from it, in either order.
        if (conditional[i]) {
            for (int k = 0; k < claims.size(); k++) {
                if (claims.get(k).sentence() == sentence && reaches[k] && wouldFollow[k]) {
                    return k;
                }
            }
        }
        // The point given as the reason for an outcome stated before it in the sentence.
        if (REASON_CONNECTIVES.contains(claim.connective())) {
            for (int k = i - 1; k >= 0 && claims.get(k).sentence() == sentence; k--) {
                if (reaches[k]) {
                    return k;
                }
            }
        }
        // Forward in the same sentence: a causal connective after the point, then the outcome.
        boolean linked = REASON_CONNECTIVES.contains(claim.connective());
        int j = i + 1;
        for (; j < claims.size() && claims.get(j).sentence() == sentence; j++) {
            linked |= claims.get(j).causal() || wouldFollow[j];
            if (linked && reaches[j]) {
                return j;
            }
        }
        // Over the following sentences that go on developing the same point.
        String point = pointOf[i];
        int crossed = 0;
        while (j < claims.size()) {
            int start = j;
            int s = claims.get(j).sentence();
            int end = j;
            while (end < claims.size() && claims.get(end).sentence() == s) {
                end++;
            }
            if (paragraphBreak(claims.get(start - 1), claims.get(start)) || opensNewReason(claims.get(start))
                    || rejecting[start]) {
                return -1;
            }
            // A run-on sentence may go on to another point: the chain may end in an outcome stated before it.
            int other = otherPoint(start, end, point);
            // ... unless that point is given as the reason for the outcome ("…so frightened because <point>").
            if (other == start || other < end && REASON_CONNECTIVES.contains(claims.get(other).connective())) {
                return -1;
            }
            boolean causal = false;
            boolean carriedOn = false;
            int outcome = -1;
            boolean into = samePoint(start, other, point);
            for (int k = start; k < other; k++) {
                boolean back = pointsBack.test(claims.get(k));
                causal |= claims.get(k).causal() || conditional[k];
                carriedOn |= back || (k == start && claims.get(k).causal()) || conditional[k];
                into |= claims.get(k).causal() || wouldFollow[k] || back;
                if (outcome < 0 && reaches[k] && (into || !causeOfNext(k, end))) {
                    outcome = k;
                }
            }
            // Past the budget only a sentence that refers back to the argument carries the chain on.
            if (crossed >= maxSentences && !carriedOn) {
                return -1;
            }
            if (causal && outcome >= 0) {
                return outcome;
            }
            if (other < end) {
                return -1;
            }
            if (!carriedOn) {
                crossed++;
            }
            j = end;
        }
        return -1;
    }

    /**
     * Whether claim {@code k} is the cause of the clause right after it in its sentence ("they all wanted power,
     * so they fought for it"): that clause opens on an outcome connective, not on a reason.
     */
    private boolean causeOfNext(int k, int end) {
        if (k + 1 >= end) {
            return false;
        }
        Claim next = claims.get(k + 1);
        return next.causal() && !REASON_CONNECTIVES.contains(next.connective());
    }

    /** Whether a claim in {@code [start, end)} is credited with {@code point}: the sentence develops it. */
    private boolean samePoint(int start, int end, String point) {
        for (int k = start; k < end; k++) {
            if (point != null && point.equals(pointOf[k])) {
                return true;
            }
        }
        return false;
    }

    private boolean paragraphBreak(Claim before, Claim after) {
        return answer.substring(before.end(), after.start()).indexOf('\n') >= 0;
    }

    /** The first claim in {@code [start, end)} credited with another point than {@code point}, else {@code end}. */
    private int otherPoint(int start, int end, String point) {
        for (int k = start; k < end; k++) {
            if (pointOf[k] != null && !pointOf[k].equals(point)) {
                return k;
            }
        }
        return end;
    }

    /**
     * The sentences that argue towards the focus: for every credited claim whose link reaches it, the sentences
     * from the point to the clause where the link ends. A chain over several sentences argues in each of them.
     */
    public Set<Integer> arguedSentences() {
        Set<Integer> out = new TreeSet<>();
        for (int i = 0; i < claims.size(); i++) {
            if (pointOf[i] == null) {
                continue;
            }
            int to = link(i);
            if (to < 0) {
                continue;
            }
            int a = Math.min(claims.get(i).sentence(), claims.get(to).sentence());
            int b = Math.max(claims.get(i).sentence(), claims.get(to).sentence());
            for (int s = a; s <= b; s++) {
                out.add(s);
            }
        }
        return out;
    }

    /** Whether the claim opens with a phrase that announces another reason ("Also", "Another reason"). */
    boolean opensNewReason(Claim claim) {
        String text = claim.text().toLowerCase(Locale.ROOT).replace('’', '\'');
        String connective = claim.connective();
        for (String o : openers) {
            if (connective.equals(o) || text.equals(o) || text.startsWith(o + " ") || text.startsWith(o + ",")) {
                return true;
            }
        }
        return false;
    }
}
