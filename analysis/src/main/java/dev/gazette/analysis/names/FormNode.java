package dev.gazette.analysis.names;

import dev.gazette.analysis.names.NameKeys.NameKey;

/**
 * One name of the corpus as the clusterer compares it: a distinct surface form with its counts,
 * type cues and context, or a name or alias of a registry entity. Immutable once built; the
 * names index keeps the corpus's nodes so that any two forms can be compared again later (to
 * explain a merge, or to weigh a rewrite).
 */
final class FormNode {

    final String surface;
    final int kinds;
    final int mentions;
    final int articles;
    final int[] votes;
    /** The type the cues support, or the registry's type; null when undecided. */
    final EntityType type;
    final NameKey key;
    /** The key with British and American spellings made one. */
    final NameKey spellingKey;
    /** The key with English endings and inflections folded. */
    final NameKey stemKey;
    /** The letters and digits of the surface, lower-case and unaccented. */
    final String letters;
    /** {@link #letters} without article words ("al", "el") and a fused leading "al". */
    final String bare;
    /** Whether the form is one ordinary English word ("Have", "Gold", "Year"). */
    final boolean english;
    /** Whether the form is written as a transliteration (see {@link Comparison#ORIGIN}). */
    final boolean transliterated;
    /** Whether the form is written as a place of the gazetteer ({@link PairComparer#gazetteerPlace}). */
    final boolean gazetteerPlace;
    /** Whether the form is a demonym or its plural ({@link PairComparer#demonym}). */
    final boolean demonym;
    final FormContext context;
    /** The registry entry (index in the registry) for a registry name or alias; -1 for a corpus form. */
    final int anchor;
    final Registry.Alias alias;
    /** The pieces of the surface ({@link #writtenWords}), counted once: the canonical choice compares them often. */
    private final int writtenWords;

    FormNode(String surface, int kinds, int mentions, int articles, int[] votes, EntityType type, NameKey key,
             NameKey spellingKey, NameKey stemKey, String letters, String bare, boolean english,
             boolean transliterated, boolean gazetteerPlace, boolean demonym, FormContext context, int anchor,
             Registry.Alias alias) {
        this.surface = surface;
        this.kinds = kinds;
        this.mentions = mentions;
        this.articles = articles;
        this.votes = votes;
        this.type = type;
        this.key = key;
        this.spellingKey = spellingKey;
        this.stemKey = stemKey;
        this.letters = letters;
        this.bare = bare;
        this.english = english;
        this.transliterated = transliterated;
        this.gazetteerPlace = gazetteerPlace;
        this.demonym = demonym;
        this.context = context;
        this.anchor = anchor;
        this.alias = alias;
        this.writtenWords = pieces(surface);
    }

    /** The pieces of the surface between spaces and hyphens, as {@code NameClusterer.WORD_BREAK} splits it. */
    int writtenWords() {
        return writtenWords;
    }

    /**
     * How many strings {@code NameClusterer.WORD_BREAK.split(s)} gives, without the regular
     * expression: the runs between separators (white space as {@code \s} reads it, hyphens), one
     * more for the empty string before a leading separator, and 1 for a string with no separator.
     */
    static int pieces(String s) {
        int runs = 0;
        boolean separators = false;
        boolean inRun = false;
        for (int i = 0; i < s.length(); i++) {
            boolean separator = isBreak(s.charAt(i));
            separators |= separator;
            if (!separator && !inRun) {
                runs++;
            }
            inRun = !separator;
        }
        if (!separators) {
            return 1;
        }
        return runs == 0 ? 0 : runs + (isBreak(s.charAt(0)) ? 1 : 0);
    }

    private static boolean isBreak(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '-'
                || c == '\u2010' || c == '\u2011';
    }

    /** True for a name or alias of a registry entity (not a corpus form). */
    boolean registry() {
        return anchor >= 0;
    }

    boolean multiWord() {
        return !key.acronym() && key.size() >= 2;
    }
}
