package dev.gazette.validate.rules.text;

import dev.gazette.analysis.CorpusStatistic;
import dev.gazette.analysis.text.Lexicon;
import dev.gazette.analysis.text.TextUnit;
import dev.gazette.analysis.text.Vocabulary;
import dev.gazette.analysis.text.Words;
import dev.gazette.model.TextEdit;
import dev.gazette.validate.ArticleContext;
import dev.gazette.validate.RuleOption;
import dev.gazette.validate.RuleSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds words written without the spaces between them ("understandingofsecurity"). Each run
 * of letters that is no word of the lexicon or the corpus is split by the {@link Segmenter};
 * it is reported when the split is much more probable than the run being a word nobody
 * knows (an unknown name, a rare compound) and has the shape of run-together text: three or
 * more words, a function word among them, or a change from lower to upper case at a cut.
 * Two capitalised words joined ("CamelCase", brand names) and tokens in addresses or codes
 * are left alone, and so are articles not in English ({@code ArticleText#english}). The fix inserts the spaces
 * when every piece is a known word.
 */
public final class RunTogetherWordsRule extends LexiconRule {

    public static final String ID = "run-together-words";

    static final RuleOption<Integer> MIN_LENGTH = RuleOption.integer(ID, "min-length");
    static final RuleOption<Integer> MAX_LENGTH = RuleOption.integer(ID, "max-length");
    static final RuleOption<Double> MIN_MARGIN = RuleOption.decimal(ID, "min-margin");
    static final RuleOption<Integer> CORPUS_MIN_COUNT = RuleOption.integer(ID, "corpus-min-count");

    /** Runs longer than this are not checked for being a misspelling of a known word. */
    private static final int MAX_MISSPELLING_LENGTH = 14;

    /** A rule reading the bundled lexicon. */
    public RunTogetherWordsRule() {
        this(List.of());
    }

    private RunTogetherWordsRule(List<java.nio.file.Path> wordLists) {
        super(wordLists);
    }

    /** A rule reading the bundled lexicon plus the user's word lists. */
    public static RunTogetherWordsRule withWordLists(List<java.nio.file.Path> files) {
        return new RunTogetherWordsRule(files);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<RuleOption<?>> options() {
        return List.of(MIN_LENGTH, MAX_LENGTH, MIN_MARGIN, CORPUS_MIN_COUNT);
    }

    @Override
    public List<CorpusStatistic<?, ?>> statistics() {
        return List.of(Vocabulary.STATISTIC);
    }

    @Override
    public void check(ArticleContext ctx) {
        if (!ctx.analysis().text().english()) {
            return; // the lexicon is English: words of another language would be split into English pieces
        }
        RuleSettings s = ctx.settings();
        int minLength = s.get(MIN_LENGTH);
        int maxLength = s.get(MAX_LENGTH);
        double minMargin = s.get(MIN_MARGIN);
        int knownCount = s.get(CORPUS_MIN_COUNT);
        Vocabulary vocabulary = Vocabulary.of(ctx.knowledge());
        Lexicon lexicon = lexicon();
        Segmenter segmenter = new Segmenter(lexicon);
        for (TextUnit u : ctx.analysis().text().units(true)) {
            String text = u.text();
            u.forEachWord((start, end) -> {
                int len = end - start;
                if (len < minLength || len > maxLength || Words.allCaps(text, start, end)) {
                    return;
                }
                if (Character.isLowerCase(text.charAt(start)) && Character.isUpperCase(text.charAt(start + 1))) {
                    return; // iPhone, eBay
                }
                String token = text.substring(start, end);
                String lower = token.toLowerCase(Locale.ROOT);
                if (lexicon.isWord(lower) || vocabulary.count(lower) >= knownCount || Words.inCode(text, start, end)) {
                    return;
                }
                Segmenter.Split split = segmenter.split(token, vocabulary);
                if (split.pieces().size() < 2 || split.margin() < minMargin || !runTogetherShape(lexicon, token, split)) {
                    return;
                }
                report(ctx, u, start, end, token, split);
            });
        }
    }

    /**
     * Whether a split has the shape of run-together text rather than of a name, a compound or
     * a misspelling: three or more words, a function word among them, or a change from lower
     * to upper case at a cut; a run starting with a capital (often a name) needs four words;
     * never words that are all capitalised (CamelCase names), a two-piece split with a single
     * letter, a split with a compound particle ("work over") and no other function word, an
     * article that does not agree ("an messages"), or a run that is one typing error away from
     * a known word ("forseen").
     */
    private static boolean runTogetherShape(Lexicon lexicon, String token, Segmenter.Split split) {
        List<String> pieces = split.pieces();
        int n = pieces.size();
        boolean allCapitalised = true;
        int unknownLetters = 0;
        for (int i = 0; i < n; i++) {
            allCapitalised &= Character.isUpperCase(pieces.get(i).charAt(0));
            if (!split.known().get(i)) {
                unknownLetters += pieces.get(i).length();
            }
        }
        if (allCapitalised) {
            return false;
        }
        if (unknownLetters > 0 && (n - unknownPieces(split).size() < 4 || unknownLetters * 3 > token.length())) {
            return false;
        }
        if (Character.isUpperCase(token.charAt(0)) && n < 4) {
            return false;
        }
        boolean function = false;
        boolean particle = false;
        for (int i = 0; i < n; i++) {
            String lower = pieces.get(i).toLowerCase(Locale.ROOT);
            if (n == 2 && lower.length() == 1) {
                return false;
            }
            if (i + 1 < n && !articleAgrees(lower, pieces.get(i + 1))) {
                return false;
            }
            particle |= lexicon.isCompoundParticle(lower);
            function |= split.known().get(i) && lexicon.isFunctionWord(lower) && !lexicon.isCompoundParticle(lower);
        }
        if (particle && !function) {
            return false;
        }
        if (token.length() <= MAX_MISSPELLING_LENGTH && lexicon.hasNearMiss(token.toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (n >= 3 || function) {
            return true;
        }
        for (int cut : split.cuts()) {
            if (Character.isLowerCase(token.charAt(cut - 1)) && Character.isUpperCase(token.charAt(cut))) {
                return true;
            }
        }
        return false;
    }

    /** False for "an" before a consonant or "a" before a vowel: English would not write them so. */
    private static boolean articleAgrees(String lower, String next) {
        char c = Character.toLowerCase(next.charAt(0));
        boolean vowel = c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
        if (lower.equals("an")) {
            return vowel || c == 'h';
        }
        return !lower.equals("a") || !vowel;
    }

    private static void report(ArticleContext ctx, TextUnit u, int start, int end, String token, Segmenter.Split split) {
        String joined = split.joined();
        List<TextEdit> edits = new ArrayList<>();
        if (split.allKnown() && u.contiguous(start, end)) {
            for (int cut : split.cuts()) {
                edits.add(u.edit(start + cut, start + cut, " "));
            }
        }
        String shown = TextUnit.shorten(token, 60);
        ctx.report(ID, u, start, end,
                "'" + shown + "' looks like " + split.pieces().size() + " words run together: '"
                        + TextUnit.shorten(joined, 80) + "'",
                edits.isEmpty()
                        ? "Check the text: some pieces are not known words ("
                        + String.join(", ", unknownPieces(split)) + "); perhaps '" + TextUnit.shorten(joined, 80) + "'."
                        : "Write '" + TextUnit.shorten(joined, 80) + "'" + FixWording.SUGGESTED,
                edits);
    }

    private static List<String> unknownPieces(Segmenter.Split split) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < split.pieces().size(); i++) {
            if (!split.known().get(i)) {
                out.add("'" + split.pieces().get(i) + "'");
            }
        }
        return out;
    }
}
