package org.premark.rubric;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Level-of-response marking for a 6-mark "Explain why" question (Cambridge IGCSE History 0470 part (b)).
 * The rule that turns counts into a mark is fixed here; {@link #levels()} only names and describes the marks.
 */
public record LevelScheme(List<Level> levels) implements MarkScheme {

    /** Level-of-response marking is defined for 6 marks only. */
    public static final int MAX_MARK = 6;

    /** One row of the level table: the marks {@code low..high} belong to level {@code name}. */
    public record Level(String name, int low, int high, String descriptor) {

        public Level {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(descriptor, "descriptor");
            if (name.isBlank()) {
                throw new IllegalArgumentException("level name must not be blank");
            }
            if (low < 0 || high < low) {
                throw new IllegalArgumentException("level marks must satisfy 0 <= low <= high, got " + low + "-" + high);
            }
        }

        public boolean contains(int mark) {
            return mark >= low && mark <= high;
        }
    }

    private static final List<Level> STANDARD = List.of(
            new Level("Level 0", 0, 0, "No relevant content."),
            new Level("Level 1", 1, 1, "General answer: relevant, but identifies no reason."),
            new Level("Level 2", 2, 3, "Identifies or describes reasons: one reason 2, two or more reasons 3."),
            new Level("Level 3", 4, 5, "Explains one reason: 4, plus at least one more reason identified: 5."),
            new Level("Level 4", 6, 6, "Explains two or more reasons."));

    /** Rows must cover marks 0..6 exactly once; they are kept sorted by mark. */
    public LevelScheme {
        Objects.requireNonNull(levels, "levels");
        List<Level> sorted = new ArrayList<>(levels);
        sorted.forEach(l -> Objects.requireNonNull(l, "level row"));
        List<Ranges.Issue> issues = coverage(sorted);
        if (!issues.isEmpty()) {
            throw new IllegalArgumentException("levels must cover marks 0-" + MAX_MARK + " exactly once: "
                    + issues.get(0).message());
        }
        sorted.sort(Comparator.comparingInt(Level::low));
        levels = List.copyOf(sorted);
    }

    /** The standard IGCSE level table. */
    public static LevelScheme standard() {
        return new LevelScheme(STANDARD);
    }

    static List<Ranges.Issue> coverage(List<Level> levels) {
        return Ranges.coverage(levels.stream().map(l -> new Ranges.Range(l.low(), l.high())).toList(),
                MAX_MARK, "mark");
    }

    /** The fixed rule: 6 = two explained, 5 = one explained + one identified, 4 = one explained, 3/2 = identified, 1 = general. */
    static int mark(int explained, int identified, boolean general) {
        if (explained < 0) {
            throw new IllegalArgumentException("explained must be >= 0, got " + explained);
        }
        if (identified < 0) {
            throw new IllegalArgumentException("identified must be >= 0, got " + identified);
        }
        if (explained >= 2) {
            return 6;
        }
        if (explained == 1) {
            return identified >= 1 ? 5 : 4;
        }
        if (identified >= 2) {
            return 3;
        }
        if (identified == 1) {
            return 2;
        }
        return general ? 1 : 0;
    }

    @Override
    public Award award(List<PointCredit> credits, boolean general) {
        return award(PointCredit.count(credits, Credit.EXPLAINED), PointCredit.count(credits, Credit.IDENTIFIED),
                general);
    }

    @Override
    public List<String> advice(List<PointCredit> credits, Award award) {
        if (award.mark() >= MAX_MARK) {
            return List.of("Full marks: you explained at least two reasons. To make the answer even stronger, say"
                    + " which reason mattered most and why.");
        }
        int explained = PointCredit.count(credits, Credit.EXPLAINED);
        int identified = PointCredit.count(credits, Credit.IDENTIFIED);
        if (explained == 0 && identified == 0) {
            return List.of("Give specific reasons from the topic, each with a fact that supports it; a general"
                    + " statement earns at most 1 mark.");
        }
        if (explained == 0) {
            return List.of("You named reasons but did not explain how they answer the question. Explaining even"
                    + " one would lift the answer to at least 4 marks.");
        }
        if (explained == 1) {
            return List.of("You explained one reason. Explain a second reason in the same way to reach 6 marks.");
        }
        return List.of();
    }

    @Override
    public boolean rewardsExplanation() {
        return true;
    }

    @Override
    public Award award(int explained, int identified, boolean general) {
        int mark = mark(explained, identified, general);
        return new Award(mark, level(mark).name());
    }

    /** The row that holds {@code mark}. */
    public Level level(int mark) {
        for (Level l : levels) {
            if (l.contains(mark)) {
                return l;
            }
        }
        throw new IllegalArgumentException("mark must be between 0 and " + MAX_MARK + ", got " + mark);
    }

    @Override
    public int maxMark() {
        return MAX_MARK;
    }
}
