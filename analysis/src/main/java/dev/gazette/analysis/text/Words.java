package dev.gazette.analysis.text;

/**
 * Words (maximal runs of letters and non-spacing marks) and tests on them. This is the definition
 * of a word; the rules and statistics read the words of a unit from its one token pass
 * ({@link TextUnit#forEachWord}, {@link Tokens}), which finds exactly these.
 */
public final class Words {

    private Words() {
    }

    /** Receives one word's range. */
    @FunctionalInterface
    public interface Visitor {
        void word(int start, int end);
    }

    /** Calls {@code visitor} for every maximal run of letters in {@code text}, in order. */
    public static void forEach(CharSequence text, Visitor visitor) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int s = i;
            while (i < n && isLetter(text.charAt(i))) {
                i++;
            }
            visitor.word(s, i);
        }
    }

    public static boolean isLetter(char c) {
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** True when the word {@code [start, end)} starts a sentence: nothing but quotes, brackets or spaces since a full stop. */
    public static boolean sentenceInitial(CharSequence text, int start) {
        for (int i = start - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '"' || c == '\u201C' || c == '\u201D' || c == '\'' || c == '\u2018'
                    || c == '(' || c == '[' || c == '\u00A0') {
                continue;
            }
            return c == '.' || c == '!' || c == '?' || c == ':' || c == '\u2026' || c == '-' || c == '\u2013'
                    || c == '\u2014';
        }
        return true;
    }

    /** True when every letter of the range is upper case (and there are at least two). */
    public static boolean allCaps(CharSequence text, int start, int end) {
        if (end - start < 2) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** True when the range is one capital followed by lower-case letters only. */
    public static boolean capitalised(CharSequence text, int start, int end) {
        if (!Character.isUpperCase(text.charAt(start))) {
            return false;
        }
        for (int i = start + 1; i < end; i++) {
            if (Character.isUpperCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** True when no letter of the range is upper case. */
    public static boolean lowerCase(CharSequence text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (Character.isUpperCase(text.charAt(i)) || Character.isTitleCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the word at {@code [start, end)} is part of an address, handle or code rather
     * than prose: it touches a digit, '@', '/', '\', '_', '#', '&amp;' or '=', or is joined by dots
     * to other letters on both sides of a dot-separated chunk that looks like a host name.
     */
    public static boolean inCode(CharSequence text, int start, int end) {
        int s = start;
        while (s > 0 && !Character.isWhitespace(text.charAt(s - 1))) {
            s--;
        }
        int e = end;
        while (e < text.length() && !Character.isWhitespace(text.charAt(e))) {
            e++;
        }
        if (start > 0 && Character.isDigit(text.charAt(start - 1))) {
            return true;
        }
        if (end < text.length() && Character.isDigit(text.charAt(end))) {
            return true;
        }
        for (int i = s; i < e; i++) {
            char c = text.charAt(i);
            if (c == '@' || c == '/' || c == '\\' || c == '_' || c == '#' || c == '=' || c == '<' || c == '>'
                    || c == '&' || c == '|' || c == '~') {
                return true;
            }
        }
        String chunk = text.subSequence(s, e).toString();
        String lower = chunk.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("www.") || lower.contains("://") || HOST.matcher(chunk).matches();
    }

    /** True for a lower-case top-level domain or file extension, as in "jpost.com" or "report.pdf". */
    public static boolean isHostSuffix(String letters) {
        return SUFFIX.matcher(letters).matches();
    }

    private static final String SUFFIXES = "com|org|net|gov|edu|int|mil|info|biz|io|co|uk|us|de|fr|ir|iq|ru|cn|in"
            + "|eu|me|tv|ly|html?|php|aspx?|pdf|txt|jpe?g|png|gif|csv|xml|json";
    private static final java.util.regex.Pattern SUFFIX = java.util.regex.Pattern.compile(SUFFIXES);
    /** A whole chunk that is a host or file name, allowing surrounding quotes and punctuation. */
    private static final java.util.regex.Pattern HOST = java.util.regex.Pattern.compile(
            "[\\p{Ps}\\p{Pi}\"']*[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.(?:" + SUFFIXES + ")[\\p{Pe}\\p{Pf}\"'.,;:!?]*");
}
