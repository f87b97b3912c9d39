package org.premark.reasoning;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.premark.rubric.Rubric;
import org.premark.rubric.RubricPoint;

/**
 * The years a question is about, read from its rubric, to tell an answer on the same people but another
 * period ("how did Stalin win the struggle" dated 1927–1936, for "why did a struggle begin" whose points all
 * lie in 1917–1923). An answer that names the subject can still answer another question; when the years it
 * gives mostly lie outside the years of the rubric's points, its content is about other events. Only the
 * rubric's own years count: they are what the examiner expects an answer to cover. Immutable and thread-safe.
 */
public final class QuestionPeriod {

    private static final Pattern YEAR = Pattern.compile("(?<![\\d£$])(\\d{4})(?!\\d)");

    /** The years of an answer outside the question's period, with the period. */
    public record Outside(int from, int to, List<Integer> years) {
        public Outside {
            if (from > to) {
                throw new IllegalArgumentException("period must run forwards, got " + from + "–" + to);
            }
            years = List.copyOf(years);
        }
    }

    private final int from;
    private final int to;
    private final int tolerance;
    private final int minYears;
    private final int yearMin;
    private final int yearMax;

    private QuestionPeriod(int from, int to, int tolerance, int minYears, int yearMin, int yearMax) {
        this.from = from;
        this.to = to;
        this.tolerance = tolerance;
        this.minYears = minYears;
        this.yearMin = yearMin;
        this.yearMax = yearMax;
    }

    /**
     * The period of a rubric: from the earliest to the latest year its question, points' descriptions, cues
     * and examples give, or null when they give fewer than two (a question without dates has no period).
     *
     * @param tolerance a year this close outside the period still belongs to it (a cause a year early)
     * @param minYears  the distinct years outside the period an answer must give before it is judged: one
     *                  year may be a slip
     * @param yearMin   the earliest number read as a year ({@code flag.fact-year-min})
     * @param yearMax   the latest
     */
    public static QuestionPeriod of(Rubric rubric, int tolerance, int minYears, int yearMin, int yearMax) {
        if (tolerance < 0 || minYears < 1) {
            throw new IllegalArgumentException("need tolerance >= 0 and minYears >= 1, got " + tolerance + ", "
                    + minYears);
        }
        StringBuilder text = new StringBuilder(rubric.question());
        for (RubricPoint p : rubric.points()) {
            text.append(' ').append(p.label()).append(' ').append(p.description());
            p.cues().forEach(c -> text.append(' ').append(c));
            p.examples().forEach(e -> text.append(' ').append(e));
        }
        List<Integer> years = years(text, yearMin, yearMax);
        if (new TreeSet<>(years).size() < 2) {
            return null;
        }
        TreeSet<Integer> sorted = new TreeSet<>(years);
        return new QuestionPeriod(sorted.first(), sorted.last(), tolerance, minYears, yearMin, yearMax);
    }

    /**
     * The answer's years outside the period, when at least {@code minYears} distinct ones are and they are more
     * than half of all the years it gives; else null.
     */
    public Outside outside(CharSequence answer) {
        List<Integer> years = years(answer, yearMin, yearMax);
        List<Integer> out = new ArrayList<>();
        for (int y : years) {
            if (y < from - tolerance || y > to + tolerance) {
                out.add(y);
            }
        }
        if (new TreeSet<>(out).size() < minYears || 2 * out.size() <= years.size()) {
            return null;
        }
        return new Outside(from, to, List.copyOf(new TreeSet<>(out)));
    }

    private static List<Integer> years(CharSequence text, int yearMin, int yearMax) {
        List<Integer> out = new ArrayList<>();
        Matcher m = YEAR.matcher(text);
        while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            if (y >= yearMin && y <= yearMax) {
                out.add(y);
            }
        }
        return out;
    }
}
