/** Reading user files as text: strict UTF-8, shared by the notes, rubric and CSV readers. */
package org.premark.text;
