package dev.gazette.model;

import java.util.Locale;

/** How serious a finding is. Declared from most to least severe, so {@code compareTo} orders by severity. */
public enum Severity {
    ERROR, WARNING, INFO;

    /** The lower-case name used in reports and configuration files. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when this severity is at least as serious as {@code threshold}. */
    public boolean atLeast(Severity threshold) {
        return compareTo(threshold) <= 0;
    }

    /** Parses {@code error}, {@code warning} or {@code info}, ignoring case. */
    public static Severity parse(String text) {
        for (Severity s : values()) {
            if (s.label().equalsIgnoreCase(text.trim())) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown severity '" + text + "' (expected error, warning or info)");
    }
}
