package dev.gazette.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ids from file names are friendly (issue 16, point 7): names journalists give files become valid ids. */
class FileNameIdsTest {

    @TempDir
    Path tmp;

    @Test
    void namesWithSpacesALeadingDashOrPunctuationGiveValidIdsAndNoModelErrors() throws IOException {
        Path in = tmp.resolve("in");
        Cli.write(in, "Gaza talks (draft 2).txt", article("Talks resume in Cairo", "Negotiators met again on Monday."));
        Cli.write(in, "-notes.txt", article("Port reopens after storm", "Ships docked in the morning."));
        Cli.write(in, "a b.txt", article("Council backs budget", "Members voted for the plan."));
        Cli.write(in, "a-b.txt", article("Schools close early", "Teachers left at noon on Friday."));
        Path out = tmp.resolve("out");
        Cli.Result run = Cli.run("export", in.toString(), "--out", out.toString(), "-q");
        assertThat(run.code()).as(run.err()).isZero();
        String articles = Files.readString(out.resolve("articles.csv"));
        assertThat(articles).contains("\nGaza-talks-draft-2,", "\nnotes,", "\na-b,", "\na-b-2,");
        String findings = Files.readString(out.resolve("findings.csv"));
        assertThat(findings).doesNotContain("model-constraint");
        assertThat(findings).contains("duplicate-id").contains("Article id 'a-b' is already used by");
    }

    private static String article(String title, String body) {
        return title + "\nMarch 3, 2021\n\n" + body + "\n";
    }

    @Test
    void fixWritesTheFriendlyIdsAndTheirFilesInTheIndex() throws IOException {
        Path in = tmp.resolve("in");
        Cli.write(in, "my story.txt", Cli.CLEAN);
        Path out = tmp.resolve("out");
        Cli.Result run = Cli.run("fix", in.toString(), "--out", out.toString(), "-q");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(out.resolve("texts/my-story.txt")).exists();
        assertThat(Files.readString(out.resolve("texts/index.csv")))
                .contains("my-story,texts/my-story.txt," + in + "/my story.txt");
    }
}
