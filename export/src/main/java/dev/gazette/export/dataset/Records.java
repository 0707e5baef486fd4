package dev.gazette.export.dataset;

import dev.gazette.analysis.dates.DateEstimator;
import dev.gazette.analysis.events.Event;
import dev.gazette.analysis.events.Named;
import dev.gazette.analysis.names.Entity;
import dev.gazette.analysis.names.EntityLink;
import dev.gazette.analysis.names.Mention;
import dev.gazette.analysis.pipeline.ArticleProducts;
import dev.gazette.analysis.pipeline.Quotation;
import dev.gazette.analysis.quotes.Quote;
import dev.gazette.analysis.roles.RoleTable;
import dev.gazette.export.table.TableSpec;
import dev.gazette.export.table.Tables;
import dev.gazette.model.Article;
import dev.gazette.model.Attribution;
import dev.gazette.model.Block;
import dev.gazette.model.Finding;
import dev.gazette.model.FindingFingerprints;
import dev.gazette.model.LineIndex;
import dev.gazette.model.Paragraph;
import dev.gazette.model.SetAsideLine;
import dev.gazette.validate.engine.ArticleResult;
import dev.gazette.validate.fix.Change;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Maps results to table rows (flat, one value per column) and JSON records (the same fields,
 * plus nested detail where the table is the full record). Keys are the column names.
 */
public final class Records {

    private Records() {
    }

    /**
     * The rows one result adds to one table.
     *
     * @param table   the table
     * @param rows    the flat rows, one value per column
     * @param records the JSON records: the rows' fields, plus nested detail where the table is the full record
     */
    public record TableRows(TableSpec table, List<Map<String, Object>> rows, List<Map<String, Object>> records) {
        public TableRows {
            rows = List.copyOf(rows);
            records = List.copyOf(records);
        }
    }

    /**
     * Every row {@code r} adds to {@code tables}, in the order the dataset holds them (articles,
     * changes, quotes, findings, mentions, events; each in text order), tables without rows left out.
     * Findings are numbered from {@code findingsBefore + 1}: the number of findings about the
     * same input already written (0 unless the input goes on from the previous result). This is
     * what the exporter writes per result, on one machine or on a distributed runner's workers.
     */
    public static List<TableRows> of(ArticleResult r, List<TableSpec> tables, int findingsBefore) {
        List<TableRows> out = new ArrayList<>(5);
        ArticleProducts products = r.products();
        if (r.parsed()) {
            Article a = r.article();
            List<Quotation> quotes = products.quotations() == null ? List.of() : products.quotations();
            add(out, tables, Tables.ARTICLES, List.of(articleRow(r, quotes.size())),
                    List.of(articleRecord(r, quotes.size())));
            List<Map<String, Object>> changes = new ArrayList<>(r.normalised().changes().size());
            for (Change c : r.normalised().changes()) {
                changes.add(changeRow(c));
            }
            add(out, tables, Tables.CHANGES, changes, changes);
            if (!quotes.isEmpty()) {
                LineIndex lines = r.lines();
                List<Map<String, Object>> rows = new ArrayList<>(quotes.size());
                int number = 0;
                for (Quotation q : quotes) {
                    rows.add(quoteRow(a, q.quote(), ++number, q.speakerEntityId(), lines));
                }
                add(out, tables, Tables.QUOTES, rows, rows);
            }
        }
        if (!r.findings().isEmpty()) {
            List<Map<String, Object>> rows = new ArrayList<>(r.findings().size());
            int number = findingsBefore;
            List<String> fingerprints = FindingFingerprints.of(r.findings(), r.parsed() ? r.article().raw() : null);
            for (int i = 0; i < r.findings().size(); i++) {
                rows.add(findingRow(r.findings().get(i), ++number, r.parsed(), fingerprints.get(i)));
            }
            add(out, tables, Tables.FINDINGS, rows, rows);
        }
        if (products.mentions() != null) {
            List<Map<String, Object>> rows = new ArrayList<>(products.mentions().size());
            for (Mention m : products.mentions()) {
                rows.add(mentionRow(m));
            }
            add(out, tables, Tables.MENTIONS, rows, rows);
        }
        if (r.parsed() && products.events() != null && !products.events().isEmpty()) {
            List<Map<String, Object>> rows = new ArrayList<>(products.events().size());
            int number = 0;
            for (Event e : products.events()) {
                rows.add(eventRow(r.article(), e, ++number, r.lines()));
            }
            add(out, tables, Tables.EVENTS, rows, rows);
        }
        return out;
    }

