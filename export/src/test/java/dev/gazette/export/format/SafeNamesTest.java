package dev.gazette.export.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gazette.export.dataset.OutputFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeNamesTest {

    @Test
    void noIdBecomesAPathOutsideTheFolder() {
        Set<String> used = new HashSet<>();
        for (String id : List.of("../../etc/passwd", "..", ".", "/abs/path", "C:\\Windows\\x", "a/../../b", "~",
                ".hidden", "name.", "", "\u0000nul", "tab\there")) {
            String name = SafeNames.fileName(id, used);
            assertThat(name).as("for id [%s]", id).doesNotContain("/", "\\", "\u0000", "\t")
                    .doesNotStartWith(".").doesNotEndWith(".").isNotEmpty();
            assertThat(Path.of("out").resolve(name + ".txt").normalize()).startsWithRaw(Path.of("out"));
        }
    }

    @Test
    void keepsLettersOfEveryScriptAndDefusesWindowsDeviceNames() {
        Set<String> used = new HashSet<>();
        assertThat(SafeNames.fileName("سوق_الذهب-2", used)).isEqualTo("سوق_الذهب-2");
        assertThat(SafeNames.fileName("CON", used)).isEqualTo("_CON");
        assertThat(SafeNames.fileName("lpt1.txt", used)).isEqualTo("_lpt1.txt");
        assertThat(SafeNames.fileName("x".repeat(500), used)).hasSize(SafeNames.MAX_LENGTH);
    }

    @Test
    void namesThatDifferOnlyInCaseOrBySanitisingGetSuffixes() {
        Set<String> used = new HashSet<>();
        assertThat(SafeNames.fileName("Report", used)).isEqualTo("Report");
        assertThat(SafeNames.fileName("report", used)).isEqualTo("report~2");
        assertThat(SafeNames.fileName("a b", used)).isEqualTo("a_b");
        assertThat(SafeNames.fileName("a/b", used)).isEqualTo("a_b~2");
    }

    @Test
    void theOutputFolderRefusesNamesThatLeaveIt(@TempDir Path tmp) throws IOException {
        try (OutputFolder folder = OutputFolder.open(tmp.resolve("out"))) {
            assertThatThrownBy(() -> folder.file("../escape.txt")).isInstanceOf(IOException.class)
                    .hasMessageContaining("outside the output folder");
            assertThatThrownBy(() -> folder.file("texts/../../escape.txt")).isInstanceOf(IOException.class);
            assertThat(folder.file("texts/" + SafeNames.fileName("../../escape", new HashSet<>()) + ".txt"))
                    .satisfies(p -> assertThat(p.getParent().getFileName().toString()).isEqualTo("texts"));
        }
        assertThat(Files.exists(tmp.resolve("escape.txt"))).isFalse();
    }
}
