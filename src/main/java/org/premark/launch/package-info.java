/** The jar's entry point, compiled for Java 17 so that an older default {@code java} still gets a clear path to a newer JDK. */
package org.premark.launch;
