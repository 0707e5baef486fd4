package dev.gazette.validate.rules.text;

import dev.gazette.analysis.text.Lexicon;
import dev.gazette.analysis.text.TextUnit;
import dev.gazette.model.TextEdit;
import dev.gazette.validate.ArticleContext;
import dev.gazette.validate.Rule;
import java.util.List;
import java.util.Set;

/**
 * Finds a word written twice in a row ("the the"), with one space or a line break between
 * them (words in table columns, with runs of spaces between, are not prose). Doubles
 * that English allows ("had had", "that that"; the list is doubled-words-allowed.txt) and
 * capitalised doubles (names such as "Bora Bora") are left alone. The fix deletes the
 * second word.
 */
public final class DoubledWordRule implements Rule {

    public static final String ID = "doubled-word";

    private static final Set<String> ALLOWED = WordFiles.read("doubled-words-allowed.txt");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(ArticleContext ctx) {
        for (TextUnit u : ctx.analysis().text().units(true)) {
            String t = u.text();
            int[] prev = {-1, -1};
            u.forEachWord((start, end) -> {
                int ps = prev[0];
                int pe = prev[1];
                prev[0] = start;
                prev[1] = end;
                if (ps < 0 || end - start != pe - ps || start - pe != 1 || !Character.isWhitespace(t.charAt(pe))
                        || !t.regionMatches(true, ps, t, start, end - start)) {
                    return;
                }
                String word = t.substring(start, end);
                if (ALLOWED.contains(Lexicon.lowerCase(word)) || (Character.isUpperCase(t.charAt(ps))
                        && Character.isUpperCase(t.charAt(start)))) {
                    return;
                }
                if (Character.isLowerCase(t.charAt(ps)) && Character.isUpperCase(t.charAt(start))) {
                    return; // "retire early Early retirement": a list of tags or keywords, not a doubled word
                }
                List<TextEdit> edits;
                if (u.contiguous(pe, end)) {
                    edits = List.of(u.edit(pe, end, ""));
                } else if (end < t.length() && t.charAt(end) == ' ' && u.contiguous(start, end + 1)) {
                    edits = List.of(u.edit(start, end + 1, ""));
                } else {
                    edits = List.of();
                }
                ctx.report(ID, u, ps, end, "Word '" + word + "' is doubled: '" + t.substring(ps, end) + "'",
                        "Write '" + t.substring(ps, pe) + "' once" + FixWording.SUGGESTED, edits);
            });
        }
    }

    /** Reads bundled word lists. */
    static final class WordFiles {
        private WordFiles() {
        }

        static Set<String> read(String resource) {
            return Lexicon.bundledWordSet(DoubledWordRule.class, resource);
        }
    }
}
