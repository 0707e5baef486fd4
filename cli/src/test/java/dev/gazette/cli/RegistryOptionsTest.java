package dev.gazette.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The --registry and --no-default-registry flags of the corpus commands. */
class RegistryOptionsTest {

    @TempDir
    Path tmp;

    private record Run(int code, String err) {
    }

    private Run gazette(String... args) {
        StringWriter err = new StringWriter();
        int code = GazetteCli.execute(args, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        return new Run(code, err.toString());
    }

    @Test
    void aUserRegistryNamesTheEntityAndSetsItsCanonicalName() throws Exception {
        Path registry = tmp.resolve("mine.yaml");
        Files.writeString(registry, """
                entities:
                  - id: judicial-head
                    name: Faiq Zaidan
                    type: person
                    aliases: [{name: Faiq Zidane, kind: other}]
                """, StandardCharsets.UTF_8);
        Path out = tmp.resolve("out");
        Run r = gazette("export", "--no-default-registry", "--registry", registry.toString(), "-q",
                "-o", out.toString(), "../seeds");
        assertThat(r.code()).as(r.err()).isZero();
        String entities = Files.readString(out.resolve("entities.csv"), StandardCharsets.UTF_8);
        assertThat(entities).contains("judicial-head,Faiq Zaidan,person,registry,");
        assertThat(entities).doesNotContain("pmf,").doesNotContain("irgc,");
    }

    @Test
    void theDefaultRegistryIsUsedUnlessSwitchedOff() throws Exception {
        Path with = tmp.resolve("with");
        Path without = tmp.resolve("without");
        assertThat(gazette("export", "-q", "-o", with.toString(), "../seeds").code()).isZero();
        assertThat(gazette("export", "--no-default-registry", "-q", "-o", without.toString(), "../seeds").code())
                .isZero();
        assertThat(Files.readString(with.resolve("entities.csv"))).contains("\npmf,Popular Mobilization Forces,");
        assertThat(Files.readString(without.resolve("entities.csv"))).doesNotContain("pmf,")
                .contains("falih-al-fayyadh,Falih al-Fayyadh,person,corpus,");
    }

    @Test
    void aMalformedRegistryIsAUsageErrorNamingFileAndLine() throws Exception {
        Path registry = tmp.resolve("bad.yaml");
        Files.writeString(registry, "entities:\n  - id: x\n    name: Somebody\n", StandardCharsets.UTF_8);
        Run r = gazette("export", "--registry", registry.toString(), "-o", tmp.resolve("o").toString(), "../seeds");
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains(registry + ":2:").contains("needs a 'type'");
    }

    @Test
    void aMissingRegistryFileIsAUsageError() {
        Run r = gazette("export", "--registry", tmp.resolve("nope.yaml").toString(), "-o",
                tmp.resolve("o").toString(), "../seeds");
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("nope.yaml");
    }
}
