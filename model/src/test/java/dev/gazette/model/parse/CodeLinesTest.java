package dev.gazette.model.parse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CodeLinesTest {

    @ParameterizedTest
    @ValueSource(strings = {"}", "});", "};", "*/", "// water the beds first", "/* a note */", "#include <stdio.h>",
        "function waterBeds(beds) {", "} else {", "const total = beds.length;", "let x = [1, 2];",
        "console.log(total)", "return countPlants(bedCount);", "planner.schedule(beds);", "var client = std.Client{"})
    void readsTheShapeOfCodeLinesAsCode(String line) {
        assertTrue(CodeLines.looksLikeCode(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{{ plot.visits | formatTally }} Visits", "  • {{ plot.isShared ? 'Unshare' : 'Share' }} plot",
        "{% if gardener %}", "<%= bed.name %>", "Total: ${bedCount} beds", "<div class=\"rota\">", "</ul>",
        "<img src=\"beds.png\" alt=\"\">", "<!-- the rota -->", ".rota-table, .rota td {", "a:hover {",
        "margin-top: 4px;", "color: #336633; }", "\"gardener\": \"Jane Roe\",", "\"beds\": 12,", "\"plots\": [",
        "$ npm install sprinkler-timer", "$ ./water.sh --dry-run", "max_workers = 4", "log.level: debug",
        "dry-run = true"})
    void readsMarkupStyleSheetsDataShellAndConfigurationAsCode(String line) {
        assertTrue(CodeLines.looksLikeCode(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Prices: $ 5 a bed, or $5.50 with compost.", "Note: the rota changes in May.",
        "The plots (and the sheds) were shared; nobody minded.", "E-mail: rota@example.org", "<- Back to the rota",
        "Vote now {or never}", "Photo: Jane Roe/Garden Club", "The \"plots\" were shared, said Roe."})
    void leavesProseWithBracesAndColonsAsProse(String line) {
        assertFalse(CodeLines.looksLikeCode(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"The committee met on Tuesday.", "He said the rota (the new one) was agreed.",
        "Prices rose; the club paid more.", "The score was 3 = 3 at half time.", "Water the beds (twice a day)",
        "Members said: \"It works.\"", "17", "* a bullet item", "## How the Script Works", "[]", "(", "&nbsp;",
        "Jane Roe, PhD ; John Doe, MS ;"})
    void leavesProseAsProse(String line) {
        assertFalse(CodeLines.looksLikeCode(line), line);
    }

    @Test
    void aLineBetweenTwoCodeLinesOfOneBlockIsCode() {
        String text = "Intro line of prose.\n\nconst Kind = enum {\n    pending,\n    done,\n};\n\nAfter the code.\n";
        boolean[] code = CodeLines.of(text);
        assertArrayEquals(new boolean[] {false, false, false, true, true, true, true, false, false}, code);
    }

    @Test
    void aBlankLineEndsTheBlockANeighbourInheritsFrom() {
        String text = "x = f(1);\nplain words here\n\nplain words again\ny = g(2);\n";
        boolean[] code = CodeLines.of(text);
        assertFalse(code[2]);
        assertFalse(code[4]);
    }

    @Test
    void readsMarkdownHeadings() {
        assertTrue(CodeLines.isMarkdownHeading("## The Plan"));
        assertTrue(CodeLines.isMarkdownHeading("###### Notes"));
        assertFalse(CodeLines.isMarkdownHeading("#hashtag of the day"));
        assertFalse(CodeLines.isMarkdownHeading("####### Too deep"));
    }
}
