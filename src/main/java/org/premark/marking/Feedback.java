package org.premark.marking;

import java.util.ArrayList;
import java.util.List;
import org.premark.rubric.Award;
import org.premark.rubric.LevelScheme;
import org.premark.rubric.Rubric;

/** Writes the student's next steps: what would raise the mark, and where in the notes to read. */
final class Feedback {

    private Feedback() {
    }

    static List<String> write(Rubric rubric, List<PointResult> points, Award award, int explained, int identified,
            int maxMissingShown) {
        List<String> out = new ArrayList<>();
        if (award.mark() >= rubric.maxMark()) {
            out.add("Full marks: you explained at least two reasons. To make the answer even stronger, say which"
                    + " reason mattered most and why.");
            return out;
        }
        boolean levels = rubric.scheme() instanceof LevelScheme;
        if (levels) {
            if (explained == 0 && identified == 0) {
                out.add("Give specific reasons from the topic, each with a fact that supports it; a general"
                        + " statement earns at most 1 mark.");
            } else if (explained == 0) {
                out.add("You named reasons but did not explain how they answer the question. Explaining even one"
                        + " would lift the answer to at least 4 marks.");
            } else if (explained == 1) {
                out.add("You explained one reason. Explain a second reason in the same way to reach 6 marks.");
            }
        }
        for (PointResult p : points) {
            if (p.status() == PointStatus.IDENTIFIED) {
                out.add("You named \"" + p.label() + "\" but did not explain it. Say what it led to, for example: \""
                        + firstWords(p.spans().get(0).text()) + " … This meant that …\"" + read(p));
            }
        }
        int shown = 0;
        for (PointResult p : points) {
            if (p.status() == PointStatus.MISSING && shown < maxMissingShown) {
                out.add("Not covered yet: \"" + p.label() + "\"." + read(p));
                shown++;
            }
        }
        return out;
    }

    private static String read(PointResult p) {
        if (p.passage() == null) {
            return "";
        }
        String where = p.passage().heading().isBlank() ? p.passage().passageId()
                : "\"" + p.passage().heading() + "\" (" + p.passage().passageId() + ")";
        return " Read " + where + " in the notes.";
    }

    private static String firstWords(String text) {
        String t = text.strip();
        String[] words = t.split("\\s+");
        if (words.length <= 10) {
            return t.replaceAll("[.!?]+$", "");
        }
        return String.join(" ", java.util.Arrays.copyOf(words, 10));
    }
}
