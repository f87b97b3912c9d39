package org.premark.rubric;

import java.util.List;
import java.util.Objects;

/**
 * One creditable reason in a rubric.
 *
 * @param cues     short key phrases that name the point (at least one)
 * @param synonyms groups of interchangeable words, each written "word, other word, third" (Solr synonym syntax)
 * @param examples full-sentence phrasings of the point
 * @param passages ids of notes passages that support the point (may be empty)
 */
public record RubricPoint(String id, String label, String description, List<String> cues, List<String> synonyms,
                          List<String> examples, List<String> passages) {

    public RubricPoint {
        Ids.require("point id", id);
        label = requireText("label", label);
        description = requireText("description", description);
        cues = texts("cues", cues);
        if (cues.isEmpty()) {
            throw new IllegalArgumentException("point " + id + " needs at least one cue");
        }
        synonyms = texts("synonyms", synonyms);
        examples = texts("examples", examples);
        passages = texts("passages", passages);
    }

    /**
     * The point as a teacher writes it in minutes: label, description and at most {@code maxExamples} examples;
     * no cues beyond the label, no synonyms, no passages. For measuring how much the written cues add.
     */
    public RubricPoint bare(int maxExamples) {
        return new RubricPoint(id, label, description, List.of(label), List.of(),
                examples.subList(0, Math.min(maxExamples, examples.size())), List.of());
    }

    private static String requireText(String what, String value) {
        Objects.requireNonNull(value, what);
        if (value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return value;
    }

    private static List<String> texts(String what, List<String> values) {
        Objects.requireNonNull(values, what);
        for (String v : values) {
            if (v == null || v.isBlank()) {
                throw new IllegalArgumentException(what + " must not contain blank entries, got " + values);
            }
        }
        return List.copyOf(values);
    }
}
