package dev.gazette.export.html;

import dev.gazette.analysis.names.Mention;
import dev.gazette.model.Article;
import dev.gazette.model.Block;
import dev.gazette.model.Finding;
import dev.gazette.model.Paragraph;
import dev.gazette.model.SetAsideLine;
import dev.gazette.model.Severity;
import dev.gazette.model.TextEdit;
import dev.gazette.validate.RuleCatalogue;
import dev.gazette.validate.RuleDescriptor;
import dev.gazette.validate.engine.ArticleResult;
import dev.gazette.validate.fix.Change;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * The HTML report: one self-contained page that shows what a run found and changed, article by
 * article, with the entities and the suggestions left for a person to decide. Fed one result at a
 * time, in input order ({@link #prepare} may run on worker threads, {@link #add} runs in order);
 * then {@link #write} writes the page.
 *
 * <p>Scale: the page embeds a compact index (inputs, findings, entities) that the page's script
 * reads at once, and each article's text and changes in an element of its own that it reads only
 * when the article is opened. The article details are spooled to a file while the run goes on, so
 * the heap holds the index only. The same input gives the same bytes: nothing holds a time stamp.
 */
public final class HtmlReport implements Closeable {

    /** The fix state of a finding, as the page shows it. */
    static final int FIX_NONE = 0;
    static final int FIX_APPLIED = 1;
    static final int FIX_SUGGESTED = 2;

    /**
     * What the page says about the run.
     *
     * @param title     the page title, e.g. the input folder's name
     * @param generator the tool and version, e.g. {@code gazette 0.1.0}
     * @param kind      {@code dataset} for a page written with a dataset, {@code check} for a check run
     * @param catalogue the rule catalogue (names, summaries and fix kinds of the rules)
     * @param spoolDir  a folder for the spool file of article details (created when missing)
     */
    public record Settings(String title, String generator, String kind, RuleCatalogue catalogue, Path spoolDir) {
        public Settings {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(generator, "generator");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(catalogue, "catalogue");
            Objects.requireNonNull(spoolDir, "spoolDir");
        }
    }

    /** One finding as the page lists it. */
    record FindingData(String rule, Severity severity, int line, int column, int start, int end, String message,
                       String suggestion, int fix, String fingerprint, List<EditData> edits) {
    }

    /** One edit of a suggested fix, with the text it replaces. */
    record EditData(int start, int end, String before, String after) {
    }

    /** One entity mention: where, which entity, as written. */
    record MentionData(String entityId, String canonical, String type, String surface, int start, int end) {
    }

    /**
     * One input made ready for the page by {@link #prepare}: its index entry, its findings and its
     * details rendered as JSON. Opaque: only {@link #add} reads it.
     */
    public static final class Prepared {
        final String id;
        final String source;
        final boolean parsed;
        final String title;
        final String published;
        final int words;
        final int setAside;
        final int changes;
        final List<FindingData> findings;
        final Map<String, Integer> changesByRule;
        final List<MentionData> mentions;
        final String details;

        private Prepared(String id, String source, boolean parsed, String title, String published, int words,
                         int setAside, int changes, List<FindingData> findings, Map<String, Integer> changesByRule,
                         List<MentionData> mentions, String details) {
            this.id = id;
            this.source = source;
            this.parsed = parsed;
            this.title = title;
            this.published = published;
            this.words = words;
            this.setAside = setAside;
            this.changes = changes;
            this.findings = findings;
            this.changesByRule = changesByRule;
            this.mentions = mentions;
            this.details = details;
        }
    }

    /** An input as the index lists it. */
    private record InputData(String id, String source, boolean parsed, String title, String published, int words,
                             int setAside, int changes, int firstFinding, List<FindingData> findings) {
    }

    /** What the mentions say about one entity: its forms, and per form the mentions and the articles. */
    private static final class EntityData {
        final int index;
        final String id;
        String name;
        String type;
        String source;
        String reason;
        int mentions;
        final Map<String, FormData> forms = new TreeMap<>();

        EntityData(int index, String id, String name, String type) {
            this.index = index;
            this.id = id;
            this.name = name;
            this.type = type;
        }
    }

    private static final class FormData {
        int mentions;
        final List<Integer> articles = new ArrayList<>();
    }

    private final Settings settings;
    /* The catalogue's rules, numbered in catalogue order; read by prepare on any thread, never changed. */
    private final Map<String, Integer> catalogueIndex;
    /* The catalogue's rules and then any other rule a finding names, numbered on; changed by add only. */
    private final Map<String, Integer> ruleIndex = new LinkedHashMap<>();
    private final List<InputData> inputs = new ArrayList<>();
    private final Map<String, Integer> changesByRule = new TreeMap<>();
    private final Map<String, EntityData> entities = new LinkedHashMap<>();
    private final Path spool;
    private final Writer details;
    private List<Map<String, Object>> links;
    private final Set<String> suppressed = new HashSet<>();
    private String lastSource;
    private int lastNumber;
    private int articles;
    private long words;
    private String generator;

    /** A report to fill with {@link #add}; its spool file is removed by {@link #close}. */
    public HtmlReport(Settings settings) throws IOException {
        this.settings = settings;
        this.generator = settings.generator();
        for (RuleDescriptor d : settings.catalogue().all()) {
            ruleIndex.put(d.id(), ruleIndex.size());
        }
        this.catalogueIndex = Map.copyOf(ruleIndex);
        Files.createDirectories(settings.spoolDir());
        this.spool = Files.createTempFile(settings.spoolDir(), "report-", ".spool");
        this.details = new BufferedWriter(Files.newBufferedWriter(spool, StandardCharsets.UTF_8), 1 << 16);
    }

    /**
     * Makes one result ready for the page: findings with their fix state, the article's details as
     * JSON. Thread-safe; changes nothing shared.
     *
     * @param r            the result
     * @param fingerprints the fingerprints of {@code r}'s findings, in the same order (see the
     *                     report package's {@code Fingerprints}), or {@code null} when there are
     *                     none; without them the page shows suggestions but cannot record
     *                     decisions about them
     */
    public Prepared prepare(ArticleResult r, List<String> fingerprints) {
        checkFingerprints(r.source(), r.findings(), fingerprints);
        Article a = r.article();
        String raw = a == null ? null : a.raw();
        Set<String> applied = new HashSet<>();
        Map<String, Integer> byRule = new TreeMap<>();
        List<Change> changes = r.parsed() ? r.normalised().changes() : List.of();
        for (Change c : changes) {
            applied.add(editKey(c.ruleId(), c.start(), c.end(), c.after()));
            byRule.merge(c.ruleId(), 1, Integer::sum);
        }
        List<FindingData> findings = new ArrayList<>(r.findings().size());
        for (int i = 0; i < r.findings().size(); i++) {
            Finding f = r.findings().get(i);
            boolean all = f.fixable();
            for (TextEdit e : f.edits()) {
                all &= applied.contains(editKey(f.ruleId(), e.start(), e.end(), e.replacement()));
            }
            findings.add(finding(f, !f.fixable() ? FIX_NONE : all ? FIX_APPLIED : FIX_SUGGESTED,
                    fingerprints == null ? null : fingerprints.get(i), raw));
        }
        List<MentionData> mentions = List.of();
        List<Mention> found = r.products().mentions();
        if (found != null) {
            mentions = new ArrayList<>(found.size());
            for (Mention m : found) {
                mentions.add(new MentionData(m.entityId(), m.canonical(), m.type().label(), m.surface(),
                        m.start(), m.end()));
            }
        }
        if (a == null) {
            return new Prepared(r.id(), r.source(), false, null, null, 0, 0, 0, findings, byRule, mentions, null);
        }
        return new Prepared(r.id(), r.source(), true, a.title() == null ? null : a.title().text(),
                a.published() == null ? null : a.published().iso(), a.wordCount(), a.setAside().size(),
                changes.size(), findings, byRule, mentions, details(a, changes));
    }

    /**
     * Makes an input ready from its findings alone, without its text (a report rendered after the
     * run, when the articles are gone): the page lists the findings but cannot show them in place.
     * A fix counts as applied when its rule's fixes are applied by default.
     */
    public Prepared prepare(String id, String source, boolean parsed, List<Finding> findings,
                            List<String> fingerprints) {
        checkFingerprints(source, findings, fingerprints);
        List<FindingData> data = new ArrayList<>(findings.size());
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            RuleDescriptor.FixKind kind = settings.catalogue().find(f.ruleId()).map(RuleDescriptor::fix)
                    .orElse(RuleDescriptor.FixKind.NONE);
            int fix = !f.fixable() ? FIX_NONE : kind == RuleDescriptor.FixKind.SAFE ? FIX_APPLIED : FIX_SUGGESTED;
            data.add(finding(f, fix, fingerprints == null ? null : fingerprints.get(i), null));
        }
        return new Prepared(id, source, parsed, null, null, 0, 0, 0, data, Map.of(), List.of(), null);
    }

    private static void checkFingerprints(String source, List<Finding> findings, List<String> fingerprints) {
        if (fingerprints != null && fingerprints.size() != findings.size()) {
            throw new IllegalArgumentException("expected " + findings.size() + " fingerprints for "
                    + source + ", got " + fingerprints.size());
        }
    }

    private static FindingData finding(Finding f, int fix, String fingerprint, String raw) {
        List<EditData> edits = List.of();
        if (fix == FIX_SUGGESTED) {
            edits = new ArrayList<>(f.edits().size());
            for (TextEdit e : f.edits()) {
                String before = raw != null && e.end() <= raw.length() ? raw.substring(e.start(), e.end()) : "";
                edits.add(new EditData(e.start(), e.end(), before, e.replacement()));
            }
        }
        return new FindingData(f.ruleId(), f.severity(), f.line(), f.column(), f.start(), f.end(), f.message(),
                f.suggestion(), fix, fingerprint, edits);
    }

    private static String editKey(String rule, int start, int end, String after) {
        return rule + '\u0000' + start + '\u0000' + end + '\u0000' + after;
    }

    /** The details of an article the page reads when it is opened, as JSON without the closing brace. */
    private String details(Article a, List<Change> changes) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("raw", a.raw());
        d.put("title", span(a.title()));
        d.put("dek", span(a.dek()));
        List<int[]> paragraphs = new ArrayList<>(a.paragraphs().size());
        for (Paragraph p : a.paragraphs()) {
            paragraphs.add(new int[] {p.start(), p.end()});
        }
        d.put("para", paragraphs);
        List<int[]> headings = new ArrayList<>(a.headings().size());
        for (Block b : a.headings()) {
            headings.add(span(b));
        }
        d.put("head", headings);
        List<Object[]> aside = new ArrayList<>(a.setAside().size());
        for (SetAsideLine s : a.setAside()) {
            aside.add(new Object[] {s.start(), s.end(), s.reason().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    s.detail()});
        }
        d.put("aside", aside);
        List<Object[]> ch = new ArrayList<>(changes.size());
        for (Change c : changes) {
            Integer rule = catalogueIndex.get(c.ruleId());
            ch.add(new Object[] {c.start(), c.end(), rule == null ? c.ruleId() : rule, c.after()});
        }
        d.put("ch", ch);
        String json = PageJson.write(d);
        return json.substring(0, json.length() - 1);
    }

    private static int[] span(Block b) {
        return b == null ? null : new int[] {b.start(), b.end()};
    }

    /** Adds one input, in input order. */
    public void add(Prepared p) throws IOException {
        int index = inputs.size();
        int offset = p.source.equals(lastSource) ? lastNumber : 0;
        lastSource = p.source;
        lastNumber = offset + p.findings.size();
        for (FindingData f : p.findings) {
            ruleIndex.putIfAbsent(f.rule(), ruleIndex.size());
        }
        inputs.add(new InputData(p.id, p.source, p.parsed, p.title, p.published, p.words, p.setAside, p.changes,
                offset, p.findings));
        p.changesByRule.forEach((rule, n) -> changesByRule.merge(rule, n, Integer::sum));
        if (!p.parsed) {
            return;
        }
        articles++;
        if (p.details == null) {
            return;
        }
        words += p.words;
        List<int[]> mentions = new ArrayList<>(p.mentions.size());
        Set<String> formsSeen = new HashSet<>();
        for (MentionData m : p.mentions) {
            EntityData e = entities.computeIfAbsent(m.entityId(),
                    id -> new EntityData(entities.size(), id, m.canonical(), m.type()));
            e.mentions++;
            FormData form = e.forms.computeIfAbsent(m.surface(), s -> new FormData());
            form.mentions++;
            if (formsSeen.add(m.entityId() + '\u0000' + m.surface())) {
                form.articles.add(index);
            }
            mentions.add(new int[] {m.start(), m.end(), e.index});
        }
        details.write("<script type=\"application/json\" id=\"d");
        details.write(Integer.toString(index));
        details.write("\">");
        details.write(p.details);
        details.write(",\"m\":");
        details.write(PageJson.write(mentions));
        details.write("}</script>\n");
    }

    /**
     * The corpus's entities, from rows of the entities table ({@code id, name, type, source,
     * canonical_reason}), for what the mentions alone do not say: the source (registry or corpus)
     * and why the canonical name was chosen. Entities no mention refers to are left out.
     */
    public void entityRows(Collection<? extends Map<String, ?>> rows) {
        for (Map<String, ?> row : rows) {
            describe(text(row.get("id")), text(row.get("name")), text(row.get("type")), text(row.get("source")),
                    text(row.get("canonical_reason")));
        }
    }

    private void describe(String id, String name, String type, String source, String reason) {
        EntityData d = entities.get(id);
        if (d != null) {
            d.name = name;
            d.type = type;
            d.source = source.isEmpty() ? null : source;
            d.reason = reason.isEmpty() ? null : reason;
        }
    }

    /**
     * The rows of the {@code entity_links} table: why the forms of each entity were joined. Each
     * row holds {@code entity_id, form, linked_form, probability, weight, evidence, explanation};
     * rows of an entity the page does not list are left out. Without this call the page says that
     * the run recorded no link evidence.
     */
    public void entityLinks(Collection<? extends Map<String, ?>> rows) {
        links = new ArrayList<>(rows.size());
        for (Map<String, ?> row : rows) {
            links.add(new LinkedHashMap<>(row));
        }
    }

    /** Names the tool in the page, e.g. {@code gazette 0.1.0}, when it was not known at the start. */
    public void generator(String generator) {
        this.generator = Objects.requireNonNull(generator, "generator");
    }

    /** True when no input was added yet. */
    public boolean isEmpty() {
        return inputs.isEmpty();
    }

    /** Leaves out the findings with these fingerprints (those a baseline suppresses); the page counts them. */
    public void suppress(Collection<String> fingerprints) {
        suppressed.addAll(fingerprints);
    }

    /**
     * Writes the page. Call once, after the last {@link #add}. The page holds, in this order: a
     * small summary the overview is drawn from at once; the script; the index of inputs and
     * findings; the entities; and each article's details. So the overview shows while the browser
     * is still reading the rest.
     */
    public void write(Writer out) throws IOException {
        details.flush();
        Index index = index();
        PageTemplate template = PageTemplate.load();
        template.writeHead(out, settings.title());
        block(out, "gz-summary", index.summary);
        template.writeBody(out);
        block(out, "gz-index", index.data);
        block(out, "gz-entities", entitiesData());
        try (Reader in = Files.newBufferedReader(spool, StandardCharsets.UTF_8)) {
            in.transferTo(out);
        }
        template.writeEnd(out);
        out.flush();
    }

    private static void block(Writer out, String id, Object value) throws IOException {
        out.write("<script type=\"application/json\" id=\"" + id + "\">");
        PageJson.mapper().writeValue(out, value);
        out.write("</script>\n");
    }

    /** What the page reads: the summary (read at once) and the index of inputs and findings. */
    private record Index(Map<String, Object> summary, Map<String, Object> data) {
    }

    private Index index() {
        List<Object[]> in = new ArrayList<>(inputs.size());
        Columns f = new Columns();
        Map<String, Integer> strings = new HashMap<>();
        List<String> pool = new ArrayList<>();
        List<Object[]> suggestions = new ArrayList<>();
        int hidden = 0;
        int rejected = 0;
        long aside = 0;
        long changes = 0;
        int[][] counts = new int[ruleIndex.size()][3];
        int[] bySeverity = new int[3];
        int[] histogram = new int[HISTOGRAM.length];
        for (int i = 0; i < inputs.size(); i++) {
            InputData d = inputs.get(i);
            int first = f.size();
            int number = d.firstFinding();
            for (FindingData x : d.findings()) {
                number++;
                if (x.fingerprint() != null && suppressed.contains(x.fingerprint())) {
                    hidden++;
                    continue;
                }
                if (x.fix() == FIX_SUGGESTED) {
                    List<Object[]> edits = new ArrayList<>(x.edits().size());
                    for (EditData e : x.edits()) {
                        edits.add(new Object[] {e.start(), e.end(), e.before(), e.after()});
                    }
                    suggestions.add(new Object[] {f.size(), x.fingerprint(), edits});
                }
                int rule = ruleIndex.get(x.rule());
                counts[rule][x.severity().ordinal()]++;
                bySeverity[x.severity().ordinal()]++;
                f.add(i, number, rule, x.severity().ordinal(), x.line(), x.column(), x.start(),
                        x.end(), x.message(), intern(x.suggestion(), strings, pool), x.fix());
            }
            int count = f.size() - first;
            if (d.parsed()) {
                aside += d.setAside();
                changes += d.changes();
                for (int b = 0; b < HISTOGRAM.length; b++) {
                    if (count <= HISTOGRAM[b]) {
                        histogram[b]++;
                        break;
                    }
                }
            } else if (!d.id().isEmpty()) {
                rejected++;
            }
            in.add(new Object[] {d.id(), d.source(), d.parsed() ? 1 : 0, d.title(), d.published(), d.words(),
                    d.setAside(), d.changes(), first, count});
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("inputs", in);
        data.put("findings", f.toMap());
        data.put("strings", pool);
        data.put("suggestions", suggestions);

        Map<String, Object> m = new LinkedHashMap<>();
        m.put("v", 1);
        m.put("title", settings.title());
        m.put("generator", generator);
        m.put("kind", settings.kind());
        List<Object[]> rules = new ArrayList<>(ruleIndex.size());
        for (String id : ruleIndex.keySet()) {
            RuleDescriptor d = settings.catalogue().find(id).orElse(null);
            rules.add(d == null ? new Object[] {id, "", "", "none", ""}
                    : new Object[] {id, d.severity().label(), d.category(), d.fix().name().toLowerCase(Locale.ROOT),
                            d.summary()});
        }
        m.put("rules", rules);
        m.put("inputs", inputs.size());
        m.put("articles", articles);
        m.put("rejected", rejected);
        m.put("words", words);
        m.put("findings", f.size());
        m.put("suppressed", hidden);
        m.put("counts", counts);
        m.put("bySeverity", bySeverity);
        m.put("changes", changes);
        m.put("changesByRule", changesByRule);
        m.put("setAside", aside);
        m.put("entities", entities.size());
        m.put("suggestions", suggestions.size());
        m.put("histogram", histogram);
        return new Index(m, data);
    }

    /** The upper bounds of the buckets of the overview's chart of articles by number of findings. */
    private static final int[] HISTOGRAM = {0, 2, 5, 10, 20, Integer.MAX_VALUE};

    private Map<String, Object> entitiesData() {
        Map<String, Object> m = new LinkedHashMap<>();
        List<Object[]> ents = new ArrayList<>(entities.size());
        Map<String, Integer> entityIndex = new HashMap<>();
        for (EntityData e : entities.values()) {
            entityIndex.put(e.id, e.index);
            List<Object[]> forms = new ArrayList<>(e.forms.size());
            e.forms.forEach((form, fd) -> forms.add(new Object[] {form, fd.mentions, fd.articles}));
            ents.add(new Object[] {e.id, e.name, e.type, e.source, e.reason, e.mentions, forms});
        }
        m.put("entities", ents);
        if (links == null) {
            m.put("links", null);
        } else {
            List<Object[]> l = new ArrayList<>(links.size());
            for (Map<String, Object> row : links) {
                Integer e = entityIndex.get(String.valueOf(row.get("entity_id")));
                if (e != null) {
                    l.add(new Object[] {e, text(row.get("form")), text(row.get("linked_form")),
                            number(row.get("probability")), number(row.get("weight")), text(row.get("evidence")),
                            text(row.get("explanation"))});
                }
            }
            m.put("links", l);
        }
        return m;
    }

    private static int intern(String s, Map<String, Integer> strings, List<String> pool) {
        return strings.computeIfAbsent(s == null ? "" : s, k -> {
            pool.add(k);
            return pool.size() - 1;
        });
    }

    private static String text(Object o) {
        return o == null ? "" : o.toString();
    }

    private static Double number(Object o) {
        if (o instanceof Number n) {
            return n.doubleValue();
        }
        if (o == null || o.toString().isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(o.toString().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The findings, column by column: a compact form for large runs. */
    private static final class Columns {
        final IntStream.Builder input = IntStream.builder();
        final IntStream.Builder number = IntStream.builder();
        final IntStream.Builder rule = IntStream.builder();
        final IntStream.Builder severity = IntStream.builder();
        final IntStream.Builder line = IntStream.builder();
        final IntStream.Builder column = IntStream.builder();
        final IntStream.Builder start = IntStream.builder();
        final IntStream.Builder end = IntStream.builder();
        final List<String> message = new ArrayList<>();
        final IntStream.Builder suggestion = IntStream.builder();
        final IntStream.Builder fix = IntStream.builder();

        int size() {
            return message.size();
        }

        void add(int in, int num, int r, int sev, int l, int c, int s, int e, String msg, int sug, int fx) {
            input.add(in);
            number.add(num);
            rule.add(r);
            severity.add(sev);
            line.add(l);
            column.add(c);
            start.add(s);
            end.add(e);
            message.add(msg);
            suggestion.add(sug);
            fix.add(fx);
        }

        /** The columns, once: the table takes no more rows after it. */
        Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("input", input.build().toArray());
            m.put("number", number.build().toArray());
            m.put("rule", rule.build().toArray());
            m.put("severity", severity.build().toArray());
            m.put("line", line.build().toArray());
            m.put("column", column.build().toArray());
            m.put("start", start.build().toArray());
            m.put("end", end.build().toArray());
            m.put("message", message);
            m.put("suggestion", suggestion.build().toArray());
            m.put("fix", fix.build().toArray());
            return m;
        }
    }


    /** Removes the spool file. */
    @Override
    public void close() throws IOException {
        try {
            details.close();
        } finally {
            Files.deleteIfExists(spool);
        }
    }
}
