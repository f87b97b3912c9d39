package org.premark.marking;

import org.premark.rubric.Rubric;

/** Marks one answer against one rubric. Implementations are deterministic and thread-safe. */
public interface Marker {

    MarkResult mark(Rubric rubric, String answer);
}
