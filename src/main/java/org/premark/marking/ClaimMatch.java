package org.premark.marking;

/**
 * One claim of the answer as the marker saw it: its span, the point it was matched to ("" if none),
 * the connective that introduced it, and whether it was negated.
 */
public record ClaimMatch(int index, int start, int end, String text, String pointId, String connective, boolean negated) {

    public ClaimMatch {
        if (index < 0) {
            throw new IllegalArgumentException("index must be >= 0, got " + index);
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("claim span must satisfy 0 <= start <= end, got " + start + ".." + end);
        }
        pointId = pointId == null ? "" : pointId;
        connective = connective == null ? "" : connective;
    }
}
