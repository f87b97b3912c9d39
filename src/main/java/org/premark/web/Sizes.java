package org.premark.web;

import java.util.Locale;

/** Byte counts for people: "2 MB", "512 KB". */
public final class Sizes {

    private Sizes() {
    }

    public static String human(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes >= 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
        }
        if (bytes >= 1024) {
            return String.format(Locale.ROOT, "%d KB", Math.round(bytes / 1024.0));
        }
        return bytes + " bytes";
    }
}
