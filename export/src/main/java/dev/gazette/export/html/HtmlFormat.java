package dev.gazette.export.html;

import dev.gazette.export.format.DatasetFiles;
import dev.gazette.export.format.DatasetFormat;
import dev.gazette.export.format.FormatSettings;
import dev.gazette.export.format.FormatWriter;
import dev.gazette.export.table.TableSpec;
import dev.gazette.validate.RuleCatalogue;
import dev.gazette.validate.engine.ArticleResult;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The {@code html} dataset format: {@code report.html}, the dataset as one self-contained page to
 * read in a browser ({@link HtmlReport}). It reads each article's result as it is written, the
 * rows of the entities table, and the rows of an {@code entity_links} table when the dataset has
 * one. The fingerprints that decisions are recorded against come from the findings table's
 * {@code fingerprint} column; without that column the page shows the suggestions but cannot
 * record decisions about them.
 */
public final class HtmlFormat implements DatasetFormat {

    /** The page's file name. */
    public static final String FILE = "report.html";

    /** The table whose rows explain why the forms of an entity were joined (issue 14), when the dataset has it. */
    static final String LINKS_TABLE = "entity_links";

    @Override
    public String name() {
        return "html";
    }

    @Override
    public String description() {
        return FILE + ", one page to read in a browser: findings and changes in the articles";
    }

    @Override
    public FormatWriter open(DatasetFiles files, List<TableSpec> tables, FormatSettings settings,
                             Consumer<String> warnings) throws IOException {
        Path spool = files.directory(".html-spool");
        HtmlReport page = new HtmlReport(new HtmlReport.Settings(settings.title(), settings.generator(), "dataset",
                RuleCatalogue.standard(), spool));
        return new Writing(files, page, spool);
    }

    private static final class Writing implements FormatWriter {
        private final DatasetFiles files;
        private final HtmlReport page;
        private final Path spool;
        private final List<Map<String, Object>> links = new ArrayList<>();
        private boolean hasLinks;
        private List<String> fingerprints;

        Writing(DatasetFiles files, HtmlReport page, Path spool) {
            this.files = files;
            this.page = page;
            this.spool = spool;
        }

        @Override
        public Object render(TableSpec table, List<Map<String, Object>> rows, List<Map<String, Object>> records) {
            return switch (table.name()) {
                case "findings", "entities", LINKS_TABLE -> rows;
                default -> null;
            };
        }

        @Override
        @SuppressWarnings("unchecked")
        public void append(TableSpec table, Object rendered) {
            List<Map<String, Object>> rows = (List<Map<String, Object>>) rendered;
            switch (table.name()) {
                case "findings" -> {
                    if (table.columns().stream().anyMatch(c -> c.name().equals("fingerprint"))) {
                        fingerprints = new ArrayList<>(rows.size());
                        for (Map<String, Object> row : rows) {
                            Object fp = row.get("fingerprint");
                            fingerprints.add(fp == null ? null : fp.toString());
                        }
                    }
                }
                case "entities" -> page.entityRows(rows);
                case LINKS_TABLE -> {
                    hasLinks = true;
                    links.addAll(rows);
                }
                default -> {
                }
            }
        }

        @Override
        public void article(ArticleResult r) throws IOException {
            List<String> fps = fingerprints != null && fingerprints.size() == r.findings().size() ? fingerprints : null;
            fingerprints = null;
            page.add(page.prepare(r, fps));
        }

        @Override
        public void finish() throws IOException {
            if (hasLinks) {
                page.entityLinks(links);
            }
            try (Writer w = files.writer(FILE)) {
                page.write(w);
            }
            close();
        }

        @Override
        public List<String> files() {
            return List.of(FILE);
        }

        @Override
        public void close() throws IOException {
            page.close();
            Files.deleteIfExists(spool);
        }
    }
}
