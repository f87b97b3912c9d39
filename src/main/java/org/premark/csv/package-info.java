/** CSV input and output: class-set CSV files read safely and marked results written atomically. */
package org.premark.csv;
