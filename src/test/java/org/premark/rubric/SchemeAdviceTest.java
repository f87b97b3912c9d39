package org.premark.rubric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Each scheme marks from every point's credit and advises in its own terms. */
class SchemeAdviceTest {

    private static List<PointCredit> credits(Credit... credits) {
        List<PointCredit> out = new ArrayList<>();
        for (int i = 0; i < credits.length; i++) {
            out.add(new PointCredit(new RubricPoint("p" + i, "Point " + i, "d", List.of("c" + i), List.of(),
                    List.of(), List.of()), credits[i]));
        }
        return out;
    }

    @Test
    void schemesMarkFromEachPointsCredit() {
        List<PointCredit> c = credits(Credit.EXPLAINED, Credit.IDENTIFIED, Credit.MISSING, Credit.IDENTIFIED);
        assertEquals(LevelScheme.standard().award(1, 2, false), LevelScheme.standard().award(c, false));
        assertEquals(new Award(5, "Level 3"), LevelScheme.standard().award(c, false));
        assertEquals(new Award(3, "3 points"), PointsScheme.perPoint(4).award(c, false));
        assertEquals(new Award(1, "Level 1"), LevelScheme.standard().award(credits(Credit.MISSING), true));
    }

    @Test
    void aPointsSchemeNeverSpeaksOfExplainingReasons() {
        PointsScheme scheme = PointsScheme.perPoint(3);
        Credit[][] answers = {
            {Credit.MISSING, Credit.MISSING, Credit.MISSING, Credit.MISSING},
            {Credit.IDENTIFIED, Credit.MISSING, Credit.MISSING, Credit.MISSING},
            {Credit.EXPLAINED, Credit.MISSING, Credit.MISSING, Credit.MISSING},
            {Credit.EXPLAINED, Credit.EXPLAINED, Credit.MISSING, Credit.MISSING},
            {Credit.EXPLAINED, Credit.EXPLAINED, Credit.IDENTIFIED, Credit.MISSING},
            {Credit.EXPLAINED, Credit.EXPLAINED, Credit.EXPLAINED, Credit.EXPLAINED}};
        for (Credit[] answer : answers) {
            List<PointCredit> c = credits(answer);
            Award award = scheme.award(c, false);
            List<String> advice = scheme.advice(c, award);
            assertFalse(advice.isEmpty());
            for (String line : advice) {
                String l = line.toLowerCase(Locale.ROOT);
                assertFalse(l.contains("explain") || l.contains("reason"), line);
            }
        }
        List<PointCredit> one = credits(Credit.EXPLAINED, Credit.MISSING, Credit.MISSING);
        assertEquals(List.of("You made 1 point. Make 2 more points from the topic to reach 3 marks."),
                scheme.advice(one, scheme.award(one, false)));
        List<PointCredit> all = credits(Credit.IDENTIFIED, Credit.IDENTIFIED, Credit.IDENTIFIED);
        assertTrue(scheme.advice(all, scheme.award(all, false)).get(0).startsWith("Full marks: you made 3 points."));
        assertFalse(scheme.rewardsExplanation());
    }

    @Test
    void aLevelSchemeAdvisesOnExplainingReasons() {
        LevelScheme scheme = LevelScheme.standard();
        List<PointCredit> one = credits(Credit.EXPLAINED, Credit.MISSING);
        assertEquals(List.of("You explained one reason. Explain a second reason in the same way to reach 6 marks."),
                scheme.advice(one, scheme.award(one, false)));
        List<PointCredit> two = credits(Credit.EXPLAINED, Credit.EXPLAINED);
        assertTrue(scheme.advice(two, scheme.award(two, false)).get(0).contains("explained at least two reasons"));
        List<PointCredit> named = credits(Credit.IDENTIFIED, Credit.MISSING);
        assertTrue(scheme.advice(named, scheme.award(named, false)).get(0).startsWith("You named reasons"));
        assertTrue(scheme.rewardsExplanation());
    }
}
