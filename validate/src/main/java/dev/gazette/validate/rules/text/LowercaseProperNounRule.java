package dev.gazette.validate.rules.text;

import dev.gazette.analysis.CorpusStatistic;
import dev.gazette.analysis.text.Lexicon;
import dev.gazette.analysis.text.TextUnit;
import dev.gazette.analysis.text.Vocabulary;
import dev.gazette.analysis.text.Words;
import dev.gazette.validate.ArticleContext;
import dev.gazette.validate.RuleOption;
import dev.gazette.validate.RuleSettings;
import java.util.List;

/**
 * Finds proper nouns written in lower case ("baghdad"). A lower-case word is a proper noun
 * when the lexicon knows it only with a capital (and the corpus does not mostly write it in
 * lower case), or when the corpus writes it capitalised inside sentences far more often than
 * in lower case. Words the lexicon knows in lower case ("turkey", "china", "may") are never
 * reported, nor short words, words in addresses or codes, or name particles before a hyphen
 * or a capitalised word ("al-", "de los Angeles"). The fix writes the capital.
 */
public final class LowercaseProperNounRule extends LexiconRule {

    public static final String ID = "lowercase-proper-noun";

    static final RuleOption<Integer> MIN_LENGTH = RuleOption.integer(ID, "min-length");
    static final RuleOption<Integer> MIN_CAPITALISED = RuleOption.integer(ID, "min-capitalised");
    static final RuleOption<Double> MAX_LOWER_SHARE = RuleOption.decimal(ID, "max-lower-share");

    public LowercaseProperNounRule() {
        this(List.of());
    }

    private LowercaseProperNounRule(List<java.nio.file.Path> wordLists) {
        super(wordLists);
    }

    /** A rule reading the bundled lexicon plus the user's word lists. */
    public static LowercaseProperNounRule withWordLists(List<java.nio.file.Path> files) {
        return new LowercaseProperNounRule(files);
    }

    private static boolean nextIsCapitalised(String t, int end) {
        int i = end;
        if (i >= t.length() || t.charAt(i) != ' ') {
            return false;
        }
        i++;
        return i < t.length() && Character.isUpperCase(t.charAt(i));
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<RuleOption<?>> options() {
        return List.of(MIN_LENGTH, MIN_CAPITALISED, MAX_LOWER_SHARE);
    }

    @Override
    public List<CorpusStatistic<?, ?>> statistics() {
        return List.of(Vocabulary.STATISTIC);
    }

    @Override
    public void check(ArticleContext ctx) {
        RuleSettings s = ctx.settings();
        int minLength = s.get(MIN_LENGTH);
        int minCapitalised = s.get(MIN_CAPITALISED);
        double maxLowerShare = s.get(MAX_LOWER_SHARE);
        Vocabulary vocabulary = Vocabulary.of(ctx.knowledge());
        Lexicon lexicon = lexicon();
        for (TextUnit u : ctx.analysis().text().units(false)) {
            String t = u.text();
            u.forEachWord((start, end) -> {
                if (end - start < minLength || !Words.lowerCase(t, start, end) || Words.inCode(t, start, end)
                        || (end < t.length() && t.charAt(end) == '-') || (start > 0 && t.charAt(start - 1) == '.')) {
                    return;
                }
                String word = t.substring(start, end);
                if (end - start <= 3 && nextIsCapitalised(t, end)) {
                    return; // a name particle: "de los Angeles"
                }
                if (lexicon.isCommonWord(word)) {
                    return;
                }
                int lower = vocabulary.lowerCount(word);
                int capitalised = vocabulary.capitalisedCount(word);
                int otherLower = Math.max(0, lower - 1); // the corpus's other lower-case spellings
                boolean mostlyLower = otherLower > 0 && otherLower > maxLowerShare * (otherLower + capitalised);
                String form = lexicon.properForm(word);
                boolean proper = form != null ? !(lower >= 3 && mostlyLower)
                        : capitalised >= minCapitalised && !mostlyLower;
                if (!proper) {
                    return;
                }
                String fixed = form != null ? form : Character.toUpperCase(word.charAt(0)) + word.substring(1);
                String evidence = capitalised > 0
                        ? "the corpus writes it '" + fixed + "' " + capitalised + " time" + (capitalised == 1 ? "" : "s")
                        : "the lexicon knows it only as '" + fixed + "'";
                ctx.report(ID, u, start, end,
                        "Proper noun '" + word + "' is written in lower case; " + evidence,
                        "Write '" + fixed + "' (done by the normaliser).",
                        List.of(u.edit(start, end, fixed)));
            });
        }
    }
}
