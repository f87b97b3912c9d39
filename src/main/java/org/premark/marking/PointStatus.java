package org.premark.marking;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.premark.rubric.Credit;

/** How far an answer went with one rubric point. */
public enum PointStatus {
    /** Named and linked to an outcome that bears on the question. */
    EXPLAINED,
    /** Named or described, but not linked to an outcome. */
    IDENTIFIED,
    /** Not in the answer. */
    MISSING;

    /** The same verdict as the rubric's scheme reads it. */
    public Credit credit() {
        return switch (this) {
            case EXPLAINED -> Credit.EXPLAINED;
            case IDENTIFIED -> Credit.IDENTIFIED;
            case MISSING -> Credit.MISSING;
        };
    }

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
