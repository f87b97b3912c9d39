package org.premark.classset;

import java.nio.charset.StandardCharsets;

/** Builds request paths for answer ids in tests that call the class-set API over HTTP. */
public final class PathSegments {

    private PathSegments() {
    }

    /**
     * RFC 3986 percent-encoding of one path segment, dots included: a bare "." or ".." is a dot-segment that
     * clients and servers collapse, so every character but unreserved letters, digits, '-', '_' and '~' is encoded.
     */
    public static String encode(String segment) {
        StringBuilder sb = new StringBuilder();
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '~')) {
                sb.append(c);
            } else {
                sb.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return sb.toString();
    }
}
