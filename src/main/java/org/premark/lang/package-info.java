/** Language data: the word lists that marking rules read, one folder per language under {@code lang/} in the resources. */
package org.premark.lang;
