package dev.gazette.export.report;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes a check {@link Report} in one format. Implementations are registered in
 * {@link ReportFormats}, the one list the command line's {@code --format} choices and help
 * come from. A renderer writes to the writer it is given and does not close it.
 */
public interface ReportRenderer {

    /** The format name used with {@code --format}, e.g. {@code sarif}. */
    String name();

    /** The usual file extension, without the dot, e.g. {@code sarif}. */
    String fileExtension();

    /** One line for the help text: what the format is and who reads it. */
    String description();

    /** Writes {@code report} to {@code out}. */
    void render(Report report, Writer out) throws IOException;
}