    private static void add(List<TableRows> out, List<TableSpec> tables, TableSpec table,
                            List<Map<String, Object>> rows, List<Map<String, Object>> records) {
        if (!rows.isEmpty() && tables.contains(table)) {
            out.add(new TableRows(table, rows, records));
        }
    }

    /** The flat row of the articles table, without the count of quotations. */
    public static Map<String, Object> articleRow(ArticleResult r) {
        return articleRow(r, null);
    }

    /** The flat row of the articles table; {@code quotes} is the article's quotation count. */
    public static Map<String, Object> articleRow(ArticleResult r, Integer quotes) {
        Article a = r.article();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("source", a.source());
        m.put("sha256", a.sha256());
        m.put("encoding", a.encoding());
        m.put("title", a.title() == null ? null : a.title().text());
        m.put("dek", a.dek() == null ? null : a.dek().text());
        m.put("dateline", a.dateline() == null ? null : a.dateline().place());
        m.put("agency", a.dateline() == null ? null : a.dateline().agency());
        m.put("published", a.published() == null ? null : a.published().iso());
        m.put("published_date", a.published() == null || a.published().date() == null ? null
                : a.published().date().toString());
        m.put("published_text", a.published() == null ? null : a.published().text());
        DateEstimator.Estimate estimate = a.published() == null ? r.products().dateEstimate() : null;
        m.put("published_earliest", estimate == null || estimate.earliest() == null ? null : estimate.earliest().toString());
        m.put("published_latest", estimate == null || estimate.latest() == null ? null : estimate.latest().toString());
        m.put("published_evidence", estimate == null || estimate.evidence().isEmpty() ? null : estimate.evidence());
        m.put("publisher", a.publisher());
        m.put("original_source", a.originalSource());
        m.put("paragraphs", a.paragraphs().size());
        m.put("headings", a.headings().size());
        m.put("words", a.wordCount());
        m.put("set_aside", a.setAside().size());
        m.put("findings", r.findings().size());
        m.put("changes", r.normalised().changes().size());
        m.put("quotes", quotes);
        m.put("text", r.normalised().cleanBody());
        return m;
    }

    /**
     * The full JSON record of an article: the row's fields, where {@code paragraphs},
     * {@code headings} and {@code set_aside} are lists rather than counts, plus the dateline,
     * attributions and the raw text.
     */
    public static Map<String, Object> articleRecord(ArticleResult r) {
        return articleRecord(r, null);
    }

