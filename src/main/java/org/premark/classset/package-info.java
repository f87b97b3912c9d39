/** Class sets: a teacher's upload of answers to one question, marked in the background, moderated and exported (API, service, pages' views and store together). */
package org.premark.classset;
