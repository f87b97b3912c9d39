/** The web app: the open student page and API, the teachers' class-set marking, moderation and export. */
package org.premark.web;
