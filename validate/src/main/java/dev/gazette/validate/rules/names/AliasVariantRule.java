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
                return prose(p.text().strip()) ? null
                        : "in a line without a sentence end (a headline, a menu or a list label)";
            }
        }
        return "outside the body paragraphs";
    }

    /** A sentence ends the paragraph, or a colon ends it after a sentence ("... said so. They list these:"). */
    private static boolean prose(String text) {
        if (SENTENCE_END.matcher(text).find()) {
            return true;
        }
        return text.endsWith(":") && INNER_SENTENCE_END.matcher(text).find();
    }

    /** A sentence end inside a paragraph: a full stop after a word of two letters or more, then a capital. */
    private static final Pattern INNER_SENTENCE_END = Pattern.compile("\\p{Ll}{2}[.!?][\"”’']?\\s+\\p{Lu}");

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
     * followed by a bracketed name whose capitalised words' initials spell it ("ISIS (Institute of Strategic
     * and International Studies)"), or written in brackets after such a name ("Institute of Strategic and
     * International Studies (ISIS)"), the entity's own name not among those words.
     */
    static boolean definedAsSomethingElse(String raw, String surface, String canonical) {
        String letters = surface.replaceAll("[^\\p{L}]", "").toUpperCase(Locale.ROOT);
        if (letters.length() < 2) {
            return false;
        }
        String canon = canonical.toLowerCase(Locale.ROOT);
        Matcher after = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(surface) + "\\s*\\(([^()\\n]{3,"
                + DEFINITION_REACH + "})\\)").matcher(raw);
        while (after.find()) {
            if (spells(initials(after.group(1)), letters, false) && !mentions(after.group(1), canon)) {
                return true;
            }
        }
        Matcher inside = Pattern.compile("\\(\\s*" + Pattern.quote(surface) + "\\s*\\)").matcher(raw);
        while (inside.find()) {
            String before = raw.substring(Math.max(0, inside.start() - DEFINITION_REACH), inside.start());
            int cut = Math.max(before.lastIndexOf('\n'), Math.max(before.lastIndexOf('.'), before.lastIndexOf(',')));
            String name = before.substring(cut + 1);
            if (spells(initials(name), letters, true) && !mentions(name, canon)) {
                return true;
            }
        }
        return false;
    }

    /** The initials of the capitalised words, in order. */
    private static String initials(String words) {
        StringBuilder out = new StringBuilder();
        for (String w : words.strip().split("[\\s\\-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0))) {
                out.appendCodePoint(w.codePointAt(0));
            }
        }
        return out.toString();
    }

    /** The initials spell the letters: all of them, or (for the words before a bracket) their last ones. */
    private static boolean spells(String initials, String letters, boolean tail) {
        return tail ? initials.endsWith(letters) : initials.equals(letters);
    }

    private static boolean mentions(String words, String canonLower) {
        return words.toLowerCase(Locale.ROOT).replace('\u2019', '\'').contains(canonLower);
    }
}
