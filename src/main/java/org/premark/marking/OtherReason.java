package org.premark.marking;

import java.util.List;
import java.util.Objects;

/**
 * A reason outside the rubric that the suggested mark counts as explained, because the evidence for it is
 * strong (see {@link OtherReasonCredit}). It is always flagged {@code other-reason} and sent to review: the
 * teacher decides whether it is valid.
 *
 * @param reason  the sentence that opens the reason's block (what the reason is)
 * @param link    the sentence whose causal link reaches the question's focus
 * @param terms   the specific terms of the block that the notes passage also holds
 * @param passage the note passage that supports it
 */
public record OtherReason(Span reason, Span link, List<String> terms, Evidence passage) {

    public OtherReason {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(passage, "passage");
        terms = List.copyOf(terms);
        if (terms.isEmpty()) {
            throw new IllegalArgumentException("an other reason needs the terms the notes support it with");
        }
    }
}