    /** The full JSON record of an article, with its quotation count. */
    public static Map<String, Object> articleRecord(ArticleResult r, Integer quotes) {
        Article a = r.article();
        Map<String, Object> m = articleRow(r, quotes);
        Map<String, Object> dateline = null;
        if (a.dateline() != null) {
            dateline = new LinkedHashMap<>();
            dateline.put("text", a.dateline().text());
            dateline.put("place", a.dateline().place());
            dateline.put("agency", a.dateline().agency());
            dateline.put("line", a.dateline().line());
        }
        m.put("dateline_detail", dateline);
        m.put("title_line", a.title() == null ? null : a.title().line());
        m.put("published_line", a.published() == null ? null : a.published().line());
        List<Map<String, Object>> paragraphs = new ArrayList<>();
        List<String> clean = r.normalised().cleanParagraphs();
        for (Paragraph p : a.paragraphs()) {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("index", p.index());
            pm.put("text", p.text());
            pm.put("clean_text", clean.get(p.index()));
            pm.put("line", p.line());
            pm.put("lines", p.lineCount());
            pm.put("start", p.start());
            pm.put("end", p.end());
            paragraphs.add(pm);
        }
        m.put("paragraphs", paragraphs);
        List<Map<String, Object>> headings = new ArrayList<>();
        for (Block b : a.headings()) {
            headings.add(block(b));
        }
        m.put("headings", headings);
        List<Map<String, Object>> aside = new ArrayList<>();
        for (SetAsideLine s : a.setAside()) {
            Map<String, Object> sm = new LinkedHashMap<>();
            sm.put("line", s.line());
            sm.put("text", s.text());
            sm.put("reason", s.reason().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            sm.put("detail", s.detail());
            aside.add(sm);
        }
        m.put("set_aside", aside);
        List<Map<String, Object>> attributions = new ArrayList<>();
        for (Attribution at : a.attributions()) {
            Map<String, Object> am = new LinkedHashMap<>();
            am.put("field", at.field());
            am.put("label", at.label());
            am.put("value", at.value());
            am.put("line", at.line());
            attributions.add(am);
        }
        m.put("attributions", attributions);
        m.put("wrap_width", a.wrapWidth());
        m.put("raw", a.raw());
        return m;
    }

    private static Map<String, Object> block(Block b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", b.text());
        m.put("line", b.line());
        m.put("start", b.start());
        m.put("end", b.end());
        return m;
    }

    /** The row (and JSON record) of a finding. */
    public static Map<String, Object> findingRow(Finding f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("article_id", f.articleId());
        m.put("source", f.source());
        m.put("line", f.line());
        m.put("column", f.column());
        m.put("rule", f.ruleId());
        m.put("severity", f.severity().label());
        m.put("message", f.message());
        m.put("suggestion", f.suggestion());
        m.put("fixable", f.fixable());
        m.put("start", f.start());
        m.put("end", f.end());
        return m;
    }

    /**
     * The row (and JSON record) of a finding in the findings table.
     *
     * @param number    1-based position among the findings about the same input
     * @param ofArticle whether the input is a parsed article; when not, the article id is left
     *                  empty so that every article id of the table refers to a row of articles
     */
    public static Map<String, Object> findingRow(Finding f, int number, boolean ofArticle) {
        return findingRow(f, number, ofArticle, null);
    }

    /**
     * The row (and JSON record) of a finding in the findings table, with its fingerprint.
     *
     * @param number      1-based position among the findings about the same input
     * @param ofArticle   whether the input is a parsed article; when not, the article id is left empty
     * @param fingerprint the finding's stable fingerprint ({@code Fingerprints}), or {@code null} to leave it out
     */
    public static Map<String, Object> findingRow(Finding f, int number, boolean ofArticle, String fingerprint) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("article_id", ofArticle ? f.articleId() : null);
        m.put("source", f.source());
        m.put("number", number);
        Map<String, Object> rest = findingRow(f);
        rest.remove("article_id");
        rest.remove("source");
        m.putAll(rest);
        if (fingerprint != null) {
            m.put("fingerprint", fingerprint);
        }
        return m;
    }

