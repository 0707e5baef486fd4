package dev.gazette.validate.rules.parse;

import dev.gazette.model.LineIndex;
import dev.gazette.model.SetAsideLine;
import dev.gazette.model.TextEdit;
import java.util.List;

/** The edit that removes a set-aside line from the clean text. */
final class SetAsideEdits {

    private SetAsideEdits() {
    }

    /**
     * Deletes the line and its line break, and the blank lines after it when the line is a block of its own (the
     * line above it is blank, or it is the first line), so that removing it leaves no run of empty lines. A line
     * of a block of several lines leaves the blank lines after it, even when the other lines of its block are set
     * aside too: each edit must keep the text right when it is applied alone (an accepted decision, a partial
     * review), and removing the blank line under the last item of a share list ("• Share" / "• Tweet" / blank /
     * body) would join the items left above it to the next paragraph. Removing every line of such a block leaves
     * one more blank line, which separates the same paragraphs.
     */
    static List<TextEdit> deleteLine(SetAsideLine line, LineIndex lines) {
        int n = line.line();
        int end = lines.nextLineStart(n);
        boolean opensBlock = n - 1 < 1 || lines.line(n - 1).isBlank();
        int next = n + 1;
        while (opensBlock && next <= lines.lineCount() && lines.line(next).isBlank()) {
            end = lines.nextLineStart(next);
            next++;
        }
        return List.of(new TextEdit(lines.lineStart(n), end, ""));
    }

    static String quote(String text) {
        return "'" + (text.length() > 80 ? text.substring(0, 77) + "..." : text) + "'";
    }
}
