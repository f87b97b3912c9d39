package org.premark.classset;

import java.util.List;
import java.util.Objects;

/**
 * One answer of a class set as stored.
 *
 * @param seq           1-based position in the uploaded file
 * @param resultJson    the engine's result as JSON, or null until marked
 * @param suggestedMark the engine's mark, or null until marked
 * @param error         why marking failed, or null
 * @param override      the teacher's mark, or null
 * @param reviewed      who reviewed the answer (accepted the suggestion or overrode it) and when, or null
 */
public record StoredAnswer(String id, int seq, long line, String text, String resultJson, Integer suggestedMark,
                           String level, List<String> flags, String error, MarkOverride override, Review reviewed) {

    /** A teacher's review of one answer. */
    public record Review(String by, java.time.Instant at) {
        public Review {
            if (by == null || by.isBlank()) {
                throw new IllegalArgumentException("by must not be blank");
            }
            Objects.requireNonNull(at, "at");
        }
    }

    /** Not yet reviewed. */
    public StoredAnswer(String id, int seq, long line, String text, String resultJson, Integer suggestedMark,
                        String level, List<String> flags, String error, MarkOverride override) {
        this(id, seq, line, text, resultJson, suggestedMark, level, flags, error, override,
                override == null ? null : new Review(override.by(), override.at()));
    }

    public StoredAnswer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        flags = List.copyOf(Objects.requireNonNull(flags, "flags"));
    }

    public boolean marked() {
        return resultJson != null;
    }

    /** The override where there is one, else the suggestion; null while unmarked. */
    public Integer finalMark() {
        return override != null ? Integer.valueOf(override.mark()) : suggestedMark;
    }
}
