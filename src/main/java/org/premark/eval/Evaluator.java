package org.premark.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.premark.marking.MarkResult;
import org.premark.marking.Marker;
import org.premark.rubric.Rubric;

/** Marks a gold set and compares the marker with the examiner. */
public final class Evaluator {

    private final Marker marker;
    private final Function<String, Rubric> rubrics;

    /** @param rubrics finds a rubric by id, or returns null */
    public Evaluator(Marker marker, Function<String, Rubric> rubrics) {
        this.marker = marker;
        this.rubrics = rubrics;
    }

    public EvalReport evaluate(List<GoldAnswer> gold) {
        return report(mark(gold));
    }

    /**
     * Marks every answer, in the order given.
     *
     * @throws IllegalArgumentException naming the line of the first answer whose rubric is unknown or whose mark
     *                                  is above its rubric's maximum
     */
    public List<Scored> mark(List<GoldAnswer> gold) {
        if (gold.isEmpty()) {
            throw new IllegalArgumentException("the marked set has no answers");
        }
        for (GoldAnswer g : gold) {
            Rubric rubric = rubrics.apply(g.rubricId());
            if (rubric == null) {
                throw new IllegalArgumentException("line " + g.line() + ": unknown rubric '" + g.rubricId() + "'");
            }
            if (g.mark() > rubric.maxMark()) {
                throw new IllegalArgumentException("line " + g.line() + ": mark " + g.mark() + " is above the"
                        + " maximum " + rubric.maxMark() + " of rubric '" + g.rubricId() + "'");
            }
        }
        return gold.parallelStream()
                .map(g -> new Scored(g, marker.mark(rubrics.apply(g.rubricId()), g.answer())))
                .toList();
    }

    /** The figures for answers already marked. */
    public static EvalReport report(List<Scored> scored) {
        if (scored.isEmpty()) {
            throw new IllegalArgumentException("no marked answers to report on");
        }
        int min = 0;
        int max = 0;
        for (Scored s : scored) {
            max = Math.max(max, Math.max(s.result().maxMark(), Math.max(s.gold().mark(), s.result().mark())));
        }
        int[] g = scored.stream().mapToInt(s -> s.gold().mark()).toArray();
        int[] p = scored.stream().mapToInt(s -> s.result().mark()).toArray();
        Map<String, List<Scored>> byQuestion = new TreeMap<>();
        for (Scored s : scored) {
            byQuestion.computeIfAbsent(s.gold().rubricId(), k -> new ArrayList<>()).add(s);
        }
        TreeMap<String, Figures> perQuestion = new TreeMap<>();
        for (Map.Entry<String, List<Scored>> e : byQuestion.entrySet()) {
            int[] qg = e.getValue().stream().mapToInt(s -> s.gold().mark()).toArray();
            int[] qp = e.getValue().stream().mapToInt(s -> s.result().mark()).toArray();
            perQuestion.put(e.getKey(), Figures.of(qg, qp, min, max));
        }
        Counts credited = Counts.ZERO;
        Counts explained = Counts.ZERO;
        Counts identified = Counts.ZERO;
        TreeMap<String, Counts> perPoint = new TreeMap<>();
        List<Scored> disagreements = new ArrayList<>();
        int labelled = 0;
        int bigMisses = 0;
        int bigMissesFlagged = 0;
        int flagged = 0;
        int withOther = 0;
        int withOtherFlagged = 0;
        for (Scored s : scored) {
            MarkResult r = s.result();
            boolean needsReview = flagged(r, Review.NEEDS_REVIEW);
            flagged += needsReview ? 1 : 0;
            if (Math.abs(s.gold().mark() - r.mark()) >= Review.BIG_MISS) {
                bigMisses++;
                bigMissesFlagged += needsReview ? 1 : 0;
            }
            if (!s.gold().otherValid().isEmpty()) {
                withOther++;
                withOtherFlagged += flagged(r, Review.OTHER_REASON) ? 1 : 0;
            }
            if (!s.gold().labelled()) {
                if (s.gold().mark() != r.mark()) {
                    disagreements.add(s);
                }
                continue;
            }
            labelled++;
            Set<String> goldCredited = union(s.gold().explained(), s.gold().identified());
            Set<String> predCredited = union(Set.copyOf(r.explained()), Set.copyOf(r.identified()));
            credited = credited.plus(compare(goldCredited, predCredited));
            explained = explained.plus(compare(s.gold().explained(), Set.copyOf(r.explained())));
            identified = identified.plus(compare(s.gold().identified(), Set.copyOf(r.identified())));
            for (String id : union(goldCredited, predCredited)) {
                perPoint.merge(s.gold().rubricId() + "/" + id,
                        compare(goldCredited.contains(id) ? Set.of(id) : Set.of(),
                                predCredited.contains(id) ? Set.of(id) : Set.of()), Counts::plus);
            }
            if (s.gold().mark() != r.mark() || !goldCredited.equals(predCredited)) {
                disagreements.add(s);
            }
        }
        Review review = new Review(new Share(bigMissesFlagged, bigMisses), new Share(flagged, scored.size()),
                new Share(withOtherFlagged, withOther));
        return new EvalReport(Figures.of(g, p, min, max), perQuestion, min, max, Agreement.confusion(g, p, min, max),
                labelled, credited, explained, identified, perPoint, review, disagreements);
    }

    /** By the flag's code as written in results, so a code added to the marker later counts without a change here. */
    private static boolean flagged(MarkResult r, String code) {
        return r.flags().stream().anyMatch(f -> f.code().code().equals(code));
    }

    private static Counts compare(Set<String> gold, Set<String> predicted) {
        int tp = 0;
        for (String id : predicted) {
            if (gold.contains(id)) {
                tp++;
            }
        }
        return new Counts(tp, predicted.size() - tp, gold.size() - tp);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.addAll(b);
        return out;
    }
}
