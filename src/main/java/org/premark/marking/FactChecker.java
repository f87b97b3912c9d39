package org.premark.marking;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.premark.notes.Passage;

/**
 * Checks years an answer ties to a concept against the years the notes tie to it, sentence by sentence:
 * "General Secretary in 1917" conflicts with notes that only ever put the General Secretary in 1922.
 */
final class FactChecker {

    private static final Pattern FOUR_DIGITS = Pattern.compile("\\b(\\d{4})\\b");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?;])\\s+|\\n+");

    record NoteSentence(Set<String> terms, Set<String> years, String passageId) {}

    record Conflict(String year, String concept, Set<String> noteYears, String passageId) {}

    private final List<NoteSentence> sentences = new ArrayList<>();
    /** Four-digit numbers in this range are years. */
    private final int yearMin;
    private final int yearMax;

    FactChecker(List<Passage> passages, Terms terms, int yearMin, int yearMax) {
        this.yearMin = yearMin;
        this.yearMax = yearMax;
        for (Passage p : passages) {
            List<String> parts = new ArrayList<>(List.of(SENTENCE_END.split(p.text())));
            // A card's heading often carries its date ("Lenin's funeral 27th January 1924").
            if (!p.heading().isBlank()) {
                parts.add(p.heading() + " " + (parts.isEmpty() ? "" : parts.get(0)));
            }
            for (String s : parts) {
                Set<String> years = years(s);
                if (!years.isEmpty()) {
                    sentences.add(new NoteSentence(new HashSet<>(terms.exactTerms(s)), years, p.id()));
                }
            }
        }
    }

    Set<String> years(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = FOUR_DIGITS.matcher(text);
        while (m.find()) {
            int year = Integer.parseInt(m.group(1));
            if (year >= yearMin && year <= yearMax) {
                out.add(m.group(1));
            }
        }
        return out;
    }

    /**
     * @param claimText the student's clause
     * @param concept the terms of the phrase that tied the clause to a point
     */
    Optional<Conflict> check(String claimText, List<String> concept, String conceptText) {
        Set<String> claimed = years(claimText);
        if (claimed.isEmpty() || concept.isEmpty()) {
            return Optional.empty();
        }
        Set<String> noteYears = new TreeSet<>();
        String passage = "";
        for (NoteSentence s : sentences) {
            if (s.terms().containsAll(concept)) {
                noteYears.addAll(s.years());
                if (passage.isEmpty()) {
                    passage = s.passageId();
                }
            }
        }
        if (noteYears.isEmpty()) {
            return Optional.empty();
        }
        // A claim that gets any of its years right ("1923 and 1924") is a range, not a conflict.
        for (String year : claimed) {
            if (noteYears.contains(year)) {
                return Optional.empty();
            }
        }
        return Optional.of(new Conflict(claimed.iterator().next(), conceptText, noteYears, passage));
    }
}
