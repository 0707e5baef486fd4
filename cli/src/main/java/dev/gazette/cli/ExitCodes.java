package dev.gazette.cli;

/** The exit codes of every gazette command. */
public final class ExitCodes {

    /** Success: everything read, nothing at or above the failure level. */
    public static final int OK = 0;
    /** The run finished but was not clean: findings at or above the failure level, or rejected inputs. */
    public static final int FINDINGS = 1;
    /** Usage, configuration or I/O error: nothing (or nothing complete) was written. */
    public static final int USAGE = 2;

    private ExitCodes() {
    }
}
