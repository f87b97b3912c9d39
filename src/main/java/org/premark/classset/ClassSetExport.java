package org.premark.classset;

import java.util.List;
import org.premark.csv.MarksCsv;
import org.premark.marking.MarkResult;
import org.premark.rubric.Rubric;

/**
 * A class set's final marks as CSV ({@link MarksCsv}, the same columns as {@code premark mark --out FILE.csv}): the
 * teacher's override where there is one, the suggestion otherwise, with the level of the final mark.
 */
final class ClassSetExport {

    private ClassSetExport() {
    }

    static String write(List<StoredAnswer> answers, ClassSetViews views, Rubric rubric) {
        return MarksCsv.write(answers.stream().map(a -> {
            MarkResult r = views.result(a);
            List<String> flags = a.error() != null ? List.of("error") : a.flags();
            return new MarksCsv.Row(a.id(), a.text(), r, a.finalMark(), ClassSetViews.finalLevel(a, rubric),
                    a.override() == null ? null : a.override().mark(),
                    a.override() == null ? null : a.override().reason(),
                    a.override() == null ? null : a.override().by(), a.reviewed() != null, flags);
        }).toList());
    }
}
