package org.premark.claims;

import java.util.List;

/** Splits an answer into claims: clauses cut at discourse connectives and coordination. */
public interface ClaimSplitter {

    /** The claims of {@code answer} in text order; empty for blank text. */
    List<Claim> split(String answer);
}
