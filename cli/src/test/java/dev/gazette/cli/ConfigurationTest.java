package dev.gazette.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gazette.model.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The configuration file: what it changes, and the errors that name a bad key (exit code 2). */
class ConfigurationTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown key            | rule:\\n  missing-date: off                        | config.yaml:1: unknown key 'rule'; expected one of rules, boilerplate
            unknown rule id        | rules:\\n  missing-date: off\\n  missing-titel: on | config.yaml:3: unknown rule id 'missing-titel'
            unknown rule key       | rules:\\n  missing-date:\\n    level: error        | config.yaml:3: unknown key 'level' under rule 'missing-date'; expected one of enabled, severity, apply, options
            apply without a fix    | rules:\\n  missing-date:\\n    apply: true      | config.yaml:3: rule 'missing-date' has no fix to apply or suggest
            bad apply              | rules:\\n  whitespace:\\n    apply: maybe     | config.yaml:3: 'apply' must be true or false, got 'maybe'
            unknown option         | rules:\\n  boilerplate:\\n    options:\\n      max-words: 3 | config.yaml:4: rule 'boilerplate' has no option 'max-words'
            bad severity           | rules:\\n  missing-date:\\n    severity: fatal     | config.yaml:3: unknown severity 'fatal'
            bad shorthand          | rules:\\n  missing-date: loud                      | config.yaml:2: rule 'missing-date' is set to 'loud'
            unknown inputs key     | inputs:\\n  exclude: [a]\\n  skip: [b]             | config.yaml:3: unknown key 'skip' under 'inputs'; expected one of paths, include, exclude
            missing pattern file   | boilerplate:\\n  - none.tsv                         | config.yaml:2: boilerplate file 'none.tsv' does not exist
            missing registry file  | registries: [none.tsv]                             | config.yaml:1: registry file 'none.tsv' does not exist
            bad boolean            | default-registry: maybe                            | config.yaml:1: 'default-registry' must be true or false
            duplicate key          | rules:\\n  boilerplate: off\\n  boilerplate: on   | config.yaml:3: the key 'boilerplate' is given twice
            not a map              | - rules                                            | config.yaml:1: the configuration must be a map
            bad glob               | inputs:\\n  exclude: ['[a-']                        | config.yaml:2: bad glob '[a-'
            deep nesting           | rules: [[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]] | config.yaml: nested more than 20 levels deep; a configuration has at most four
            one file, not a list   | lexicons: none.txt                                 | config.yaml:1: lexicon file 'none.txt' does not exist
            list of maps           | registries:\\n  a: b                               | config.yaml:1: 'registries' must be a list of strings
            number for a file      | registries:\\n  - 7                                | config.yaml:2: 'registries' must be a list of non-empty strings
            inputs not a map       | inputs: 5                                          | config.yaml:1: 'inputs' must be a map of keys to values
            rule set to a list     | rules:\\n  missing-date: [a]                     | config.yaml:2: rule 'missing-date' must be a shorthand (off, on, error, warning, info) or a map
            bad enabled            | rules:\\n  missing-date:\\n    enabled: maybe   | config.yaml:3: 'enabled' must be true or false, got 'maybe'
            severity not text      | rules:\\n  missing-date:\\n    severity: [a]    | config.yaml:3: severity must be error, warning or info
            options not a map      | rules:\\n  boilerplate:\\n    options: [a]     | config.yaml:3: the options of rule 'boilerplate' must be a map of keys to values
            option not a value     | rules:\\n  boilerplate:\\n    options:\\n      max-lines: [1] | config.yaml:4: option 'max-lines' of rule 'boilerplate' needs a single value
            bad key in unknown rule | rules:\\n  missing-titel:\\n    level: error  | config.yaml:2: unknown rule id 'missing-titel'
            bad YAML syntax        | rules:\\n  missing-title: error\\n   bad: [     | config.yaml:3:7: not valid YAML (mapping values are not allowed here); check the indentation
            """)
    void aBadConfigurationExitsWithTwoAndNamesTheProblem(String name, String yaml, String message) throws IOException {
        Path config = Cli.write(dir, "config.yaml", yaml.replace("\\n", "\n"));
        Path corpus = Cli.write(dir, "corpus/a.txt", Cli.CLEAN).getParent();
        Cli.Result r = Cli.run("check", "--config", config.toString(), corpus.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(message.replace("config.yaml", config.toString()));
    }

    @Test
    void exportAndFixRefuseTheSameBadConfiguration() throws IOException {
        Path config = Cli.write(dir, "config.yaml", "rules:\n  missing-titel: off\n");
        Path corpus = Cli.write(dir, "corpus/a.txt", Cli.CLEAN).getParent();
        for (String command : new String[] {"export", "fix"}) {
            Cli.Result r = Cli.run(command, "--config", config.toString(), "-o", dir.resolve("out-" + command).toString(),
                    corpus.toString());
            assertThat(r.code()).as(command).isEqualTo(2);
            assertThat(r.err()).as(command).contains("unknown rule id 'missing-titel'");
            assertThat(dir.resolve("out-" + command)).doesNotExist();
        }
    }

    @Test
    void aMissingConfigFileIsAUsageError() {
        Cli.Result r = Cli.run("check", "--config", dir.resolve("none.yaml").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("configuration file not found");
    }

    @Test
    void severityOverridesChangeTheExitCode() throws IOException {
        Path corpus = Cli.write(dir, "corpus/c.txt", Cli.NO_TITLE).getParent();
        assertThat(Cli.run("check", corpus.toString()).code()).isZero();
        Path config = Cli.write(dir, "gazette.yaml", "rules:\n  missing-title: error\n");
        Cli.Result r = Cli.run("check", "--config", config.toString(), corpus.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("error [missing-title]");
    }

    @Test
    void aDisabledRuleReportsNothing() throws IOException {
        Path corpus = Cli.write(dir, "corpus/b.txt", Cli.NO_DATE).getParent();
        assertThat(Cli.run("check", "--fail-on", "info", corpus.toString()).code()).isEqualTo(1);
        Path config = Cli.write(dir, "gazette.yaml", "rules:\n  missing-date:\n    enabled: false\n");
        Cli.Result r = Cli.run("check", "--fail-on", "info", "--config", config.toString(), corpus.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("No findings.");
    }

    @Test
    void includeAndExcludeGlobsChooseTheInputs() throws IOException {
        Path corpus = dir.resolve("corpus");
        Cli.write(corpus, "keep.txt", Cli.NO_TITLE);
        Cli.write(corpus, "drafts/skip.txt", Cli.NO_TITLE);
        Cli.write(corpus, "old.draft.txt", Cli.NO_TITLE);
        Path config = Cli.write(dir, "gazette.yaml", "inputs:\n  exclude:\n    - '**/drafts/**'\n    - '*.draft.txt'\n");
        Cli.Result r = Cli.run("check", "--config", config.toString(), "--format", "junit", corpus.toString());
        assertThat(r.out()).contains("keep.txt").doesNotContain("skip.txt").doesNotContain("old.draft.txt");
        Path only = Cli.write(dir, "only.yaml", "inputs:\n  include: ['old.*']\n");
        Cli.Result r2 = Cli.run("check", "--config", only.toString(), "--format", "junit", corpus.toString());
        assertThat(r2.out()).contains("old.draft.txt").doesNotContain("keep.txt");
    }

    @Test
    void pathsGiveTheDefaultInputsRelativeToTheConfigFile() throws IOException {
        Cli.write(dir, "project/articles/c.txt", Cli.NO_TITLE);
        Path config = Cli.write(dir, "project/gazette.yaml", "inputs:\n  paths: [articles]\n");
        Cli.Result r = Cli.run("check", "--config", config.toString());
        assertThat(r.out()).contains("articles/c.txt:1:1: warning [missing-title]");
    }

    @Test
    void boilerplatePatternFilesFromTheConfigurationAreUsed() throws IOException {
        String text = Cli.CLEAN + "\nBrought to you by the Harbour Weekly team\n";
        Path corpus = Cli.write(dir, "corpus/p.txt", text).getParent();
        assertThat(Cli.run("check", corpus.toString()).out()).doesNotContain("[boilerplate]");
        Cli.write(dir, "conf/house.tsv", "promo\tbrought to you by .{1,60}\n");
        Path config = Cli.write(dir, "conf/gazette.yaml", "boilerplate:\n  - house.tsv\n");
        Cli.Result r = Cli.run("check", "--config", config.toString(), corpus.toString());
        assertThat(r.out()).contains("p.txt:6:1: info [boilerplate]");
    }

    @Test
    void exportWritesTheFindingsTheConfigurationAsksFor() throws IOException {
        Path corpus = Cli.write(dir, "corpus/c.txt", Cli.NO_TITLE).getParent();
        Path config = Cli.write(dir, "gazette.yaml", "rules:\n  missing-date: off\n  missing-title: error\n");
        Path out = dir.resolve("out");
        Cli.Result r = Cli.run("export", "-q", "--config", config.toString(), "-o", out.toString(), corpus.toString());
        assertThat(r.code()).as(r.err()).isZero();
        String findings = Files.readString(out.resolve("findings.csv"));
        assertThat(findings).contains("missing-title,error").doesNotContain("missing-date");
    }

    @Test
    void readsEveryKeyOfTheSampleConfiguration() throws IOException {
        Path sample = Path.of("..", "gazette.example.yaml");
        Configuration c = ConfigurationReader.read(sample, sample.toAbsolutePath().getParent());
        assertThat(c.settings().enabled("missing-date")).isFalse();
        assertThat(c.settings().severity("missing-title")).isEqualTo(Severity.ERROR);
        assertThat(c.settings().severity("broken-paragraph")).isEqualTo(Severity.WARNING);
        assertThat(c.paths()).containsExactly("seeds");
        assertThat(c.exclude()).containsExactly("**/drafts/**", "*.draft.txt");
        assertThat(c.defaultRegistry()).isTrue();
        String text = Files.readString(sample);
        for (String key : ConfigurationReader.KEYS) {
            assertThat(text).as("sample explains %s", key).contains("# " + key + ":");
        }
    }

    @Test
    void anEmptyFileMeansTheDefaults() throws IOException {
        Path config = Cli.write(dir, "gazette.yaml", "# nothing yet\n");
        Configuration c = ConfigurationReader.read(config, dir);
        assertThat(c.settings().enabled("missing-date")).isTrue();
        assertThat(c.accepts("any/thing.txt")).isTrue();
    }

    @Test
    void globsWithoutASlashMatchTheFileNameAndLeadingStarStarMatchesNoFolder() {
        assertThat(Configuration.matches("*.draft.txt", "corpus/sub/a.draft.txt")).isTrue();
        assertThat(Configuration.matches("*.draft.txt", "corpus/a.txt")).isFalse();
        assertThat(Configuration.matches("**/drafts/**", "drafts/a.txt")).isTrue();
        assertThat(Configuration.matches("**/drafts/**", "corpus/x/drafts/a.txt")).isTrue();
        assertThat(Configuration.matches("corpus/*.txt", "corpus/a.txt")).isTrue();
        assertThat(Configuration.matches("corpus/*.txt", "corpus/sub/a.txt")).isFalse();
    }

    @Test
    void theReaderThrowsAConfigurationExceptionNamingTheFile() throws IOException {
        Path config = Cli.write(dir, "x.yaml", "rules: [a, b]\n");
        assertThatThrownBy(() -> ConfigurationReader.read(config, dir))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage(config + ":1: 'rules' must be a map of keys to values");
    }
}
