/** The notes stage: cleans revision notes into the corpus, splits them into passages and searches them with Lucene. */
package org.premark.notes;