    /**
     * The row (and JSON record) of a quotation.
     *
     * @param number          1-based position of the quotation in the article
     * @param speakerEntityId the speaker's entity id, or {@code null}
     */
    public static Map<String, Object> quoteRow(Article a, Quote q, int number, String speakerEntityId,
                                               LineIndex lines) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("article_id", a.id());
        m.put("number", number);
        m.put("paragraph", q.paragraph() + 1);
        m.put("line", lines.lineOf(q.start()));
        m.put("column", lines.columnOf(q.start()));
        m.put("quote", q.text());
        m.put("speaker", q.speaker());
        m.put("speaker_entity_id", speakerEntityId);
        m.put("attribution", q.attribution() == null ? null : q.attribution().label());
        m.put("balanced", q.balanced());
        m.put("start", q.start());
        m.put("end", q.end());
        return m;
    }

    /** The row (and JSON record) of an applied change. */
    public static Map<String, Object> changeRow(Change c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("article_id", c.articleId());
        m.put("source", c.source());
        m.put("line", c.line());
        m.put("column", c.column());
        m.put("rule", c.ruleId());
        m.put("before", c.before());
        m.put("after", c.after());
        m.put("start", c.start());
        m.put("end", c.end());
        return m;
    }

    /** The row (and JSON record) of an entity mention. */
    public static Map<String, Object> mentionRow(Mention x) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("article_id", x.articleId());
        m.put("entity_id", x.entityId());
        m.put("surface", x.surface());
        m.put("canonical", x.canonical());
        m.put("type", x.type().label());
        m.put("relation", x.relation());
        m.put("role", x.role());
        m.put("paragraph", x.paragraph());
        m.put("line", x.line());
        m.put("column", x.column());
        m.put("start", x.start());
        m.put("end", x.end());
        return m;
    }

    /**
     * The row of an entity, with the counts of the mentions the run produced.
     *
     * @param variants the surface forms seen, sorted
     */
    public static Map<String, Object> entityRow(Entity e, Collection<String> variants, int mentions, int articles) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("name", e.name());
        m.put("type", e.type().label());
        m.put("source", e.source());
        m.put("variants", String.join("|", variants));
        m.put("mentions", mentions);
        m.put("articles", articles);
        m.put("canonical_reason", e.reason());
        return m;
    }

    /**
     * The row (and JSON record) of an event.
     *
     * @param number 1-based position of the event in the article
     */
    public static Map<String, Object> eventRow(Article a, Event e, int number, LineIndex lines) {
        List<String> ids = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> roles = new ArrayList<>();
        for (Named n : e.participants()) {
            ids.add(n.entityId());
            names.add(n.name());
            roles.add(n.role() == null ? "" : n.role().replace('|', '/'));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("article_id", a.id());
        m.put("number", number);
        m.put("type", e.type());
        m.put("participants", String.join("|", ids));
        m.put("participant_names", String.join("|", names));
        m.put("participant_roles", roles.stream().allMatch(String::isEmpty) ? null : String.join("|", roles));
        m.put("place_entity_id", e.place() == null ? null : e.place().entityId());
        m.put("place", e.place() == null ? null : e.place().name());
        m.put("date", e.date() == null ? null : e.date().toString());
        m.put("date_expression", e.dateExpression());
        m.put("status", e.status());
        m.put("trigger", e.trigger());
        m.put("sentence", a.raw().substring(e.sentenceStart(), e.sentenceEnd()).replaceAll("\\s+", " "));
        m.put("line", lines.lineOf(e.sentenceStart()));
        m.put("column", lines.columnOf(e.sentenceStart()));
        m.put("sentence_start", e.sentenceStart());
        m.put("sentence_end", e.sentenceEnd());
        return m;
    }

    /**
     * The row (and JSON record) of a role.
     *
     * @param ofEntityId the organisation's entity id as the dataset has it ({@code null} when the entities table
     *                   lacks it)
     */
    public static Map<String, Object> roleRow(RoleTable.Role r, String ofEntityId) {
        Map<String, Object> m = new LinkedHashMap<>();
        String of = ofEntityId != null ? ofEntityId : r.ofName() == null ? null : slug(r.ofName());
        m.put("id", r.entityId() + "/" + slug(r.post()) + (of == null ? "" : "/" + of));
        m.put("entity_id", r.entityId());
        m.put("name", r.name());
        m.put("title", r.title());
        m.put("post", r.post());
        m.put("of_entity_id", ofEntityId);
        m.put("of", r.ofName());
        m.put("first_date", r.first() == null ? null : r.first().toString());
        m.put("last_date", r.last() == null ? null : r.last().toString());
        m.put("articles", r.articles());
        m.put("dated_articles", r.datedArticles());
        m.put("registry_from", r.registryFrom() == null ? null : r.registryFrom().toString());
        m.put("registry_to", r.registryTo() == null ? null : r.registryTo().toString());
        m.put("registry_periods", r.registryPeriods());
        return m;
    }

    /** Lower-case words joined by '-'. */
    private static String slug(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
    }

    /** A row of the entity_links table; probability to six decimals, weight to two (empty when not weighed). */
    public static Map<String, Object> entityLinkRow(EntityLink l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("entity_id", l.entityId());
        m.put("form", l.form());
        m.put("linked_form", l.linkedForm());
        m.put("probability", Math.round(l.probability() * 1e6) / 1e6);
        m.put("weight", l.weight() == null ? null : Math.round(l.weight() * 100) / 100.0);
        m.put("evidence", l.evidence());
        m.put("explanation", l.explanation());
        return m;
    }

}
