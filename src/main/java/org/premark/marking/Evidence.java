package org.premark.marking;

/** A note passage that supports a rubric point: where a student can read more. */
public record Evidence(String source, String passageId, String heading, String text) {

    public Evidence {
        for (String[] field : new String[][] {{"source", source}, {"passageId", passageId}, {"text", text}}) {
            if (field[1] == null || field[1].isBlank()) {
                throw new IllegalArgumentException(field[0] + " must not be blank");
            }
        }
        heading = heading == null ? "" : heading;
    }
}
