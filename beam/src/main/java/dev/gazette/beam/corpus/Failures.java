package dev.gazette.beam.corpus;

import dev.gazette.model.Finding;
import dev.gazette.model.Severity;
import dev.gazette.model.io.RawDocument;

/**
 * An unexpected error on one article (an exception, a stack overflow on a pathological input),
 * in words, and the {@code article-failed} finding that reports it: the statistics pass and the
 * per-article step both catch such errors, so that one article costs a finding, not the job.
 */
public final class Failures {

    private Failures() {
    }

    /** The error and where it happened: its class, its message and the method that threw it. */
    public static String describe(Throwable e) {
        StackTraceElement[] trace = e.getStackTrace();
        String where = trace.length == 0 ? "" : " at " + trace[0].getClassName() + "." + trace[0].getMethodName()
                + (trace[0].getLineNumber() > 0 ? ":" + trace[0].getLineNumber() : "");
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + where;
    }

    /** The {@code article-failed} finding of {@code doc}, which failed with {@code failure} ({@link #describe}). */
    public static Finding finding(RawDocument doc, String failure) {
        return Finding.fileLevel("article-failed", Severity.ERROR, doc.id(), doc.source(),
                "Gazette failed on this article (" + failure + "); it is left out of the dataset",
                "Report this with the message and, if you can, the article; the rest of the corpus is processed.");
    }
}
