package dev.gazette.validate.rules.parse;

import dev.gazette.model.LineIndex;
import dev.gazette.model.SetAsideLine;
import dev.gazette.model.TextEdit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The edit that removes a set-aside line from the clean text. */
final class SetAsideEdits {

    private SetAsideEdits() {
    }

    /**
     * Deletes the line and its line break, and the blank lines after it when the line opens a block
     * (the line above it is blank, or is itself a line these rules remove), so that removing several
     * set-aside lines in a row leaves no run of empty lines; a line that ends a block of text
     * ("By A. Writer" / "Share this:" / blank / body) leaves the blank lines after it, which keep
     * that block and the next apart.
     */
    static List<TextEdit> deleteLine(SetAsideLine line, List<SetAsideLine> setAside, LineIndex lines) {
        int n = line.line();
        int end = lines.nextLineStart(n);
        Set<Integer> removed = new HashSet<>();
        for (SetAsideLine s : setAside) {
            if (s.reason() != SetAsideLine.Reason.DATE) {
                removed.add(s.line());
            }
        }
        int above = n - 1;
        while (above >= 1 && removed.contains(above)) {
            above--;
        }
        boolean opensBlock = above < 1 || lines.line(above).isBlank();
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
