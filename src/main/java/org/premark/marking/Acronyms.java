package org.premark.marking;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.premark.rubric.Rubric;
import org.premark.rubric.RubricPoint;

/**
 * A synonym line that spells a name out and also abbreviates part of it ("rough endoplasmic reticulum, rough ER")
 * says what the abbreviation stands for: "ER" is "endoplasmic reticulum". Students write the shorter name on its
 * own ("the strand heads for the ER"), so each such abbreviation joins its words as a synonym line of its own. Only an
 * abbreviation written in capitals whose letters are the initials of the words it replaces counts. Stateless.
 */
final class Acronyms {

    private Acronyms() {
    }

    /** The rubric with a synonym line added for each abbreviation its synonym lines spell out; else the same. */
    static Rubric widen(Rubric rubric) {
        boolean changed = false;
        List<RubricPoint> points = new ArrayList<>();
        for (RubricPoint p : rubric.points()) {
            Set<String> added = new LinkedHashSet<>();
            for (String group : p.synonyms()) {
                added.addAll(implied(group));
            }
            added.removeAll(p.synonyms());
            if (added.isEmpty()) {
                points.add(p);
                continue;
            }
            changed = true;
            List<String> synonyms = new ArrayList<>(p.synonyms());
            synonyms.addAll(added);
            points.add(new RubricPoint(p.id(), p.label(), p.description(), p.cues(), synonyms, p.examples(),
                    p.passages()));
        }
        return changed ? new Rubric(rubric.id(), rubric.question(), rubric.maxMark(), rubric.corpus(),
                rubric.showMarksToStudents(), rubric.scheme(), points, rubric.focus()) : rubric;
    }

    /**
     * The synonym lines ("ER, endoplasmic reticulum") one line implies: for two members that differ only where
     * one has an abbreviation and the other the words it stands for.
     */
    static List<String> implied(String group) {
        List<List<String>> members = new ArrayList<>();
        for (String m : group.split(",")) {
            List<String> words = List.of(m.strip().split("\\s+"));
            if (!words.get(0).isEmpty()) {
                members.add(words);
            }
        }
        List<String> out = new ArrayList<>();
        for (List<String> a : members) {
            for (List<String> b : members) {
                if (a == b) {
                    continue;
                }
                int head = 0;
                while (head < a.size() && head < b.size() && a.get(head).equalsIgnoreCase(b.get(head))) {
                    head++;
                }
                int tail = 0;
                while (tail < a.size() - head && tail < b.size() - head
                        && a.get(a.size() - 1 - tail).equalsIgnoreCase(b.get(b.size() - 1 - tail))) {
                    tail++;
                }
                List<String> shortPart = a.subList(head, a.size() - tail);
                List<String> longPart = b.subList(head, b.size() - tail);
                // The whole of a member is already a synonym of the whole of the other.
                if (shortPart.size() == 1 && longPart.size() >= 2 && shortPart.size() < a.size()
                        && stands(shortPart.get(0), longPart)) {
                    out.add(shortPart.get(0) + ", " + String.join(" ", longPart));
                }
            }
        }
        return out;
    }

    /** True when {@code abbreviation} is in capitals and its letters are the initials of {@code words}. */
    static boolean stands(String abbreviation, List<String> words) {
        if (abbreviation.length() != words.size() || !abbreviation.chars().allMatch(Character::isUpperCase)) {
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i).toLowerCase(Locale.ROOT);
            if (w.isEmpty() || w.charAt(0) != Character.toLowerCase(abbreviation.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The abbreviations a text writes: words with at least two capitals ("mRNA", "DNA", "ATP"), as written.
     */
    static Set<String> abbreviations(String text) {
        Set<String> out = new java.util.TreeSet<>();
        for (String w : text.split("[^\\p{L}]+")) {
            if (w.length() >= 2 && w.chars().filter(Character::isUpperCase).count() >= 2) {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * True when two words spell out one of {@code abbreviations}: their initials ("adenosine triphosphate" is no
     * "AT"; "endoplasmic reticulum" is "ER") or the first word's initial before the second ("messenger RNA" is
     * "mRNA"). Such a pair is that abbreviation written in full.
     */
    static boolean spellsOut(String first, String second, Set<String> abbreviations) {
        if (first.isEmpty() || second.isEmpty()) {
            return false;
        }
        for (String a : abbreviations) {
            if (stands(a.toUpperCase(Locale.ROOT), List.of(first, second))
                    || (first.charAt(0) + second).equalsIgnoreCase(a)) {
                return true;
            }
        }
        return false;
    }
}
