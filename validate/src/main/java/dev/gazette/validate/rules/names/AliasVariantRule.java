package dev.gazette.validate.rules.names;

import dev.gazette.analysis.names.NameAnalysis;
import dev.gazette.analysis.names.NameVariant;
import dev.gazette.analysis.pipeline.Quotation;
import dev.gazette.model.Block;
import dev.gazette.model.Paragraph;
import dev.gazette.validate.ArticleContext;
import dev.gazette.validate.RuleOption;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reports where an entity appears under another of its names (a registry alias such as
 * "ISIL" or "ISIS" for the Islamic State) while the corpus also uses other names for it, once
 * per name and article, for the kinds of name in the {@code kinds} option. The finding
 * suggests the canonical name; the fix is only applied when suggested fixes are asked for,
 * since an alias is often deliberate.
 *
 * <p>The rewrite is offered only in the article's running prose: inside a quotation (someone's
 * own words), in a headline, a heading, a menu or list label or any paragraph without a
 * sentence end, and in parentheses (an acronym being defined: "the United Nations (UN)") the
 * name is reported without an edit. A form the article defines as the acronym of something
 * else ("ISIS (Institute of ...)", "Institute of ... (ISIS)") is not a mention of the entity at
 * all and is not reported.
 */
public final class AliasVariantRule extends NameRule {

    public static final String ID = "alias-variant";

    static final RuleOption<String> KINDS = RuleOption.text(ID, "kinds");

    /** A sentence end, closing quotation marks or brackets allowed after it. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\"”’')\\]]*$");

    public AliasVariantRule(NameAnalysis names) {
        super(names);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<RuleOption<?>> options() {
        return List.of(KINDS);
    }

    @Override
    public void check(ArticleContext ctx) {
        Set<String> kinds = new HashSet<>();
        for (String k : ctx.settings().get(KINDS).split(",")) {
            kinds.add(k.strip().toLowerCase(Locale.ROOT));
        }
        String raw = ctx.article().raw();
        for (NameVariant v : ctx.analysis().names().otherNames(kinds)) {
            String surface = v.mention().surface();
            if (definedAsSomethingElse(raw, surface, v.replacement())) {
                continue;
            }
            String keptBecause = keptBecause(ctx, raw, v);
            if (keptBecause == null) {
                ctx.report(ID, v.start(), v.end(), v.message(), v.suggestion(), v.edits());
            } else {
                ctx.report(ID, v.start(), v.end(), v.message(),
                        "Left as written (no rewrite offered): the name stands " + keptBecause + ".");
            }
        }
    }

    /** Why the mention is not rewritten where it stands, or {@code null} when it is in running prose. */
    private static String keptBecause(ArticleContext ctx, String raw, NameVariant v) {
        for (Quotation q : ctx.analysis().quotations()) {
            if (v.start() >= q.quote().start() && v.end() <= q.quote().end()) {
                return "inside a quotation";
            }
        }
        if (parenthesised(raw, v.start(), v.end())) {
            return "in parentheses, where an acronym is defined";
        }
        Block title = ctx.article().title();
        if (title != null && within(v, title.start(), title.end())) {
            return "in the headline";
        }
        for (Block h : ctx.article().headings()) {
            if (within(v, h.start(), h.end())) {
                return "in a heading";
            }
        }
        for (Paragraph p : ctx.article().paragraphs()) {
            if (within(v, p.start(), p.end())) {
                return SENTENCE_END.matcher(p.text().strip()).find() ? null
                        : "in a line without a sentence end (a headline, a menu or a list label)";
            }
        }
        return "outside the body paragraphs";
    }

    private static boolean within(NameVariant v, int start, int end) {
        return v.start() >= start && v.end() <= end;
    }

    /** The name is the whole of a bracketed aside: "(UN)". */
    private static boolean parenthesised(String raw, int start, int end) {
        int before = start - 1;
        while (before >= 0 && raw.charAt(before) == ' ') {
            before--;
        }
        int after = end;
        while (after < raw.length() && raw.charAt(after) == ' ') {
            after++;
        }
        return before >= 0 && after < raw.length() && raw.charAt(before) == '(' && raw.charAt(after) == ')';
    }

    /** Up to this many characters of words read next to an acronym for the name it is defined as. */
    private static final int DEFINITION_REACH = 80;

    /**
     * The article defines {@code surface} as the acronym of another name than {@code canonical}: the form
     * followed by a bracketed name of two or more capitalised words ("ISIS (Institute of Strategic Studies)"),
     * or written in brackets after such a name ("Institute of Strategic Studies (ISIS)"), the entity's own name
     * not among those words.
     */
    static boolean definedAsSomethingElse(String raw, String surface, String canonical) {
        String canon = canonical.toLowerCase(Locale.ROOT);
        Matcher after = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(surface) + "\\s*\\(([^()\\n]{3,"
                + DEFINITION_REACH + "})\\)").matcher(raw);
        while (after.find()) {
            if (namedOtherwise(after.group(1), canon)) {
                return true;
            }
        }
        Matcher inside = Pattern.compile("\\(\\s*" + Pattern.quote(surface) + "\\s*\\)").matcher(raw);
        while (inside.find()) {
            int from = Math.max(0, inside.start() - DEFINITION_REACH);
            String before = raw.substring(from, inside.start());
            int cut = Math.max(Math.max(before.lastIndexOf('\n'), before.lastIndexOf('.')), before.lastIndexOf(','));
            if (namedOtherwise(before.substring(cut + 1), canon)) {
                return true;
            }
        }
        return false;
    }

    /** Words holding two or more capitalised words (a name) that do not hold the entity's name. */
    private static boolean namedOtherwise(String words, String canonLower) {
        int capitalised = 0;
        for (String w : words.strip().split("\\s+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0))) {
                capitalised++;
            }
        }
        String lower = words.toLowerCase(Locale.ROOT).replace('’', '\'');
        return capitalised >= 2 && !lower.contains(canonLower);
    }
}
