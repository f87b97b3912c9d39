/** The claims stage: annotates an answer with OpenNLP and splits it into clause-sized claims with their connectives. */
package org.premark.claims;
