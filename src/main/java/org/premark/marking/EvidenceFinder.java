package org.premark.marking;

import java.util.List;

/** Reporting stage: the note passage to show beside a rubric point. Immutable and thread-safe. */
interface EvidenceFinder {

    /** For a rubric without notes: no evidence anywhere. */
    EvidenceFinder NONE = new EvidenceFinder() {
        @Override
        public Evidence forPoint(String pointId) {
            return null;
        }

        @Override
        public Evidence forClaim(String pointId, List<String> claimTerms) {
            return null;
        }
    };

    /** Where a student who missed the point should read; null when there is nothing to show. */
    Evidence forPoint(String pointId);

    /** The passage closest to what the student wrote for the point; null when there is nothing to show. */
    Evidence forClaim(String pointId, List<String> claimTerms);
}
