package org.premark.marking;

import java.util.List;

/** Reporting stage: the student's next steps on a marked answer. */
interface FeedbackWriter {

    List<String> feedback(MarkedAnswer answer);
}
