package dev.gazette.export.report;

import dev.gazette.model.Severity;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The lowest severity that fails a check run ({@code --fail-on}): findings at or above it make
 * the exit code 1 and become failures in the JUnit report. {@link #NONE} never fails.
 */
public enum FailLevel {
    ERROR(Severity.ERROR), WARNING(Severity.WARNING), INFO(Severity.INFO), NONE(null);

    private final Severity threshold;

    FailLevel(Severity threshold) {
        this.threshold = threshold;
    }

    /** True when a finding of {@code severity} fails the run at this level. */
    public boolean fails(Severity severity) {
        return threshold != null && severity.atLeast(threshold);
    }

    /** The lower-case name used on the command line and in reports. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Every label, most severe first: {@code error, warning, info, none}. */
    public static List<String> labels() {
        return Arrays.stream(values()).map(FailLevel::label).toList();
    }

    /**
     * Parses a label, ignoring case.
     *
     * @throws IllegalArgumentException naming the accepted values when {@code text} is none of them
     */
    public static FailLevel parse(String text) {
        for (FailLevel l : values()) {
            if (l.label().equalsIgnoreCase(text.trim())) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown fail level '" + text + "' (expected one of "
                + String.join(", ", labels()) + ")");
    }
}
