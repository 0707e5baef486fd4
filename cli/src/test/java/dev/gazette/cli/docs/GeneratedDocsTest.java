package dev.gazette.cli.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gazette.validate.OptionDescriptor;
import dev.gazette.validate.RuleCatalogue;
import dev.gazette.validate.RuleDescriptor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * The rules reference in docs/rules.md and the data dictionary in docs/data-dictionary.md are
 * what the rule catalogue and the table specs generate. Run with {@code -Dgazette.writeDocs=true}
 * (the command is {@link GeneratedDocs#COMMAND}) to rewrite them after changing a rule or a table.
 */
class GeneratedDocsTest {

    @Test
    void theGeneratedPartsOfTheDocsAreUpToDate() throws IOException {
        if (Boolean.getBoolean("gazette.writeDocs")) {
            GeneratedDocs.writeAll();
        }
        for (GeneratedDocs.Part part : GeneratedDocs.parts()) {
            String page = Files.readString(GeneratedDocs.ROOT.resolve(part.page()), StandardCharsets.UTF_8);
            assertThat(page)
                    .as("%s: the %s is out of date with %s; regenerate it with:%n  %s",
                            part.page(), part.name(), part.source(), GeneratedDocs.COMMAND)
                    .isEqualTo(GeneratedDocs.regenerate(page, part));
        }
    }

    @Test
    void aPageWithoutMarkersIsAnErrorThatNamesThem() {
        GeneratedDocs.Part part = GeneratedDocs.parts().get(0);
        assertThatThrownBy(() -> GeneratedDocs.regenerate("# Rules\n", part))
                .hasMessageContaining("docs/rules.md needs the markers '<!-- rules-reference:start");
    }

    @Test
    void theRulesReferenceDescribesEveryRuleAndOption() {
        String md = RulesReference.markdown(RuleCatalogue.standard().all());
        for (RuleDescriptor r : RuleCatalogue.standard().all()) {
            assertThat(md).contains("| [`" + r.id() + "`](#" + r.id() + ") | " + r.severity().label() + " |");
            assertThat(md).contains("\n### " + r.id() + "\n");
            for (OptionDescriptor o : r.options()) {
                assertThat(md).contains("| `" + o.name() + "` | " + o.type().label() + " | `" + o.defaultValue() + "` |");
            }
        }
    }

    @Test
    void theRulesReferenceKeepsCatalogueTextLiteral() throws IOException {
        String yaml = """
                rules:
                  - id: sample-rule
                    severity: warning
                    category: input
                    fix: suggested
                    summary: A folder holds no *.txt files.
                    description: |
                      Files named like _draft_ or <tag> are [skipped]; see
                      --max-file-size.

                      A second paragraph.
                    example: |
                      "a *b*"
                    options:
                      - name: share
                        type: double
                        default: 0.2
                        min: 0
                        max: 1
                        description: A share | a fraction.
                """;
        RuleCatalogue catalogue =
                RuleCatalogue.fromYaml(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
        assertThat(RulesReference.markdown(catalogue.all())).isEqualTo("""
                | rule | severity | category | fix | summary |
                |---|---|---|---|---|
                | [`sample-rule`](#sample-rule) | warning | input | suggested | A folder holds no \\*.txt files. |

                ### sample-rule

                Severity `warning`, category `input`, fix `suggested`, since 0.1.0.

                A folder holds no \\*.txt files.

                Files named like \\_draft\\_ or \\<tag\\> are \\[skipped\\]; see --max-file-size.

                A second paragraph.

                Example:

                ```text
                "a *b*"
                ```

                Options (`rules.sample-rule.options` in `gazette.yaml`):

                | option | type | default | bounds | meaning |
                |---|---|---|---|---|
                | `share` | double | `0.2` | 0 to 1 | A share \\| a fraction. |

                """);
    }
}
