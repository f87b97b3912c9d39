package org.premark.reasoning;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.premark.claims.Claim;

/**
 * Tells an answer on the same broad topic that misses the question (Stalin's background for a question about
 * Trotsky, the Five Year Plans for one about the Purges) from a weak but relevant one. Examiners give such an
 * answer 0 however much it knows, so premark looks at how much of it touches the question at all:
 * <ul>
 *   <li><b>off-topic</b> (the mark is 0): an answer of at least {@code minSentences} sentences that never names
 *       the question's subject, explains no point, and earns a point in at most {@code maxOnPointShare} of its
 *       sentences. Its few matches are read as accidents of wording: an answer about the question names what the
 *       question is about somewhere in several sentences. The verdict is less sure (the teacher should check it)
 *       when a point had matched or a clause names the question's outcome ("controlled", "reliable" are common
 *       words of other stories too);</li>
 *   <li>an answer that never names the subject is off-topic in the same way even when one of its few matched
 *       clauses reads as explained: the link of an answer on another question ends in an outcome of that
 *       question's story ("so the peasants stopped growing grain"), which the focus's everyday words
 *       ("stop") can meet by accident. What decides is the share of its sentences that earn a point;</li>
 *   <li><b>another question on the subject</b> (the mark is 0): an answer as long that names the subject but
 *       shares no other word with the question, no clause of which reaches the focus, and that earns no point
 *       at all (Trotsky's part in the Civil War for "why did
 *       Trotsky lose the struggle with Stalin"). Its content belongs to another topic of the course; since it
 *       names the subject the verdict is unsure and the teacher checks it;</li>
 *   <li><b>thin</b> (only sent to review): an answer as long that names the subject but earns its points in
 *       at most that share of its sentences and explains none. The mark rests on one clause of a long answer,
 *       which may be on another question: precision matters more than recall, so the teacher decides.</li>
 * </ul>
 * A rubric without a subject never makes an answer off-topic. Immutable and thread-safe.
 */
public final class OffTopic {

    /**
     * @param offTopic  the answer misses the question: it earns 0
     * @param thin      the answer names the subject but earns points in few of its sentences: review it
     * @param sentences how many sentences the answer has
     * @param onPoint   how many of them earn a point
     * @param dropped   the claims whose points an off-topic answer loses (empty unless {@code offTopic})
     * @param reaches   some clause reaches the question's focus
     * @param period    for a thin answer zeroed because its years lie outside the question's period, those
     *                  years and the period ({@link QuestionPeriod}); null otherwise
     * @param onSubject an off-topic answer that names the question's subject but shares no other word with the
     *                  question: it answers another question about the same person
     */
    public record Verdict(boolean offTopic, boolean thin, int sentences, int onPoint, List<Integer> dropped,
            boolean reaches, QuestionPeriod.Outside period, boolean onSubject) {

        /** A verdict that is not about another question on the subject. */
        public Verdict(boolean offTopic, boolean thin, int sentences, int onPoint, List<Integer> dropped,
                boolean reaches, QuestionPeriod.Outside period) {
            this(offTopic, thin, sentences, onPoint, dropped, reaches, period, false);
        }

        /** A verdict that is not about the question's period. */
        public Verdict(boolean offTopic, boolean thin, int sentences, int onPoint, List<Integer> dropped,
                boolean reaches) {
            this(offTopic, thin, sentences, onPoint, dropped, reaches, null);
        }

        public Verdict {
            if (period != null && !offTopic) {
                throw new IllegalArgumentException("only an off-topic verdict names the period it misses");
            }
            if (onSubject && (!offTopic || period != null)) {
                throw new IllegalArgumentException("only an off-topic verdict not about its period is on the subject");
            }
            if (offTopic && thin) {
                throw new IllegalArgumentException("an answer is off-topic or thin, not both");
            }
            if (sentences < 0 || onPoint < 0 || onPoint > sentences) {
                throw new IllegalArgumentException("need 0 <= onPoint <= sentences, got " + onPoint + " of " + sentences);
            }
            dropped = List.copyOf(dropped);
        }

        /** Neither off-topic nor thin. */
        public static final Verdict ON_TOPIC = new Verdict(false, false, 0, 0, List.of(), false);

        /**
         * A thin answer whose dated content lies in another period answers another question on the same
         * people: it is off-topic, and since it names the subject the teacher should check it.
         *
         * @param credited the claims whose points it loses
         */
        public Verdict outOfPeriod(QuestionPeriod.Outside outside, List<Integer> credited) {
            if (!thin) {
                throw new IllegalStateException("only a thin answer is judged by its period");
            }
            return new Verdict(true, false, sentences, onPoint, credited, reaches,
                    Objects.requireNonNull(outside, "outside"));
        }

        /**
         * An off-topic verdict the teacher should check: a point had matched, a clause names the outcome, or the
         * answer names the subject.
         */
        public boolean unsure() {
            return offTopic && (!dropped.isEmpty() || reaches || period != null || onSubject);
        }
    }

