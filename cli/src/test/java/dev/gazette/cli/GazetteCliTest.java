package dev.gazette.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The command line's help, version, usage errors and rule listing. */
class GazetteCliTest {

    @Test
    void helpListsTheCommands() {
        CliRun run = CliRun.of("--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("export", "fix", "rules", "Exit codes");
    }

    @Test
    void versionNamesTheTool() {
        CliRun run = CliRun.of("--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("gazette ").doesNotContain("unknown");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        CliRun run = CliRun.of("export", "--no-such-flag");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--no-such-flag");
    }

    @Test
    void noCommandIsAUsageError() {
        assertThat(CliRun.of().exitCode()).isEqualTo(2);
    }

    @Test
    void rulesListsTheCatalogueAndDescribesOneRule() {
        CliRun list = CliRun.of("rules");
        assertThat(list.exitCode()).isZero();
        assertThat(list.out()).contains("missing-title", "boilerplate", "warning", "suggested", "none");
        CliRun one = CliRun.of("rules", "boilerplate");
        assertThat(one.out()).contains("Example:", "Share it:");
        assertThat(CliRun.of("rules", "no-such-rule").exitCode()).isEqualTo(2);
    }
}
