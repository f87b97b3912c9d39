/** Evaluation: the marker's agreement with an examiner's marks and point decisions on a marked set. */
package org.premark.eval;
