package dev.gazette.cli;

import java.util.Locale;
import java.util.Set;

/** Turns article ids into file names that cannot escape the output folder or collide. */
final class SafeNames {

    private SafeNames() {
    }

    /** A safe, unique (within {@code used}) file name stem for {@code id}. */
    static String fileName(String id, Set<String> used) {
        String s = id.replaceAll("[^\\p{L}\\p{N}._-]", "_");
        s = s.replaceAll("^[.]+", "_");
        if (s.isEmpty()) {
            s = "_";
        }
        if (s.length() > 120) {
            s = s.substring(0, 120);
        }
        String candidate = s;
        for (int n = 2; !used.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = s + "~" + n;
        }
        return candidate;
    }
}
