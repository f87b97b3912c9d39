/** Rubrics: the YAML files that say which points an answer can make and how points turn into a mark. */
package org.premark.rubric;
