package org.premark.marking;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.premark.claims.Claim;
import org.premark.lang.Lexicon;
import org.premark.lang.WordList;
import org.premark.rubric.RubricPoint;

/**
 * Crediting: a point that is a feeling about something to come ("Fear of a dictator") is the feeling, not the
 * thing feared. Its cues name the thing too ("led the army", "dictator"), so a clause that only states it as a
 * fact ("he led the army to victory", "he became the dictator in the end") matches them. Such a clause keeps its
 * credit only when it, or a sentence at most {@code window} sentences from it in the same paragraph, says someone
 * felt it: a word of {@code emotion-words.txt}, role {@code emotion}, compared by stem with the clause's terms,
 * which are spelling-corrected as every student word is ("They were scared of him. He had commanded the army.";
 * "they were terified of him" feels it too). A point is such a feeling when its label opens with an emotion noun followed by
 * a word of role {@code object} ("Fear of …"); other points are left alone, so "Fear produced obedience" (the fear
 * is the cause) and "Red Army and fear of a Bonaparte" (the army is a point of its own) keep every credit.
 */
final class FearedThings {

    static final FearedThings NONE = new FearedThings(Set.of(), Set.of(), 0);

    /** The ids of the points that are a feeling about something. */
    private final Set<String> feelings;
    private final Set<String> emotionStems;
    private final int window;

    private FearedThings(Set<String> feelings, Set<String> emotionStems, int window) {
        this.feelings = Set.copyOf(feelings);
        this.emotionStems = Set.copyOf(emotionStems);
        if (window < 0) {
            throw new IllegalArgumentException("window must be >= 0, got " + window);
        }
        this.window = window;
    }

    /**
     * @param window how many sentences before or after a clause, in its paragraph, may say the feeling
     *     ({@code credit.emotion-sentences})
     */
    static FearedThings of(List<RubricPoint> points, Lexicon lexicon, int window) {
        Objects.requireNonNull(lexicon, "lexicon");
        Set<String> stems = new HashSet<>();
        lexicon.words(WordList.EMOTION_WORDS, "emotion").forEach(w -> stems.add(lexicon.stem(w)));
        Set<String> objects = lexicon.words(WordList.EMOTION_WORDS, "object");
        Set<String> feelings = new HashSet<>();
        for (RubricPoint p : points) {
            List<String> w = Terms.words(p.label());
            if (w.size() >= 3 && stems.contains(lexicon.stem(w.get(0))) && objects.contains(w.get(1))) {
                feelings.add(p.id());
            }
        }
        return feelings.isEmpty() ? NONE : new FearedThings(feelings, stems, window);
    }

    /**
     * Takes the credit from each clause of a feeling point that no nearby sentence of its paragraph feels.
     *
     * @param claimTerms each claim's terms, spelling-corrected and stemmed as for matching
     */
    void apply(String answer, List<Claim> claims, List<List<String>> claimTerms, List<PointScore> best,
            boolean[] credited) {
        if (claimTerms.size() != claims.size()) {
            throw new IllegalArgumentException(claimTerms.size() + " term lists for " + claims.size() + " claims");
        }
        if (feelings.isEmpty()) {
            return;
        }
        Map<Integer, Boolean> felt = null;
        Map<Integer, Integer> paragraph = null;
        for (int i = 0; i < claims.size(); i++) {
            if (!credited[i] || best.get(i) == null || !feelings.contains(best.get(i).point().id())) {
                continue;
            }
            if (felt == null) {
                felt = new HashMap<>();
                paragraph = new HashMap<>();
                for (int k = 0; k < claims.size(); k++) {
                    Claim c = claims.get(k);
                    felt.merge(c.sentence(), says(claimTerms.get(k)), Boolean::logicalOr);
                    paragraph.putIfAbsent(c.sentence(), paragraph(answer, c.start()));
                }
            }
            int s = claims.get(i).sentence();
            boolean near = false;
            for (int t = s - window; t <= s + window && !near; t++) {
                near = felt.getOrDefault(t, false) && paragraph.get(t).equals(paragraph.get(s));
            }
            if (!near) {
                credited[i] = false;
            }
        }
    }

    private boolean says(List<String> terms) {
        for (String t : terms) {
            if (emotionStems.contains(t)) {
                return true;
            }
        }
        return false;
    }

    /** The paragraph an offset falls in: the line breaks before it (a list's items are lines of their own). */
    private static int paragraph(String answer, int offset) {
        int n = 0;
        for (int k = 0; k < offset && k < answer.length(); k++) {
            if (answer.charAt(k) == '\n') {
                n++;
            }
        }
        return n;
    }

    /** The ids of the feeling points, for tests. */
    List<String> feelings() {
        return List.copyOf(new TreeSet<>(feelings));
    }
}
