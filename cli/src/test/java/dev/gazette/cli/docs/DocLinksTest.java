package dev.gazette.cli.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * README.md and docs/*.md have no broken relative link or anchor, and every page of docs/ can
 * be reached from the README. Anchors are checked as GitHub computes them from headings.
 */
class DocLinksTest {

    static final Path ROOT = Path.of("..");

    @Test
    void theReadmeAndTheDocsHaveNoBrokenRelativeLinkOrAnchor() {
        MarkdownLinks links = new MarkdownLinks(ROOT);
        assertThat(links.broken(links.documents()))
                .as("broken links in README.md or docs/ (fix the link, or the heading it points at)")
                .isEmpty();
    }

    @Test
    void everyDocsPageIsLinkedFromTheReadme() {
        MarkdownLinks links = new MarkdownLinks(ROOT);
        List<String> targets = MarkdownLinks.links(ROOT.resolve("README.md")).stream()
                .map(l -> l.target().replaceFirst("#.*", "")).collect(Collectors.toList());
        Path root = ROOT.toAbsolutePath().normalize();
        for (Path page : links.documents()) {
            String relative = root.relativize(page).toString().replace('\\', '/');
            if (relative.startsWith("docs/")) {
                assertThat(targets).as("README.md links to %s", relative).contains(relative);
            }
        }
    }

    @Test
    void reportsALinkToAFileThatDoesNotExist(@TempDir Path repo) throws IOException {
        write(repo, "README.md", "# Title\n\nSee [the guide](docs/guide.md) and [setup](docs/setup.md).\n");
        write(repo, "docs/guide.md", "# Guide\n");
        assertThat(new MarkdownLinks(repo).broken(List.of(repo.resolve("README.md"))))
                .containsExactly("README.md:3: link 'docs/setup.md' points at docs/setup.md, which does not exist");
    }

    @Test
    void reportsAnAnchorThatNoHeadingHas(@TempDir Path repo) throws IOException {
        write(repo, "README.md", "# Title\n\n[ok](docs/ci.md#exit-codes) [bad](docs/ci.md#exit-code) [self](#title)\n");
        write(repo, "docs/ci.md", "# CI\n\n## Exit codes\n");
        assertThat(new MarkdownLinks(repo).broken(List.of(repo.resolve("README.md"))))
                .containsExactly("README.md:3: link 'docs/ci.md#exit-code' has anchor '#exit-code', but no heading "
                        + "of docs/ci.md has that GitHub id");
    }

    @Test
    void reportsLinksOutOfTheRepositoryAndIntoBuildOutput(@TempDir Path repo) throws IOException {
        write(repo, "cli/target/gazette.jar", "");
        write(repo, "docs/a.md", "[jar](../cli/target/gazette.jar) [up](../../elsewhere.md)\n");
        assertThat(new MarkdownLinks(repo).broken(List.of(repo.resolve("docs/a.md"))))
                .containsExactly(
                        "docs/a.md:1: link '../cli/target/gazette.jar' points into build output (target/), "
                                + "which is not in the repository",
                        "docs/a.md:1: link '../../elsewhere.md' points outside the repository");
    }

    @Test
    void ignoresLinksInCodeAndExternalLinks(@TempDir Path repo) throws IOException {
        write(repo, "README.md",
                "```md\n[x](missing.md)\n```\n`[y](missing.md)` [z](https://example.org/missing.md)\n");
        assertThat(new MarkdownLinks(repo).broken(List.of(repo.resolve("README.md")))).isEmpty();
    }

    @Test
    void computesAnchorsAsGitHubDoes() {
        assertThat(MarkdownLinks.anchors(List.of(
                "## Configuration: `gazette.yaml`",
                "### Same input, same bytes; a failed run changes nothing",
                "#### End to end (`bench/run.sh reuters`), each job with `-Xmx1g`",
                "### Exit codes",
                "```sh",
                "# not a heading",
                "```",
                "### Exit codes",
                "## Iran–Iraq [names](names.md) café_au_lait ##")))
                .containsExactly("configuration-gazetteyaml",
                        "same-input-same-bytes-a-failed-run-changes-nothing",
                        "end-to-end-benchrunsh-reuters-each-job-with--xmx1g",
                        "exit-codes", "exit-codes-1", "iraniraq-names-café_au_lait");
    }

    private static void write(Path root, String name, String text) throws IOException {
        Path p = root.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }
}
