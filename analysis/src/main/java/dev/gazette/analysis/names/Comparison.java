package dev.gazette.analysis.names;

import java.util.List;
import java.util.Locale;

/**
 * The comparisons two name forms are compared on, each with its levels, in the manner of
 * Fellegi-Sunter record linkage: every pair of forms falls into one level of each comparison,
 * and each level carries a weight (the log-ratio of how often it holds for two forms of one
 * entity and for two forms of different entities, see {@link MatchModel}).
 */
enum Comparison {

    /**
     * How the names are spelled alike, first level that holds: the same letters (case, accents,
     * apostrophes, hyphens and spaces aside); the same once articles are dropped ("al-Waer" /
     * "Waer"); the same transliteration key ("Mohammed" / "Muhammad"; {@code -short}: two
     * consonants or fewer); keys close by Jaro-Winkler or one small difference ("Tabqa" /
     * "Tabaqa"; {@code -short}: three consonants or fewer); one name inside the other: at its
     * end ("Assad" / "Bashar al-Assad"), followed by a legal form only ("Boeing" / "Boeing Co")
     * or otherwise, with words left out ("Ali Larijani" / "Ali Ardashir Larijani"); followed by
     * one class noun of a named building ("al-Shifa" / "al-Shifa Hospital"). The key levels
     * come in two kinds: {@code -transliterated} when a form is written as a transliteration (an
     * Arabic article or particle, "q" without "u", "kh", "dh", a doubled "aa", an ending "-eh"),
     * where spelling variants are the rule, and plain, where two names that share a key are as
     * often two words or two people ("Sales" / "Selas", "Malone" / "Maloney").
     */
    NAME("name", "exact", "article", "key", "key-short", "near", "near-short", "contains-end", "contains-legal",
            "contains-other", "key-transliterated", "key-short-transliterated", "near-transliterated",
            "near-short-transliterated", "contains-class"),
    /** Whether the cues type both forms alike (person, organisation, place). */
    TYPE("type", "agree", "disagree", "unknown"),
    /** Whether a form is one ordinary English word ("Have", "Gold", "Year"). */
    WORDS("words", "english", "name"),
    /**
     * How much the forms' contexts share: the other names of their articles (datelines
     * included) and the content words of their paragraphs, as the share of the smaller context
     * found in the larger (so that a rare spelling beside a common one is measured by its own
     * context); {@code unknown} when a form has too little context to tell.
     */
    CONTEXT("context", "strong", "some", "weak", "none", "unknown"),
    /**
     * How often the rarer form is written: a spelling seen once beside a common one is the mark
     * of a typing error or a stray transliteration; two names both common are two habits, or two
     * entities.
     */
    FREQUENCY("frequency", "once", "few", "many"),
    /** Whether one article writes both forms (a writer's second spelling, or two people of one story). */
    TOGETHER("together", "same-article", "apart"),
    /** Whether the titles written before the forms agree ("President", "Dr"). */
    ROLE("role", "same", "differ", "unknown"),
    /** Whether the forms' articles were published in overlapping periods. */
    PERIOD("period", "overlap", "apart", "unknown");

    static final int EXACT = 0;
    static final int ARTICLE = 1;
    static final int KEY = 2;
    static final int KEY_SHORT = 3;
    static final int NEAR = 4;
    static final int NEAR_SHORT = 5;
    static final int CONTAINS_END = 6;
    static final int CONTAINS_LEGAL = 7;
    static final int CONTAINS_OTHER = 8;
    /** Added to a key level's index for its transliterated kind. */
    static final int TRANSLITERATED_OFFSET = 7;
    /** The name and one class noun after it: a building named by its name alone ("al-Shifa Hospital"). */
    static final int CONTAINS_CLASS = 13;

    static final int AGREE = 0;
    static final int DISAGREE = 1;
    static final int UNKNOWN_TYPE = 2;

    static final int ENGLISH = 0;
    static final int PLAIN_NAME = 1;


    static final int STRONG = 0;
    static final int SOME = 1;
    static final int WEAK = 2;
    static final int NONE = 3;
    static final int UNKNOWN_CONTEXT = 4;

    static final int ONCE = 0;
    static final int FEW = 1;
    static final int MANY = 2;

    static final int SAME_ARTICLE = 0;
    static final int APART_ARTICLES = 1;

    static final int SAME_ROLE = 0;
    static final int OTHER_ROLE = 1;
    static final int UNKNOWN_ROLE = 2;

    static final int OVERLAP = 0;
    static final int APART = 1;
    static final int UNKNOWN_PERIOD = 2;

    private final String label;
    private final List<String> levels;

    Comparison(String label, String... levels) {
        this.label = label;
        this.levels = List.of(levels);
    }

    /** The comparison's name in files and evidence ("name", "context"). */
    String label() {
        return label;
    }

    /** The level names, in order. */
    List<String> levels() {
        return levels;
    }

    /** The index of {@code level}, or -1. */
    int level(String level) {
        return levels.indexOf(level.toLowerCase(Locale.ROOT));
    }

    /** The comparison called {@code label}, or null. */
    static Comparison of(String label) {
        for (Comparison c : values()) {
            if (c.label.equals(label)) {
                return c;
            }
        }
        return null;
    }

    /** True for the name levels where one name lies inside the other. */
    static boolean containment(int nameLevel) {
        return nameLevel >= CONTAINS_END && nameLevel <= CONTAINS_OTHER || nameLevel == CONTAINS_CLASS;
    }

    /** The name level without its transliterated kind ("key" for "key-transliterated"). */
    static int baseLevel(int nameLevel) {
        return nameLevel > CONTAINS_OTHER && nameLevel < CONTAINS_CLASS ? nameLevel - TRANSLITERATED_OFFSET : nameLevel;
    }
}
