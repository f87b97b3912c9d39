/** Marking: claims matched to rubric points, a mark from the rubric's scheme, with evidence, flags and feedback. */
package org.premark.marking;
