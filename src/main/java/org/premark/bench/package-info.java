/** Measures marking speed and memory on a generated workload of answers: {@code premark bench}. */
package org.premark.bench;
