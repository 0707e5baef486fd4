package dev.gazette.model.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The pre-filtered pattern set answers exactly as trying the patterns one by one. */
class PatternSetTest {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static String oneByOne(List<PatternFile.Entry> entries, String line) {
        for (PatternFile.Entry e : entries) {
            if (e.pattern().matcher(line).matches()) {
                return e.origin();
            }
        }
        return null;
    }

    private static String filtered(PatternSet set, String line) {
        PatternFile.Entry e = set.firstMatch(line);
        return e == null ? null : e.origin();
    }

    @Test
    void namedGroupsBackReferencesLookbehindsAndMixedFlagsGiveTheSameFirstMatch() {
        List<PatternFile.Entry> entries = new ArrayList<>(PatternFile.compile(List.of(
                "label\t(?<label>source)\\s*:\\s*(?<value>.+)",
                "twice\t(\\w+) \\1",
                "named-twice\t(?<w>\\w+)-\\k<w>",
                "behind\t.*(?<=end)",
                "not-behind\t(?<!x)abc",
                "escaped\t\\\\(?<x>y)"), "a.tsv", FLAGS));
        entries.addAll(PatternFile.compile(List.of("exact-case\tCASE ONLY"), "b.tsv", 0));
        PatternSet set = new PatternSet(entries);
        List<String> lines = List.of("Source: Reuters", "source:", "hello hello", "hello world", "ab-ab", "ab-ba",
                "the end", "ending", "abc", "ABC", "\\y", "case only", "CASE ONLY", "", "x");
        for (String line : lines) {
            assertThat(filtered(set, line)).as(line).isEqualTo(oneByOne(entries, line));
        }
        assertThat(filtered(set, "hello hello")).isEqualTo("a.tsv:2");
        assertThat(filtered(set, "ab-ab")).isEqualTo("a.tsv:3");
        assertThat(filtered(set, "case only")).isNull();
        assertThat(filtered(set, "CASE ONLY")).isEqualTo("b.tsv:1");
    }

    @Test
    void bundledPatternFilesAgreeWithOneByOneOnEveryLineOfTheTestArticles() throws IOException {
        ParserConfig c = ParserConfig.defaults();
        List<String> lines = new ArrayList<>(List.of("Share this:", "Leave a Reply", "Follow our channel on Telegram",
                "Join our page on facebook", "Copyright 2024 Example Media. All rights reserved.", "Source: IRNA",
                "42", "Read more: https://example.com/a", "© 2023 News Ltd"));
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/articles"))) {
            for (Path f : files.sorted().toList()) {
                for (String l : Files.readAllLines(f)) {
                    lines.add(l.strip());
                }
            }
        }
        int matched = 0;
        for (List<PatternFile.Entry> entries : List.of(c.boilerplate(), c.stray(), c.attributions())) {
            PatternSet set = new PatternSet(entries);
            for (String line : lines) {
                String expected = oneByOne(entries, line);
                assertThat(filtered(set, line)).as(line).isEqualTo(expected);
                matched += expected == null ? 0 : 1;
            }
        }
        assertThat(matched).as("lines some pattern matched").isGreaterThan(9);
    }

    @Test
    void socialChannelLineStillNeedsAShortLineEndingInANetwork() {
        PatternSet set = new PatternSet(ParserConfig.defaults().boilerplate());
        assertThat(set.firstMatch("Our news channel on Telegram")).isNotNull();
        assertThat(set.firstMatch("Our news channel on Telegram.")).isNull();
        assertThat(set.firstMatch("He said the page on Facebook was removed last week by the company")).isNull();
        assertThat(set.firstMatch("x".repeat(60) + " channel " + "y".repeat(60) + " on telegram")).isNull();
    }
}
