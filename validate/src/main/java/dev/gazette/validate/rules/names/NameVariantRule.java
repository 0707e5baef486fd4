package dev.gazette.validate.rules.names;

import dev.gazette.model.TextEdit;
import dev.gazette.validate.ArticleContext;
import dev.gazette.validate.rules.names.NameAnalyser.Found;
import dev.gazette.validate.rules.names.NameKeys.NameKey;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports each mention whose spelling differs from its entity's canonical name, across the
 * whole corpus ("Moammar Gadhafi" where the corpus mostly writes "Muammar Gaddafi"), with a
 * fix that rewrites it. A partial mention ("Gadhafi") is compared with the matching end of the
 * canonical name and keeps its own article ("al-") or lack of one. Other names (registry
 * aliases, acronyms) are left to {@code alias-variant}.
 */
public final class NameVariantRule extends NameRule {

    public static final String ID = "name-variant";

    NameVariantRule(NameStatistic statistic) {
        super(statistic);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(ArticleContext ctx) {
        Names.Resolved r = mentions(ctx);
        String raw = ctx.article().raw();
        NameKeys keys = statistic.analyser().keys();
        for (int i = 0; i < r.mentions().size(); i++) {
            Mention m = r.mentions().get(i);
            Found f = r.found().get(i);
            NameIndex.FormInfo root = r.index().form(f.root());
            Entity e = r.index().entity(root.entity());
            NameIndex.Figures fig = r.index().figures(root.entity());
            String replacement;
            String message;
            String articles = fig.canonicalArticles() + " of " + fig.articles()
                    + (fig.articles() == 1 ? " article" : " articles");
            String where = e.known()
                    ? " in the entity registry (" + articles + (fig.canonicalArticles() == 1 ? " uses" : " use") + " it)"
                    : " elsewhere in the corpus (" + articles + ")";
            switch (m.relation()) {
                case "name" -> {
                    if (f.key().size() < 2 && keys.key(e.name(), false).size() >= 2) {
                        continue;
                    }
                    replacement = e.name();
                    if (sameSpelling(m.surface(), replacement)) {
                        continue;
                    }
                    message = "'" + m.surface() + "' is spelled '" + replacement + "'" + where;
                }
                case "partial" -> {
                    replacement = partialReplacement(keys, f.key(), m.surface(), e.name());
                    if (replacement == null || sameSpelling(m.surface(), replacement)) {
                        continue;
                    }
                    message = "'" + m.surface() + "' is spelled '" + replacement + "'" + where.replace(" (", ", as in '"
                            + e.name() + "' (");
                }
                default -> {
                    continue;
                }
            }
            List<TextEdit> edits = wordEdits(raw, m.start(), m.end(), replacement);
            if (edits.isEmpty()) {
                continue;
            }
            ctx.report(ID, m.start(), m.end(), message,
                    "Write '" + replacement + "', the canonical form: " + e.reason() + ".", edits);
        }
    }

    /** Equal, or equal but for the capital of a leading article at the start of a sentence ("Al-Maliki"). */
    static boolean sameSpelling(String surface, String canonical) {
        if (surface.equals(canonical)) {
            return true;
        }
        return surface.length() == canonical.length() && !surface.isEmpty()
                && Character.toLowerCase(surface.charAt(0)) == Character.toLowerCase(canonical.charAt(0))
                && surface.substring(1).equals(canonical.substring(1));
    }

    /**
     * How a partial mention reads when spelled like the canonical name: the canonical name's
     * last words covering as many name words as the mention, with the mention's own leading
     * article ("al-", "Al ") or none.
     */
    static String partialReplacement(NameKeys keys, NameKey partial, String surface, String canonical) {
        String[] words = canonical.split(" ");
        String suffix = null;
        for (int k = words.length - 1; k >= 0; k--) {
            String s = String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length));
            NameKey key = keys.key(s, false);
            if (key.size() == partial.size()) {
                suffix = s;
            }
            if (key.size() > partial.size()) {
                break;
            }
        }
        if (suffix == null || !NameMatcher.matches(keys.key(suffix, false), partial)) {
            return null; // the mention is not a spelling of the name's last words
        }
        String[] own = splitArticle(keys, surface);
        String[] canon = splitArticle(keys, suffix);
        return own[0] + canon[1];
    }

    /** Splits a leading article ("al-", "Al ", "el-") from a name: {article as written, rest}. */
    static String[] splitArticle(NameKeys keys, String name) {
        int cut = -1;
        for (int i = 0; i < name.length() && i < 5; i++) {
            char c = name.charAt(i);
            if (c == ' ' || NameKeys.isHyphen(c)) {
                cut = i;
                break;
            }
        }
        if (cut > 0 && cut + 1 < name.length()
                && keys.lexicon().articles.contains(name.substring(0, cut).toLowerCase(java.util.Locale.ROOT))) {
            return new String[] {name.substring(0, cut + 1), name.substring(cut + 1)};
        }
        return new String[] {"", name};
    }

    /**
     * The smallest edits that turn the raw text {@code [start, end)} into {@code replacement},
     * word by word, so that no edit spans a line break of hard-wrapped text when it can be avoided.
     */
    static List<TextEdit> wordEdits(String raw, int start, int end, String replacement) {
        List<int[]> spans = new ArrayList<>();
        int i = start;
        while (i < end) {
            while (i < end && Character.isWhitespace(raw.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < end && !Character.isWhitespace(raw.charAt(i))) {
                i++;
            }
            if (i > s) {
                spans.add(new int[] {s, i});
            }
        }
        String[] rep = replacement.split(" ");
        int n = spans.size();
        int p = 0;
        while (p < n && p < rep.length && raw.substring(spans.get(p)[0], spans.get(p)[1]).equals(rep[p])) {
            p++;
        }
        int q = 0;
        while (q < n - p && q < rep.length - p
                && raw.substring(spans.get(n - 1 - q)[0], spans.get(n - 1 - q)[1]).equals(rep[rep.length - 1 - q])) {
            q++;
        }
        int rawMid = n - p - q;
        int repMid = rep.length - p - q;
        List<TextEdit> edits = new ArrayList<>();
        if (rawMid == 0 && repMid == 0) {
            return edits;
        }
        // every edit stays inside one line: a name broken across hard-wrapped lines keeps its line
        // break, which the broken-paragraph fix turns into a space
        if (rawMid == 0) {
            String words = String.join(" ", java.util.Arrays.copyOfRange(rep, p, p + repMid));
            if (p < n) {
                edits.add(new TextEdit(spans.get(p)[0], spans.get(p)[0], words + " "));
            } else {
                edits.add(new TextEdit(spans.get(p - 1)[1], spans.get(p - 1)[1], " " + words));
            }
            return edits;
        }
        int common = Math.min(rawMid, repMid);
        for (int k = 0; k < common; k++) {
            int[] w = spans.get(p + k);
            String r = k == common - 1 && repMid > rawMid
                    ? String.join(" ", java.util.Arrays.copyOfRange(rep, p + k, p + repMid))
                    : rep[p + k];
            if (!raw.substring(w[0], w[1]).equals(r)) {
                edits.add(new TextEdit(w[0], w[1], r));
            }
        }
        for (int k = common; k < rawMid; k++) {
            int[] w = spans.get(p + k);
            int from = w[0];
            int to = w[1];
            if (to < raw.length() && raw.charAt(to) == ' ') {
                to++;
            } else if (from > 0 && raw.charAt(from - 1) == ' ') {
                from--;
            }
            edits.add(new TextEdit(from, to, ""));
        }
        return edits;
    }
}
