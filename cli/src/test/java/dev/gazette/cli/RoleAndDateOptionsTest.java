package dev.gazette.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's timeline file (--registry) and dated events (--dated-events) on the command line. */
class RoleAndDateOptionsTest {

    @TempDir
    Path tmp;

    private record Run(int code, String err) {
    }

    private Run gazette(String... args) {
        StringWriter err = new StringWriter();
        int code = GazetteCli.execute(args, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        return new Run(code, err.toString());
    }

    private Path corpus(String name, String text) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
        return dir;
    }

    @Test
    void aTimelineFileMakesAPostHeldEarlierARoleTimelineFinding() throws Exception {
        Path timeline = tmp.resolve("timeline.yaml");
        Files.writeString(timeline, """
                entities:
                  - id: marta-lindqvist
                    name: Marta Lindqvist
                    type: person
                    roles:
                      - {title: Prime Minister, from: 2001-03-01, to: 2005-06-30}
                """, StandardCharsets.UTF_8);
        Path dir = corpus("budget.txt", "Budget Passes\nTuesday 12 March 2019\n\nPrime Minister Marta Lindqvist thanked "
                + "the members of parliament.\n");
        Path out = tmp.resolve("out");
        Run r = gazette("export", "--registry", timeline.toString(), "-q", "-o", out.toString(), dir.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readString(out.resolve("findings.csv"), StandardCharsets.UTF_8))
                .contains("role-timeline,warning,'Prime Minister' for Marta Lindqvist: Marta Lindqvist held Prime Minister "
                        + "from 2001-03-01 to 2005-06-30; the article is dated 2019-03-12");
        assertThat(Files.readString(out.resolve("roles.csv"), StandardCharsets.UTF_8))
                .contains("marta-lindqvist/prime-minister,marta-lindqvist,Marta Lindqvist,Prime Minister,prime minister,,,"
                        + "2019-03-12,2019-03-12,1,1,2001-03-01,2005-06-30,2001-03-01/2005-06-30");
    }

    @Test
    void aUsersDatedEventBoundsAnUndatedArticle() throws Exception {
        Path events = tmp.resolve("events.tsv");
        Files.writeString(events, "\\bgreat northern gale\\b\t1987-10-15\t1987-10-16\tGreat Northern Gale\n",
                StandardCharsets.UTF_8);
        Path dir = corpus("storm.txt", "Storm Damage\n\nInsurers were still counting claims after the great northern "
                + "gale.\n");
        Path out = tmp.resolve("out");
        Run r = gazette("export", "--dated-events", events.toString(), "-q", "-o", out.toString(), dir.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readString(out.resolve("articles.csv"), StandardCharsets.UTF_8))
                .contains(",1987-10-16,,'great northern gale': Great Northern Gale (1987-10-15 to 1987-10-16),");
    }

    @Test
    void aMalformedDatedEventsFileIsAUsageErrorNamingFileAndLine() throws Exception {
        Path events = tmp.resolve("events.tsv");
        Files.writeString(events, "# mine\n\\bgale\\b\t1987-10-15\n", StandardCharsets.UTF_8);
        Path dir = corpus("storm.txt", "Storm\n\nA gale.\n");
        Run r = gazette("export", "--dated-events", events.toString(), "-o", tmp.resolve("o").toString(), dir.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains(events + ":2:").contains("PATTERN<TAB>FIRST DAY<TAB>LAST DAY<TAB>NAME");
    }
}
