/** The web app's shared parts and the open student page and API: problems, pages, settings, the marking gate. */
package org.premark.web;
