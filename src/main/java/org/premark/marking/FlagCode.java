package org.premark.marking;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Why an answer deserves a teacher's look. Flags never change the mark by themselves. */
public enum FlagCode {
    OFF_TOPIC,
    RESTATES_QUESTION,
    KEYWORD_LIST,
    TOO_SHORT,
    COPIED_FROM_NOTES,
    FACTUAL_CONFLICT,
    NARRATIVE,
    OTHER_REASON,
    NEEDS_REVIEW;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
