package dev.gazette.eval.fixes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The corpora list of the fixes evaluation: export options and the harness's per-corpus settings. */
class CorpusTest {

    @TempDir
    Path dir;

    @Test
    void aCorpusKeptWholeAsHeldOutSamplesOnlyItsListedRules() throws IOException {
        Path list = dir.resolve("fixes.tsv");
        Files.writeString(list, "# comment\nwire\twire/json\t--id-field n\nweb\tweb/text\t\theld-out=100 rules=a-rule,b-rule\n",
                StandardCharsets.UTF_8);
        List<Corpus> corpora = Corpus.readList(list);
        assertThat(corpora).extracting(Corpus::name).containsExactly("wire", "web");
        Corpus wire = corpora.get(0);
        assertThat(wire.args()).containsExactly("--id-field", "n");
        assertThat(wire.heldOutPercent()).isEqualTo(Split.HELD_OUT_PERCENT);
        assertThat(wire.samples("any-rule")).isTrue();
        Corpus web = corpora.get(1);
        assertThat(web.args()).isEmpty();
        assertThat(web.samples("a-rule")).isTrue();
        assertThat(web.samples("c-rule")).isFalse();
        Split split = new Split("s", web.heldOutPercent());
        for (String id : List.of("x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8")) {
            assertThat(split.partOf(id)).isEqualTo(Split.Part.HELD_OUT);
            assertThat(new Split("s", 0).partOf(id)).isEqualTo(Split.Part.TUNE);
        }
    }

    @Test
    void anUnknownSettingNamesItsFileAndLine() throws IOException {
        Path list = dir.resolve("fixes.tsv");
        Files.writeString(list, "web\tweb/text\t\theld-out=130\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Corpus.readList(list)).isInstanceOf(IOException.class)
                .hasMessageContaining("fixes.tsv:1").hasMessageContaining("held-out=130");
    }
}
