package dev.gazette.export.report;

import dev.gazette.model.Finding;
import dev.gazette.model.LineIndex;
import dev.gazette.model.Severity;
import dev.gazette.model.TextEdit;
import dev.gazette.validate.RuleCatalogue;
import java.util.ArrayList;
import java.util.List;

/** Hand-made reports for the renderer tests: empty, one finding, many findings. */
final class ReportFixtures {

    static final String VERSION = "1.2.3";

    /** A fixed catalogue (test resource), so the golden files do not change when rules are added. */
    static final RuleCatalogue CATALOGUE = loadCatalogue();

    private static RuleCatalogue loadCatalogue() {
        try (java.io.InputStream in = ReportFixtures.class.getResourceAsStream("/report/fixture-rules.yaml")) {
            return RuleCatalogue.fromYaml(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The raw text of article {@code alpha} in the "many" report. */
    static final String ALPHA = "Council approves the harbour budget\n"
            + "Share: facebook, twitter\n"
            + "The council voted on Tuesday to fund the harbour\n"
            + "works for another three years.\n"
            + "100% of members agreed.\n";

    static final String BETA = "Weather\nA caf\u00e9 owner said the storm was \"the worst\" in years.\n";

    private ReportFixtures() {
    }

    static Report empty() {
        return new Report("gazette", VERSION, FailLevel.ERROR, List.of(),
                List.of(new Report.Input("clean", "corpus/clean.txt", true)), List.of(), CATALOGUE, null);
    }

    static Report one() {
        int start = ALPHA.indexOf("Share:");
        int end = ALPHA.indexOf('\n', start) + 1;
        Finding f = Finding.at("boilerplate", Severity.INFO, "alpha", "corpus/alpha.txt", LineIndex.of(ALPHA),
                start, end - 1,
                "Line 'Share: facebook, twitter' matches the 'share' boilerplate patterns; kept out of the body",
                "Remove it from the clean text (done by the normaliser).", List.of(new TextEdit(start, end, "")));
        return new Report("gazette", VERSION, FailLevel.INFO, entries(List.of(f), ALPHA),
                List.of(new Report.Input("alpha", "corpus/alpha.txt", true)), List.of(), CATALOGUE, null);
    }

    static Report many() {
        List<Report.Entry> entries = new ArrayList<>();
        int share = ALPHA.indexOf("Share:");
        int shareEnd = ALPHA.indexOf('\n', share);
        int brk = ALPHA.indexOf("harbour\nworks") + "harbour".length();
        int pct = ALPHA.indexOf("100%");
        entries.addAll(entries(List.of(
                Finding.at("missing-date", Severity.INFO, "alpha", "corpus/alpha.txt", LineIndex.of(ALPHA), 0, 0,
                        "Article has no publication date: no line holds only a date",
                        "Add a date line under the title.", List.of()),
                Finding.at("boilerplate", Severity.INFO, "alpha", "corpus/alpha.txt", LineIndex.of(ALPHA),
                        share, shareEnd,
                        "Line 'Share: facebook, twitter' matches the 'share' boilerplate patterns; kept out of the body",
                        "Remove it from the clean text (done by the normaliser).",
                        List.of(new TextEdit(share, shareEnd + 1, ""))),
                Finding.at("broken-paragraph", Severity.WARNING, "alpha", "corpus/alpha.txt", LineIndex.of(ALPHA),
                        brk, brk + 1,
                        "Line 3 ends inside a sentence ('...to fund the harbour') and continues on the next line",
                        "Join the lines with a single space.", List.of(new TextEdit(brk, brk + 1, " "))),
                Finding.at("model-constraint", Severity.ERROR, "alpha", "corpus/alpha.txt", LineIndex.of(ALPHA),
                        pct, pct + 4,
                        "Odd text: 100% <b>\"sure\"</b> & more, a:b\nsecond line\u0007 end", "", List.of())),
                ALPHA));
        entries.addAll(entries(List.of(
                Finding.fileLevel("duplicate-id", Severity.WARNING, "beta gamma", "corpus/sub dir/beta gamma.txt",
                        "Article id 'beta' is already used by corpus/beta.txt; this article is 'beta gamma'",
                        "Rename one of the files."),
                Finding.atPosition("encoding", Severity.WARNING, "beta gamma", "corpus/sub dir/beta gamma.txt", 2, 1,
                        "File is not valid UTF-8 (first invalid byte 0xE9 on line 2); decoded as windows-1252",
                        "Save the file as UTF-8.")),
                BETA));
        entries.addAll(entries(List.of(Finding.fileLevel("empty-file", Severity.ERROR, "empty", "corpus/empty.txt",
                "File is empty (0 bytes)", "Remove it or fill it."
        )), null));
        entries.addAll(entries(List.of(Finding.fileLevel("no-articles", Severity.WARNING, "", "corpus/nothing",
                "Folder holds no article files (*.txt)", "Check the path.")), null));
        List<Report.Input> inputs = List.of(
                new Report.Input("alpha", "corpus/alpha.txt", true),
                new Report.Input("beta gamma", "corpus/sub dir/beta gamma.txt", true),
                new Report.Input("clean", "corpus/clean.txt", true),
                new Report.Input("empty", "corpus/empty.txt", false),
                new Report.Input("", "corpus/nothing", false));
        List<Report.Entry> baselined = entries(List.of(
                new Finding("stray-line", Severity.INFO, "alpha", "corpus/alpha.txt", 4, 1, 4, 1, 0, 0,
                        "Line '0042' is a stray number; kept out of the body", "", List.of()),
                Finding.fileLevel("missing-title", Severity.WARNING, "clean", "corpus/clean.txt",
                        "Article has no title", "Add a title line.")), null);
        return new Report("gazette", VERSION, FailLevel.WARNING, entries, inputs, baselined, CATALOGUE, null);
    }

    /** Entries with real fingerprints and end positions, as {@link ReportCollector} makes them. */
    static List<Report.Entry> entries(List<Finding> findings, String raw) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Finding.ORDER);
        return ReportCollector.entries(sorted, raw);
    }
}
