package dev.gazette.export.report;

import dev.gazette.validate.RuleCatalogue;
import dev.gazette.validate.engine.ArticleResult;
import dev.gazette.validate.engine.Engine;
import java.io.Closeable;
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

    /**
     * Whether this format shows the articles themselves (their text, changes and entity mentions),
     * so the run must keep each article's analysis products for its {@link #session session}.
     */
    default boolean showsArticles() {
        return false;
    }

    /**
     * Starts the rendering of one run. The run passes every result to the session as it arrives,
     * then has it {@link Session#render render} the report. The default session keeps nothing and
     * renders the report alone; a renderer that shows the articles themselves (the HTML page shows
     * their text, changes and entities) keeps what it needs of each result.
     *
     * @param catalogue the rule catalogue of the run
     */
    default Session session(RuleCatalogue catalogue) {
        return new Session() {
            @Override
            public void accept(ArticleResult result) {
                // the findings in the report are all this format shows
            }

            @Override
            public void render(Report report, Writer out) throws IOException {
                ReportRenderer.this.render(report, out);
            }
        };
    }

    /** One run's rendering: fed the results in input order, then rendered once. Close it when done. */
    interface Session extends Engine.ResultSink, Closeable {
        /** Writes {@code report}, with what the session kept of the results, to {@code out}. */
        void render(Report report, Writer out) throws IOException;

        @Override
        default void close() throws IOException {
        }
    }
}
