/** Teacher accounts: configured or first-run accounts, their store, and who may open which page. */
package org.premark.account;
