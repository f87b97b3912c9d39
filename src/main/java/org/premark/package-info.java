/** The premark application: wiring that starts either the web server or the command line. */
package org.premark;
