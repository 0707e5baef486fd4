package dev.gazette.export.report;

import dev.gazette.model.Finding;
import dev.gazette.model.Severity;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * GitHub Actions workflow commands ({@code ::error file=…,line=…,col=…,title=…::message}),
 * which the runner turns into annotations on the pull request. GitHub shows at most
 * {@value #PER_KIND} error, {@value #PER_KIND} warning and {@value #PER_KIND} notice
 * annotations per step (documented in actions/toolkit, "Problem Matchers: Limitations"), so
 * findings are written most severe first, up to that many of each kind; the rest are printed
 * as plain log lines, one notice says how many were not annotated, and a last line sums up.
 * Values are escaped as the toolkit does: {@code %}, CR and LF in messages, and also {@code :}
 * and {@code ,} in properties. The plain lines come from data (a file name may hold a line break
 * and {@code ::error ...}), so they are printed between {@code ::stop-commands::TOKEN} and
 * {@code ::TOKEN::}, which the runner does not read commands in, each on one line with its file
 * name's control characters made visible.
 */
final class GithubRenderer implements ReportRenderer {

    /** Annotations of one kind GitHub shows per step. */
    static final int PER_KIND = 10;

    @Override
    public String name() {
        return "github";
    }

    @Override
    public String fileExtension() {
        return "txt";
    }

    @Override
    public String description() {
        return "GitHub Actions annotations, most severe first, then a summary";
    }

    @Override
    public void render(Report report, Writer out) throws IOException {
        Map<Severity, List<Report.Entry>> bySeverity = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            bySeverity.put(s, new ArrayList<>());
        }
        for (Report.Entry e : report.entries()) {
            bySeverity.get(e.finding().severity()).add(e);
        }
        int errors = bySeverity.get(Severity.ERROR).size();
        int warnings = bySeverity.get(Severity.WARNING).size();
        int notices = bySeverity.get(Severity.INFO).size();
        boolean overflow = errors > PER_KIND || warnings > PER_KIND || notices > PER_KIND;
        // the summary notice takes one notice slot when something is left out
        int noticeCap = overflow ? PER_KIND - 1 : PER_KIND;

        List<Report.Entry> plain = new ArrayList<>();
        for (Severity s : Severity.values()) {
            int cap = s == Severity.INFO ? noticeCap : PER_KIND;
            List<Report.Entry> list = bySeverity.get(s);
            for (int i = 0; i < list.size(); i++) {
                if (i < cap) {
                    out.write(command(list.get(i)));
                } else {
                    plain.add(list.get(i));
                }
            }
        }
        if (!plain.isEmpty()) {
            StringBuilder lines = new StringBuilder();
            for (Report.Entry e : plain) {
                lines.append(TextRenderer.line(e.finding()));
            }
            // the lines come from data (file names, article text): the runner must not read any as a command
            String token = stopToken(lines);
            out.write("::stop-commands::" + token + "\n");
            out.write(lines.toString());
            out.write("::" + token + "::\n");
        }
        if (!plain.isEmpty()) {
            out.write("::notice title=" + property(report.toolName()) + "::" + data(plain.size() + " of "
                    + report.entries().size() + " findings are not shown as annotations (GitHub shows "
                    + PER_KIND + " errors, " + PER_KIND + " warnings and " + PER_KIND
                    + " notices per step); they are listed in the log of this step.") + "\n");
        }
        out.write(report.toolName() + ": " + TextRenderer.plural(report.entries().size(), "finding") + " ("
                + TextRenderer.plural(errors, "error") + ", " + TextRenderer.plural(warnings, "warning") + ", "
                + notices + " info) in " + TextRenderer.plural(report.articles(), "article") + "; "
                + report.suppressed() + " suppressed by the baseline; "
                + (report.failOn() == FailLevel.NONE ? "failing on none."
                : report.failing() + " at or above the fail level '" + report.failOn().label() + "'.") + "\n");
    }

    private static String command(Report.Entry e) {
        Finding f = e.finding();
        String kind = switch (f.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        };
        StringBuilder b = new StringBuilder("::").append(kind).append(" file=")
                .append(property(TextRenderer.noControls(f.source())));
        if (f.line() > 0) {
            b.append(",line=").append(f.line());
            if (e.endLine() > f.line()) {
                b.append(",endLine=").append(e.endLine());
            }
            b.append(",col=").append(Math.max(1, f.column()));
            if (e.endLine() == f.line() && e.endColumn() > f.column()) {
                b.append(",endColumn=").append(e.endColumn());
            }
        }
        b.append(",title=").append(property(f.ruleId()));
        return b.append("::").append(data(TextRenderer.noControls(f.message()))).append('\n').toString();
    }

    /**
     * The token of {@code ::stop-commands::}, which turns workflow commands off until it is
     * printed again: a digest of the lines it guards, so the output stays the same for the same
     * report while no line can end the guard (it would have to contain the digest of itself).
     */
    static String stopToken(CharSequence lines) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(lines.toString().getBytes(StandardCharsets.UTF_8));
            return "gazette-" + HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /** Escapes workflow-command data (the message). */
    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escapes a workflow-command property value. */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
