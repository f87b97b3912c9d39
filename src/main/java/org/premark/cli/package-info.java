/** The command line: one {@link org.premark.cli.Command} per verb, dispatched by {@link org.premark.cli.Cli}. */
package org.premark.cli;
