package dev.gazette.validate.rules.names;

import dev.gazette.analysis.names.NameAnalysis;
import dev.gazette.analysis.names.NameVariant;
import dev.gazette.model.TextEdit;
import dev.gazette.validate.ArticleContext;
import dev.gazette.validate.RuleOption;
import java.text.Normalizer;
import java.util.List;

/**
 * Reports each mention the names analysis joined to an entity whose canonical name it spells
 * otherwise, when the evidence for that one rewrite is below the match probability that
 * rewrites need to be applied by default but at least {@code min-probability}: the finding
 * carries the rewrite as a suggested fix, applied only with suggested fixes or an accept
 * decision; the strong cases are {@code name-variant}'s. A mention joined to its entity only
 * through other forms (no comparison of its own form with the canonical one) is not reported:
 * nothing speaks for that one rewrite. Nor is a rewrite reported that takes away the mention's diacritics ("Jean
 * Siméon Chardin" to "Simeon" after a tag list or caption that drops them: the accented spelling is the careful one)
 * where the article writes the accented spelling at least as often as the plain one.
 */
public final class PossibleNameVariantRule extends NameRule {

    public static final String ID = "possible-name-variant";

    static final RuleOption<Double> MIN_PROBABILITY = RuleOption.decimal(ID, "min-probability");

    public PossibleNameVariantRule(NameAnalysis names) {
        super(names);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<RuleOption<?>> options() {
        return List.of(MIN_PROBABILITY);
    }

    @Override
    public void check(ArticleContext ctx) {
        double min = ctx.settings().get(MIN_PROBABILITY);
        for (NameVariant v : ctx.analysis().names().spellingVariants()) {
            // NaN (joined through other forms only) fails the comparison: not reported
            if (!v.strong() && v.probability() >= min && !articleSpellingWins(ctx.article().raw(), v.edits())) {
                ctx.report(ID, v.start(), v.end(), v.message(), v.suggestion(), v.edits());
            }
        }
    }

    /**
     * Every edit of the rewrite replaces a spelling with diacritics by the same letters without them, where the article
     * writes the accented spelling at least as often as the other (a stray accent, "Sýrsky" once against "Syrsky"
     * fourteen times, is still rewritten).
     */
    static boolean articleSpellingWins(String raw, List<TextEdit> edits) {
        if (edits.isEmpty()) {
            return false;
        }
        for (TextEdit e : edits) {
            String written = raw.substring(e.start(), e.end());
            String proposed = e.replacement();
            boolean dropsAccents = !written.equals(proposed) && fold(written).equals(fold(proposed))
                    && marks(written) > marks(proposed) && wholeWordCount(raw, written) >= wholeWordCount(raw, proposed);
            if (!dropsAccents) {
                return false;
            }
        }
        return true;
    }

    /** The letters without their diacritics, in lower case. */
    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(java.util.Locale.ROOT);
    }

    /** How many diacritical marks the text holds once decomposed. */
    private static int marks(String s) {
        return (int) Normalizer.normalize(s, Normalizer.Form.NFD).codePoints()
                .filter(c -> Character.getType(c) == Character.NON_SPACING_MARK).count();
    }

    /** How often {@code word} occurs in {@code raw} with no letter or digit on either side. */
    static int wholeWordCount(String raw, String word) {
        if (word.isBlank()) {
            return 0;
        }
        int n = 0;
        for (int k = raw.indexOf(word); k >= 0; k = raw.indexOf(word, k + 1)) {
            int end = k + word.length();
            if ((k == 0 || !Character.isLetterOrDigit(raw.charAt(k - 1)))
                    && (end == raw.length() || !Character.isLetterOrDigit(raw.charAt(end)))) {
                n++;
            }
        }
        return n;
    }
}