    private final int minSentences;
    private final double maxOnPointShare;

    /**
     * @param minSentences    an answer shorter than this is never judged off-topic or thin: a short answer often
     *                        says "they" or "it" for the subject
     * @param maxOnPointShare at most this share of the sentences earn a point in an off-topic or thin answer
     */
    public OffTopic(int minSentences, double maxOnPointShare) {
        if (minSentences < 1) {
            throw new IllegalArgumentException("minSentences must be at least 1, got " + minSentences);
        }
        if (!(maxOnPointShare >= 0 && maxOnPointShare <= 1)) {
            throw new IllegalArgumentException("maxOnPointShare must be in [0, 1], got " + maxOnPointShare);
        }
        this.minSentences = minSentences;
        this.maxOnPointShare = maxOnPointShare;
    }

    /**
     * @param claims     the answer's claims
     * @param terms      each claim's terms, parallel to {@code claims}
     * @param pointOf    each claim's credited point id, or null; parallel to {@code claims}
     * @param explained  whether any point is explained
     * @param focus      the question's focus
     */
    public Verdict decide(List<Claim> claims, List<List<String>> terms, List<String> pointOf, boolean explained,
            FocusMatcher focus) {
        return decide(claims, terms, pointOf, explained, focus, null);
    }

    /**
     * @param question the question's own terms, or null to leave out the test for another question on the
     *                 subject
     */
    public Verdict decide(List<Claim> claims, List<List<String>> terms, List<String> pointOf, boolean explained,
            FocusMatcher focus, List<String> question) {
        if (claims.size() != terms.size() || claims.size() != pointOf.size()) {
            throw new IllegalArgumentException("claims, terms and pointOf must be parallel");
        }
        TreeSet<Integer> sentences = new TreeSet<>();
        TreeSet<Integer> onPoint = new TreeSet<>();
        boolean reaches = false;
        List<Integer> credited = new ArrayList<>();
        List<String> all = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            int s = claims.get(i).sentence();
            sentences.add(s);
            all.addAll(terms.get(i));
            if (pointOf.get(i) != null) {
                onPoint.add(s);
                credited.add(i);
            }
            reaches |= focus.hasFocus() && focus.reaches(terms.get(i));
        }
        int n = sentences.size();
        if (n < minSentences || onPoint.size() > maxOnPointShare * n) {
            return new Verdict(false, false, n, onPoint.size(), List.of(), reaches);
        }
        // An explanation does not keep an answer on the question when the answer never names what the question is
        // about: its links end in the outcomes of another story.
        if (focus.hasSubject() && !focus.namesSubject(all)) {
            return new Verdict(true, false, n, onPoint.size(), credited, reaches);
        }
        if (explained) {
            return new Verdict(false, false, n, onPoint.size(), List.of(), reaches);
        }
        if (question != null && focus.hasSubject() && credited.isEmpty() && !reaches
                && onlySubjectShared(all, question, focus)) {
            return new Verdict(true, false, n, onPoint.size(), credited, false, null, true);
        }
        return new Verdict(false, !credited.isEmpty(), n, onPoint.size(), List.of(), reaches);
    }

    /**
     * Whether every question term the answer uses is the subject: a waffling answer repeats the question's other
     * words ("lose", "struggle"), an answer on another question about the same person needs none of them.
     */
    private static boolean onlySubjectShared(List<String> answer, List<String> question, FocusMatcher focus) {
        Set<String> shared = new HashSet<>(question);
        shared.retainAll(new HashSet<>(answer));
        for (String t : shared) {
            if (!t.isEmpty() && Character.isLetter(t.charAt(0)) && !focus.namesSubject(List.of(t))) {
                return false;
            }
        }
        return true;
    }
}
