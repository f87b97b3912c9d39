package org.premark.notes;

import java.util.List;

/** Splits one notes file's text into passages. */
interface PassageSplitter {

    /** Passages of {@code text}, the content of the file named {@code source}, in file order. */
    List<Passage> split(String source, String text);
}
