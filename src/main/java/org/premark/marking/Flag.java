package org.premark.marking;

import java.util.Objects;

/** A flag with a message for the teacher; {@code passageId} names the note passage involved, or is empty. */
public record Flag(FlagCode code, String message, String passageId) {

    public Flag {
        Objects.requireNonNull(code, "code");
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("message must not be blank");
        }
        passageId = passageId == null ? "" : passageId;
    }
}
