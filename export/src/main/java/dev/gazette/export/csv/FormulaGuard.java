package dev.gazette.export.csv;

import java.util.regex.Pattern;

/**
 * Neutralises CSV cells that a spreadsheet would run as a formula, as the OWASP "CSV Injection"
 * guidance recommends: a cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab
 * or a carriage return gets a single quote in front, so Excel, LibreOffice and Google Sheets show
 * it as text. Plain numbers ({@code -12}, {@code +3.5}, {@code -1e5}) are left alone.
 *
 * <p>The guard can be undone exactly: a cell that already starts with quotes followed by such a
 * character gets one more quote, so {@link #unguard(String)} removes one leading quote from any
 * cell for which {@code needsGuard(cell.substring(1))} holds and gives back the original value.
 */
public final class FormulaGuard {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private FormulaGuard() {
    }

    /** Whether {@code value} would start a formula, or is quotes in front of one. */
    public static boolean needsGuard(String value) {
        int i = 0;
        while (i < value.length() && value.charAt(i) == '\'') {
            i++;
        }
        if (i >= value.length()) {
            return false;
        }
        char c = value.charAt(i);
        boolean trigger = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
        return trigger && !(i == 0 && PLAIN_NUMBER.matcher(value).matches())
                && !(i > 0 && PLAIN_NUMBER.matcher(value.substring(i)).matches());
    }

    /** {@code value}, with a single quote in front when it would start a formula. */
    public static String guard(String value) {
        return needsGuard(value) ? "'" + value : value;
    }

    /** The value a guarded cell stood for. */
    public static String unguard(String cell) {
        return cell.startsWith("'") && needsGuard(cell.substring(1)) ? cell.substring(1) : cell;
    }
}
