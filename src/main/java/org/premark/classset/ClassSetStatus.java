package org.premark.classset;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where a class set is: still being marked in the background, or done. */
public enum ClassSetStatus {
    MARKING,
    DONE;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
