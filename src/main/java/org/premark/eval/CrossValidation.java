package org.premark.eval;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Leave-one-question-out cross-validation of a choice among marking settings. For each question, the setting
 * with the best QWK on the <em>other</em> questions is chosen and measured on the held-out question; the held-out
 * results of all questions together say how well choosing settings on some questions carries over to a new one.
 * Beside them: the setting chosen on all the data, measured on that same data (optimistic, as it has seen every
 * answer). Ties go to the earlier setting in the grid, so the result is deterministic.
 *
 * @param settings  the grid in order, each a label (e.g. {@code match.threshold=0.5}) to its marked answers
 * @param chosen    for each held-out question, the label chosen on the other questions
 * @param heldOut   the held-out marks of every question together, each from its fold's chosen setting
 * @param bestOnAll the label with the best QWK on all answers
 * @param allData   the figures of {@code bestOnAll} on all answers
 */
public record CrossValidation(Map<String, List<Scored>> settings, Map<String, String> chosen, EvalReport heldOut,
        String bestOnAll, EvalReport allData) {

    public CrossValidation {
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        chosen = Collections.unmodifiableMap(new TreeMap<>(chosen));
        Objects.requireNonNull(heldOut, "heldOut");
        Objects.requireNonNull(bestOnAll, "bestOnAll");
        Objects.requireNonNull(allData, "allData");
    }

    /**
     * @param grid each setting's label to the same answers marked with it, in the same order; at least one, and
     *             the answers must cover at least two questions
     */
    public static CrossValidation run(Map<String, List<Scored>> grid) {
        if (grid.isEmpty()) {
            throw new IllegalArgumentException("the grid has no settings");
        }
        List<Scored> first = grid.values().iterator().next();
        for (Map.Entry<String, List<Scored>> e : grid.entrySet()) {
            List<Scored> s = e.getValue();
            if (s.size() != first.size()) {
                throw new IllegalArgumentException("setting " + e.getKey() + " marked " + s.size() + " answers, not "
                        + first.size());
            }
            for (int i = 0; i < s.size(); i++) {
                if (!s.get(i).gold().equals(first.get(i).gold())) {
                    throw new IllegalArgumentException("setting " + e.getKey() + " marked other answers, in another"
                            + " order (answer " + s.get(i).gold().id() + " at position " + i + ")");
                }
            }
        }
        TreeSet<String> questions = new TreeSet<>();
        first.forEach(s -> questions.add(s.gold().rubricId()));
        if (questions.size() < 2) {
            throw new IllegalArgumentException("cross-validation leaves one question out, so it needs answers on two"
                    + " or more questions; the set has " + questions);
        }
        Map<String, String> chosen = new TreeMap<>();
        List<Scored> heldOut = new ArrayList<>();
        for (String q : questions) {
            String best = best(grid, s -> !s.gold().rubricId().equals(q));
            chosen.put(q, best);
            grid.get(best).stream().filter(s -> s.gold().rubricId().equals(q)).forEach(heldOut::add);
        }
        String bestOnAll = best(grid, s -> true);
        return new CrossValidation(grid, chosen, Evaluator.report(heldOut), bestOnAll,
                Evaluator.report(grid.get(bestOnAll)));
    }

    private static String best(Map<String, List<Scored>> grid, Predicate<Scored> keep) {
        String best = null;
        double bestQwk = Double.NEGATIVE_INFINITY;
        for (Map.Entry<String, List<Scored>> e : grid.entrySet()) {
            double qwk = Evaluator.report(e.getValue().stream().filter(keep).toList()).overall().qwk();
            if (qwk > bestQwk) { // strictly better: ties keep the earlier setting
                best = e.getKey();
                bestQwk = qwk;
            }
        }
        return best;
    }

    public void print(PrintStream out) {
        out.println("cross-validation: leave one question out, " + settings.size() + " settings");
        out.println();
        out.println("settings (QWK on all answers):");
        for (Map.Entry<String, List<Scored>> e : settings.entrySet()) {
            out.printf(Locale.ROOT, "  %-48s %7.3f%s%n", e.getKey(),
                    Evaluator.report(e.getValue()).overall().qwk(), e.getKey().equals(bestOnAll) ? "  best on all" : "");
        }
        out.println();
        out.printf(Locale.ROOT, "%-24s %-34s %29s   %29s%n", "", "", "held-out (chosen on the others)",
                "all data (best on all)");
        out.printf(Locale.ROOT, "%-24s %-34s %5s %7s %7s %8s   %5s %7s %7s %8s%n", "question", "chosen on the others",
                "n", "QWK", "exact", "within-1", "n", "QWK", "exact", "within-1");
        row(out, "ALL", "", heldOut.overall(), allData.overall());
        for (Map.Entry<String, String> e : chosen.entrySet()) {
            row(out, e.getKey(), e.getValue(), heldOut.perQuestion().get(e.getKey()),
                    allData.perQuestion().get(e.getKey()));
        }
        out.printf(Locale.ROOT, "%nMAE: held-out %.2f, all data %.2f. Best on all: %s%n",
                heldOut.overall().meanAbsoluteError(), allData.overall().meanAbsoluteError(), bestOnAll);
    }

    private static void row(PrintStream out, String question, String label, Figures held, Figures all) {
        out.printf(Locale.ROOT, "%-24s %-34s %5d %7.3f %6.1f%% %7.1f%%   %5d %7.3f %6.1f%% %7.1f%%%n", question,
                label.length() > 34 ? label.substring(0, 31) + "..." : label, held.answers(), held.qwk(),
                100 * held.exact(), 100 * held.withinOne(), all.answers(), all.qwk(), 100 * all.exact(),
                100 * all.withinOne());
    }
}
