package org.premark.rubric;

import java.util.regex.Pattern;

/** The id syntax shared by rubrics and points: lower-case words joined by single hyphens. */
final class Ids {

    static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private Ids() {
    }

    static boolean valid(String id) {
        return id != null && ID.matcher(id).matches();
    }

    static String require(String what, String id) {
        if (!valid(id)) {
            throw new IllegalArgumentException(what + " must be lower-case words joined by hyphens ("
                    + ID.pattern() + "), got '" + id + "'");
        }
        return id;
    }
}
