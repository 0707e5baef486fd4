package dev.gazette.export.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.model.Finding;
import dev.gazette.model.LineIndex;
import dev.gazette.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Fingerprints ignore where a finding is and see what it is, once per occurrence. */
class FingerprintsTest {

    private static final String TEXT = "Harbour works win backing\n\nThe council voted to fund the works.\n"
            + "Share this article\n\nMembers said the port levy pays.\n";

    @Test
    void linesAddedAboveLeaveTheFingerprintUnchanged() {
        String shifted = TEXT.replace("\n\nThe council", "\n\nAn editor added this paragraph.\n\nAnd this one.\n\nThe council");
        assertThat(fingerprint(shifted, "Share this article")).isEqualTo(fingerprint(TEXT, "Share this article"));
    }

    @Test
    void anEditOfTheFindingsTextChangesIt() {
        String edited = TEXT.replace("Share this article", "Share this story");
        assertThat(fingerprint(edited, "Share this story")).isNotEqualTo(fingerprint(TEXT, "Share this article"));
    }

    @Test
    void whitespaceChangesInsideTheLineDoNotMatter() {
        String spaced = TEXT.replace("Share this article", "Share  this\tarticle");
        assertThat(fingerprint(spaced, "Share  this\tarticle")).isEqualTo(fingerprint(TEXT, "Share this article"));
    }

    @Test
    void aSecondIdenticalOccurrenceGetsItsOwnFingerprint() {
        String twice = TEXT + "Share this article\n";
        int first = twice.indexOf("Share this article");
        int second = twice.lastIndexOf("Share this article");
        List<String> fps = Fingerprints.of(List.of(finding(twice, "boilerplate", first, first + 18),
                finding(twice, "boilerplate", second, second + 18)), twice);
        assertThat(fps.get(0)).isEqualTo(fingerprint(TEXT, "Share this article"));
        assertThat(fps.get(1)).isNotEqualTo(fps.get(0));
    }

    @Test
    void ruleAndArticleArePartOfIt() {
        int at = TEXT.indexOf("Share this article");
        Finding f = finding(TEXT, "boilerplate", at, at + 18);
        Finding otherRule = finding(TEXT, "stray-line", at, at + 18);
        Finding otherArticle = new Finding("boilerplate", Severity.INFO, "other", "other.txt", f.line(), f.column(),
                f.line(), f.column() + (f.end()) - (f.start()),
                f.start(), f.end(), f.message(), "", List.of());
        String fp = Fingerprints.of(List.of(f), TEXT).get(0);
        assertThat(Fingerprints.of(List.of(otherRule), TEXT).get(0)).isNotEqualTo(fp);
        assertThat(Fingerprints.of(List.of(otherArticle), TEXT).get(0)).isNotEqualTo(fp);
    }

    @Test
    void theMessageAndSeverityAreNot() {
        int at = TEXT.indexOf("Share this article");
        Finding f = finding(TEXT, "boilerplate", at, at + 18);
        Finding reworded = new Finding(f.ruleId(), Severity.ERROR, f.articleId(), f.source(), f.line() + 7,
                f.column(), f.line() + 7, f.column() + (f.end()) - (f.start()), f.start(), f.end(), "Line 11 is boilerplate",
                        "", List.of());
        assertThat(Fingerprints.of(List.of(reworded), TEXT)).isEqualTo(Fingerprints.of(List.of(f), TEXT));
    }

    @Test
    void aWholeFileFindingIsKeyedByRuleAndArticle() {
        Finding a = Finding.fileLevel("encoding", Severity.WARNING, "a", "a.txt", "not UTF-8 at byte 12", "");
        Finding b = Finding.fileLevel("encoding", Severity.WARNING, "a", "a.txt", "not UTF-8 at byte 99", "");
        assertThat(Fingerprints.of(List.of(a), "x")).isEqualTo(Fingerprints.of(List.of(b), "y"));
        assertThat(Fingerprints.of(List.of(a), null).get(0)).matches("[0-9a-f]{32}");
    }

    private static String fingerprint(String text, String quoted) {
        int at = text.indexOf(quoted);
        return Fingerprints.of(List.of(finding(text, "boilerplate", at, at + quoted.length())), text).get(0);
    }

    private static Finding finding(String text, String rule, int start, int end) {
        LineIndex lines = LineIndex.of(text);
        return new Finding(rule, Severity.INFO, "a", "a.txt", lines.lineOf(start), lines.columnOf(start),
                lines.lineOf(start), lines.columnOf(start) + (end) - (start), start, end,
                "Line " + lines.lineOf(start) + " is boilerplate", "", List.of());
    }
}
