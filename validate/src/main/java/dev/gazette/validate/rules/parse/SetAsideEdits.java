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
     * Deletes the line, its line break and the blank lines after it, so that removing
     * several set-aside lines in a row leaves no run of empty lines.
     */
    static List<TextEdit> deleteLine(SetAsideLine line, LineIndex lines) {
        int n = line.line();
        int end = lines.nextLineStart(n);
        int next = n + 1;
        while (next <= lines.lineCount() && lines.line(next).isBlank()) {
            end = lines.nextLineStart(next);
            next++;
        }
        return List.of(new TextEdit(lines.lineStart(n), end, ""));
    }

    static String quote(String text) {
        return "'" + (text.length() > 80 ? text.substring(0, 77) + "..." : text) + "'";
    }
}
