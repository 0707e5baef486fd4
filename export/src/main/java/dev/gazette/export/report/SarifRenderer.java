package dev.gazette.export.report;

import dev.gazette.model.Finding;
import dev.gazette.model.Severity;
import dev.gazette.model.TextEdit;
import dev.gazette.validate.RuleDescriptor;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * SARIF 2.1.0, the OASIS format code-scanning services read (GitHub code scanning, Azure
 * DevOps, IDE viewers). One run; {@code tool.driver.rules} is the rule catalogue; each result
 * has a relative {@code artifactLocation.uri} (base {@code %SRCROOT%}), a region with lines and
 * columns (a whole-file finding points at line 1, with the property {@code wholeFile}, since
 * GitHub code scanning requires a start line), {@code partialFingerprints} from
 * {@link Fingerprints}, and {@code fixes} when the finding carries edits. Columns and fix
 * offsets count UTF-16 code units of the decoded text ({@code columnKind: utf16CodeUnits}).
 * Findings the baseline records follow the others, each with an {@code external}, {@code accepted}
 * suppression, so viewers show them as suppressed instead of losing them.
 */
final class SarifRenderer implements ReportRenderer {

    static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String SRCROOT = "%SRCROOT%";
    static final String FINGERPRINT_KEY = "gazette/v1";

    private static final Pattern SEMVER = Pattern.compile(
            "(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?(\\+[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?");

    @Override
    public String name() {
        return "sarif";
    }

    @Override
    public String fileExtension() {
        return "sarif";
    }

    @Override
    public String description() {
        return "SARIF 2.1.0 for code scanning (GitHub upload-sarif)";
    }

    @Override
    public void render(Report report, Writer out) throws IOException {
        Map<String, Integer> ruleIndex = new HashMap<>();
        List<Map<String, Object>> rules = new ArrayList<>();
        for (RuleDescriptor d : report.catalogue().all()) {
            ruleIndex.put(d.id(), rules.size());
            rules.add(rule(d));
        }

        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", report.toolName());
        driver.put("version", report.toolVersion());
        if (SEMVER.matcher(report.toolVersion()).matches()) {
            driver.put("semanticVersion", report.toolVersion());
        }
        driver.put("rules", rules);

        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver));
        if (report.sourceRoot() != null) {
            String root = report.sourceRoot().toString();
            run.put("originalUriBaseIds", Map.of(SRCROOT, Map.of("uri", root.endsWith("/") ? root : root + "/")));
        }
        run.put("columnKind", "utf16CodeUnits");
        List<Map<String, Object>> results = new ArrayList<>();
        for (Report.Entry e : report.entries()) {
            results.add(result(e, ruleIndex));
        }
        for (Report.Entry e : report.baselined()) {
            Map<String, Object> r = result(e, ruleIndex);
            Map<String, Object> suppression = new LinkedHashMap<>();
            suppression.put("kind", "external");
            suppression.put("status", "accepted");
            suppression.put("justification", "Recorded in the baseline given with --baseline");
            r.put("suppressions", List.of(suppression));
            results.add(r);
        }
        run.put("results", results);
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("failOn", report.failOn().label());
        props.put("suppressedByBaseline", report.suppressed());
        props.put("articles", report.articles());
        props.put("rejected", report.rejected());
        run.put("properties", props);

        Map<String, Object> root = new LinkedHashMap<>();
        root.put("$schema", SCHEMA_URI);
        root.put("version", "2.1.0");
        root.put("runs", List.of(run));
        JsonOutput.pretty().writeValue(out, root);
        out.write('\n');
    }

    private static Map<String, Object> rule(RuleDescriptor d) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", d.id());
        r.put("shortDescription", text(d.summary()));
        r.put("fullDescription", text(d.description().isEmpty() ? d.summary() : d.description()));
        String help = d.description().isEmpty() ? d.summary() : d.description();
        if (!d.example().isEmpty()) {
            help = help + "\n\nExample:\n" + d.example();
        }
        r.put("help", text(help));
        r.put("defaultConfiguration", Map.of("level", level(d.severity())));
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("category", d.category());
        props.put("fix", d.fix().name().toLowerCase(Locale.ROOT));
        props.put("tags", List.of(d.category()));
        r.put("properties", props);
        return r;
    }

    private static Map<String, Object> result(Report.Entry e, Map<String, Integer> ruleIndex) {
        Finding f = e.finding();
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("ruleId", f.ruleId());
        Integer index = ruleIndex.get(f.ruleId());
        if (index != null) {
            r.put("ruleIndex", index);
        }
        r.put("level", level(f.severity()));
        r.put("message", text(f.message()));
        Map<String, Object> physical = new LinkedHashMap<>();
        physical.put("artifactLocation", artifactLocation(f.source()));
        Map<String, Object> region = new LinkedHashMap<>();
        if (f.line() > 0) {
            region.put("startLine", f.line());
            region.put("startColumn", Math.max(1, f.column()));
            if (e.endLine() >= f.line()) {
                region.put("endLine", e.endLine());
                region.put("endColumn", Math.max(1, e.endColumn()));
            }
        } else {
            region.put("startLine", 1); // the finding is about the whole file
        }
        physical.put("region", region);
        r.put("locations", List.of(Map.of("physicalLocation", physical)));
        r.put("partialFingerprints", Map.of(FINGERPRINT_KEY, e.fingerprint()));
        if (f.fixable()) {
            List<Map<String, Object>> replacements = new ArrayList<>();
            for (TextEdit t : f.edits()) {
                Map<String, Object> rep = new LinkedHashMap<>();
                Map<String, Object> deleted = new LinkedHashMap<>();
                deleted.put("charOffset", t.start());
                deleted.put("charLength", t.end() - t.start());
                rep.put("deletedRegion", deleted);
                if (!t.replacement().isEmpty()) {
                    rep.put("insertedContent", text(t.replacement()));
                }
                replacements.add(rep);
            }
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("artifactLocation", artifactLocation(f.source()));
            change.put("replacements", replacements);
            Map<String, Object> fix = new LinkedHashMap<>();
            fix.put("description", text(f.suggestion().isEmpty() ? "Apply the fix of rule " + f.ruleId() : f.suggestion()));
            fix.put("artifactChanges", List.of(change));
            r.put("fixes", List.of(fix));
        }
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("articleId", f.articleId());
        if (f.line() <= 0) {
            props.put("wholeFile", true);
        }
        if (!f.suggestion().isEmpty()) {
            props.put("suggestion", f.suggestion());
        }
        r.put("properties", props);
        return r;
    }

    /** A relative source becomes a relative URI on {@code %SRCROOT%}; an absolute one a {@code file:} URI. */
    static Map<String, Object> artifactLocation(String source) {
        Map<String, Object> loc = new LinkedHashMap<>();
        Path path = null;
        try {
            path = Path.of(source);
        } catch (InvalidPathException ignored) {
            // not a path on this platform: reported as a relative reference
        }
        if (path != null && path.isAbsolute()) {
            loc.put("uri", path.toUri().toASCIIString());
            return loc;
        }
        loc.put("uri", relativeUri(source));
        loc.put("uriBaseId", SRCROOT);
        return loc;
    }

    static String relativeUri(String source) {
        String path = source.replace('\\', '/');
        int slash = path.indexOf('/');
        if (path.substring(0, slash < 0 ? path.length() : slash).contains(":")) {
            path = "./" + path; // a colon in the first segment would read as a URI scheme
        }
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot make a URI of " + source, e);
        }
    }

    private static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    private static Map<String, Object> text(String s) {
        return Map.of("text", s);
    }
}
