package dev.gazette.export.report;

import dev.gazette.export.html.HtmlReport;
import dev.gazette.validate.RuleCatalogue;
import dev.gazette.validate.engine.ArticleResult;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

/**
 * The HTML report of a check run: the page of {@link HtmlReport}, with the text of every article,
 * its findings highlighted in place and its changes as diffs, when the run feeds the
 * {@link #session session}; from the findings alone when only {@link #render} is called. Findings
 * the baseline suppresses are left out and counted.
 */
public final class HtmlRenderer implements ReportRenderer {

    @Override
    public String name() {
        return "html";
    }

    @Override
    public String fileExtension() {
        return "html";
    }

    @Override
    public String description() {
        return "one self-contained page to read in a browser, findings in the text";
    }

    /** Renders the findings alone: the page lists them, but holds no article text. */
    @Override
    public void render(Report report, Writer out) throws IOException {
        try (Session s = session(report.catalogue())) {
            s.render(report, out);
        }
    }

    @Override
    public boolean showsArticles() {
        return true;
    }

    @Override
    public Session session(RuleCatalogue catalogue) {
        return new Page(catalogue);
    }

    private static final class Page implements Session {
        private final RuleCatalogue catalogue;
        private HtmlReport page;

        Page(RuleCatalogue catalogue) {
            this.catalogue = catalogue;
        }

        private HtmlReport page(String generator) throws IOException {
            if (page == null) {
                page = new HtmlReport(new HtmlReport.Settings("Gazette check report", generator, "check", catalogue,
                        Path.of(System.getProperty("java.io.tmpdir"))));
            }
            return page;
        }

        @Override
        public void accept(ArticleResult r) throws IOException {
            String raw = r.parsed() ? r.article().raw() : null;
            HtmlReport p = page("gazette");
            p.add(p.prepare(r, Fingerprints.of(r.findings(), raw)));
        }

        @Override
        public void render(Report report, Writer out) throws IOException {
            HtmlReport p = page(report.toolName() + " " + report.toolVersion());
            p.generator(report.toolName() + " " + report.toolVersion());
            if (p.isEmpty()) {
                for (Report.Input in : report.inputs()) {
                    List<Report.Entry> entries = report.entriesOf(in.source());
                    p.add(p.prepare(in.articleId(), in.source(), in.parsed(),
                            entries.stream().map(Report.Entry::finding).toList(),
                            entries.stream().map(Report.Entry::fingerprint).toList()));
                }
            }
            p.suppress(report.baselined().stream().map(Report.Entry::fingerprint).toList());
            p.write(out);
        }

        @Override
        public void close() throws IOException {
            if (page != null) {
                page.close();
            }
        }
    }
}
