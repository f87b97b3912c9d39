package org.premark.marking;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Matching stage: asks a rubric's {@link PointSignal}s in order and keeps a claim's best score. Immutable and
 * thread-safe when its signals are.
 */
final class PointScorer {

    private final List<PointSignal> signals;

    PointScorer(List<PointSignal> signals) {
        if (signals.isEmpty()) {
            throw new IllegalArgumentException("a scorer needs at least one signal");
        }
        this.signals = List.copyOf(signals);
    }

    /** The claim's best score over every signal, or null when no signal scored any point. */
    PointScore best(ClaimTerms claim) {
        List<PointScore> all = new ArrayList<>();
        List<PointScore> view = Collections.unmodifiableList(all);
        for (PointSignal signal : signals) {
            all.addAll(signal.score(claim, view));
        }
        return best(all);
    }

    /**
     * Every point's best score for the claim over every signal, in the order points were first scored: for a
     * points scheme, where one clause that lists several points earns each of them.
     */
    List<PointScore> perPoint(ClaimTerms claim) {
        List<PointScore> all = new ArrayList<>();
        List<PointScore> view = Collections.unmodifiableList(all);
        for (PointSignal signal : signals) {
            all.addAll(signal.score(claim, view));
        }
        Map<String, PointScore> best = new LinkedHashMap<>();
        for (PointScore s : all) {
            best.merge(s.point().id(), s, (a, b) -> better(b, a) ? b : a);
        }
        return List.copyOf(best.values());
    }

    /** The best of {@code scores} by {@link #better}; the first wins a full tie. */
    static PointScore best(List<PointScore> scores) {
        PointScore top = null;
        for (PointScore s : scores) {
            if (better(s, top)) {
                top = s;
            }
        }
        return top;
    }

    /** Orders scores so that, at equal value, the more specific phrase wins ("silent about the Testament"). */
    static boolean better(PointScore a, PointScore b) {
        if (b == null) {
            return true;
        }
        if (a.value() != b.value()) {
            return a.value() > b.value();
        }
        double wa = a.phrase() == null ? 0 : a.phrase().weight();
        double wb = b.phrase() == null ? 0 : b.phrase().weight();
        return wa > wb;
    }
}
