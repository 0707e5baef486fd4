package dev.gazette.eval.fixes;

/**
 * One thing a person judges: a finding (is it a real problem?) or an applied change (is the
 * text still right after it?). Its key (kind, article, rule, offsets, replacement) does not
 * depend on line numbers, messages or the order of the tables, so a judgement recorded once
 * keeps matching the same item when the harness is run again.
 *
 * @param kind        {@code finding} or {@code change}
 * @param articleId   the article id
 * @param rule        the rule id
 * @param start       offset of the start in the article's raw text
 * @param end         offset just past the end in the raw text
 * @param replacement the change's replacement; empty for a finding
 * @param message     the finding's message, or the change's rule and text before and after (not part of the key)
 * @param owner       the key of the finding a change belongs to, or the item's own key
 */
record Item(Kind kind, String articleId, String rule, int start, int end, String replacement, String message,
            String owner) {

    /** What kind of item it is. */
    enum Kind {
        FINDING, CHANGE;

        String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        static Kind parse(String s) {
            return valueOf(s.strip().toUpperCase(java.util.Locale.ROOT));
        }
    }

    /** The stable key that judgements are matched by. */
    String key() {
        return key(kind, articleId, rule, start, end, replacement);
    }

    static String key(Kind kind, String articleId, String rule, int start, int end, String replacement) {
        return kind.label() + '\u0000' + articleId + '\u0000' + rule + '\u0000' + start + '\u0000' + end
                + '\u0000' + replacement;
    }

    Item withOwner(String ownerKey) {
        return new Item(kind, articleId, rule, start, end, replacement, message, ownerKey);
    }
}
