package dev.gazette.cli;

/** The exit codes of every gazette command. */
public final class ExitCodes {

    /** Success: everything read, nothing at or above the failure level. */
    public static final int OK = 0;
    /** The run finished but was not clean: findings at or above the failure level, or rejected inputs. */
    public static final int FINDINGS = 1;
    /** Usage, configuration or I/O error: nothing (or nothing complete) was written. */
    public static final int USAGE = 2;
    /**
     * Out of memory: the run stopped; the previous output is left as it was. The message names
     * the file or article in progress and says what to do ({@code -Xmx}, {@code --max-file-size}).
     */
    public static final int OUT_OF_MEMORY = 3;
    /**
     * An unexpected error (a bug in Gazette): the run stopped; the previous output is left as it
     * was. The message names the file or article in progress; {@code GAZETTE_DEBUG=1} prints the details.
     */
    public static final int INTERNAL_ERROR = 4;

    private ExitCodes() {
    }
}
