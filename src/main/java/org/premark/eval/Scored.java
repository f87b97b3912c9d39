package org.premark.eval;

import org.premark.marking.MarkResult;

/** One gold answer with the marker's result for it. */
public record Scored(GoldAnswer gold, MarkResult result) {
}
