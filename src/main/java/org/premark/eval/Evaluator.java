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
        if (gold.isEmpty()) {
            throw new IllegalArgumentException("the marked set has no answers");
        }
        for (GoldAnswer g : gold) {
            if (rubrics.apply(g.rubricId()) == null) {
                throw new IllegalArgumentException("line " + g.line() + ": unknown rubric '" + g.rubricId() + "'");
            }
        }
        List<Scored> scored = gold.parallelStream()
                .map(g -> new Scored(g, marker.mark(rubrics.apply(g.rubricId()), g.answer())))
                .toList();
        return report(scored);
    }

    static EvalReport report(List<Scored> scored) {
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
        for (Scored s : scored) {
            MarkResult r = s.result();
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
        return new EvalReport(Figures.of(g, p, min, max), perQuestion, min, max, Agreement.confusion(g, p, min, max),
                credited, explained, identified, perPoint, disagreements);
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
