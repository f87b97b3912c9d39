/** The loaded product: notes index, rubrics and marker, assembled once for the CLI and the web app. */
package org.premark.workspace;
