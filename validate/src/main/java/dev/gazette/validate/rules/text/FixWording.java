package dev.gazette.validate.rules.text;

/** Wording shared by the text rules' suggestions. */
final class FixWording {

    /** How a suggested fix is applied, appended to the suggestion of rules whose fix is {@code suggested}. */
    static final String SUGGESTED = " (suggested fix: applied with --unsafe or an accept decision).";

    private FixWording() {
    }
}
