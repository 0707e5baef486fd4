package dev.gazette.export.format;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns article ids (which come from input file names, and so from anyone) into file names that
 * cannot leave the output folder, clash with each other on a case-insensitive file system, or
 * be refused by Windows. Combined with the output folder's {@code file(name)}, which refuses any path
 * outside the folder, no input name can write elsewhere.
 */
public final class SafeNames {

    /** The longest stem produced, well under every file system's limit of 255 bytes per name. */
    public static final int MAX_LENGTH = 120;

    private static final Pattern WINDOWS_RESERVED =
            Pattern.compile("(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?");

    private SafeNames() {
    }

    /**
     * A safe file name stem for {@code id}, unique within {@code used} (compared without case),
     * which it is added to. Letters, digits, {@code .}, {@code _} and {@code -} are kept; anything
     * else (path separators, {@code ..}, control characters, spaces) becomes {@code _}; a leading
     * dot, a trailing dot and Windows device names are defused; clashes get {@code ~2}, {@code ~3}.
     */
    public static String fileName(String id, Set<String> used) {
        String s = id == null ? "" : id.replaceAll("[^\\p{L}\\p{N}._-]", "_");
        s = s.replaceAll("^[.]+", "_");
        s = s.replaceAll("[.]+$", "_");
        if (s.isEmpty()) {
            s = "_";
        }
        if (WINDOWS_RESERVED.matcher(s).matches()) {
            s = "_" + s;
        }
        if (s.length() > MAX_LENGTH) {
            int cut = MAX_LENGTH;
            if (Character.isHighSurrogate(s.charAt(cut - 1))) {
                cut--;
            }
            s = s.substring(0, cut);
        }
        String candidate = s;
        for (int n = 2; !used.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = s + "~" + n;
        }
        return candidate;
    }
}
