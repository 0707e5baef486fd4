package dev.gazette.analysis.text;

import java.util.Arrays;
import java.util.Locale;

/**
 * The tokens and the words of a text, found in one pass over its characters and shared by every
 * rule and extractor that reads the text (see {@link TextUnit#tokens()}).
 *
 * <p>A <em>token</em> is a run of word characters (letters, digits, combining marks) in which an
 * apostrophe or a hyphen between two letters does not break the run ("al-Maliki", "O'Brien",
 * "Iran's"), or a dotted acronym ("U.S."). A token ending in "'s" is possessive (its core ends
 * before the apostrophe); a token of four or more characters ending in s, z or x and followed by an
 * apostrophe is possessive ("Jones'"); another token followed by an apostrophe and a space, with no
 * opening quote before it, takes the apostrophe ("rock 'n' roll" aside: "goin' "). Each token also
 * records what lies in the gap since the previous one: a mark that ends a sentence or opens a
 * quotation ({@code ! ? : " “}), or a full stop. These are properties of the text alone: which
 * words are names, particles or contractions is for the extractor that reads the tokens to decide.
 *
 * <p>A <em>word</em> ({@link Words}) is a maximal run of letters and non-spacing marks. Every
 * letter lies in a token, so the words are found in the same pass; a word may straddle two tokens
 * only when a dotted acronym's last capital is followed by a non-spacing mark.
 *
 * <p>Immutable.
 */
public final class Tokens {

    private static final int ACRONYM = 1;
    private static final int INNER_APOSTROPHE = 1 << 1;
    private static final int INNER_HYPHEN = 1 << 2;
    private static final int POSSESSIVE = 1 << 3;
    private static final int CLITIC_S = 1 << 4;
    private static final int TRAILING_APOSTROPHE = 1 << 5;
    private static final int BREAK_BEFORE = 1 << 6;
    private static final int STOP_BEFORE = 1 << 7;

    private static final int[] NONE = new int[0];

    private final int[] bounds;
    private final byte[] flags;
    private final int[] words;

    private Tokens(int[] bounds, byte[] flags, int[] words) {
        this.bounds = bounds;
        this.flags = flags;
        this.words = words;
    }

    /** The tokens and words of the whole of {@code text}. */
    public static Tokens of(String text) {
        return scan(text, 0, Integer.MAX_VALUE, true);
    }

    /**
     * The first token the pass finds when it starts at {@code from} (none or one token, no words);
     * its gap is the text from {@code from}. For a reader that splits a token where its own
     * knowledge says so (a contraction, a hyphenated word cut short) and reads on from inside it.
     */
    public static Tokens first(String text, int from) {
        return scan(text, from, 1, false);
    }

    /**
     * The token {@code [start, end)} of {@code text} as the pass would record it had the run
     * stopped at {@code end}: its end (with a trailing apostrophe, if it takes one) and its
     * possessive flags; no gap flags, no words.
     */
    public static Tokens piece(String text, int start, int end) {
        long e = ending(text, start, end);
        return new Tokens(new int[] {start, (int) (e >>> 32)}, new byte[] {(byte) e}, NONE);
    }

    /** The number of tokens. */
    public int size() {
        return flags.length;
    }

    /** Where token {@code i} starts. */
    public int start(int i) {
        return bounds[2 * i];
    }

    /** Where token {@code i} ends (past a trailing apostrophe it takes). */
    public int end(int i) {
        return bounds[2 * i + 1];
    }

    /** Where token {@code i} ends before its possessive "'s", if it has one. */
    public int coreEnd(int i) {
        return has(i, CLITIC_S) ? end(i) - 2 : end(i);
    }

    /** True when token {@code i} is a dotted acronym ("U.S.", "D.C"). */
    public boolean acronym(int i) {
        return has(i, ACRONYM);
    }

    /** True when token {@code i} joins letters with an apostrophe ("O'Brien", "We'll"). */
    public boolean innerApostrophe(int i) {
        return has(i, INNER_APOSTROPHE);
    }

    /** True when token {@code i} joins letters with a hyphen ("al-Maliki", "Damascus-based"). */
    public boolean innerHyphen(int i) {
        return has(i, INNER_HYPHEN);
    }

    /** True when token {@code i} is possessive ("Iran's", "Jones'"). */
    public boolean possessive(int i) {
        return has(i, POSSESSIVE);
    }

    /** True when token {@code i} took the apostrophe that follows it. */
    public boolean trailingApostrophe(int i) {
        return has(i, TRAILING_APOSTROPHE);
    }

    /** True when the gap before token {@code i} holds {@code ! ? : " “}: it opens a sentence or a quotation. */
    public boolean breakBefore(int i) {
        return has(i, BREAK_BEFORE);
    }

    /** True when the gap before token {@code i} holds a full stop (which ends a sentence unless it ends an abbreviation). */
    public boolean stopBefore(int i) {
        return has(i, STOP_BEFORE);
    }

    /**
     * The tokens as runs of characters, for a reader that joins them by rules of its own (the
     * quotation and title finders): each token without a trailing apostrophe it took, and a dotted
     * acronym split into its letters, its full stops left between them. Pairs of start and end, in
     * text order; computed from the tokens, not by another pass over the text.
     */
    public int[] runs(String text) {
        int[] out = new int[2 * size() + 2];
        int n = 0;
        for (int i = 0; i < size(); i++) {
            int from = start(i);
            int to = trailingApostrophe(i) ? end(i) - 1 : end(i);
            for (int p = from; p < to; p++) {
                boolean letterOfAcronym = acronym(i) && Character.isUpperCase(text.charAt(p));
                if (acronym(i) && !letterOfAcronym) {
                    continue;
                }
                int e = letterOfAcronym ? p + 1 : to;
                if (n > 0 && out[n - 1] == p) {
                    out[n - 1] = e; // touching runs are one ("J.A60": the acronym's last letter and a number)
                } else {
                    if (n + 2 > out.length) {
                        out = Arrays.copyOf(out, out.length * 2);
                    }
                    out[n++] = p;
                    out[n++] = e;
                }
                p = e - 1;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** Calls {@code visitor} for every word ({@link Words#forEach}), in order. */
    public void forEachWord(Words.Visitor visitor) {
        int[] w = words;
        for (int i = 0; i < w.length; i += 2) {
            visitor.word(w[i], w[i + 1]);
        }
    }

    /** The number of words. */
    public int wordCount() {
        return words.length / 2;
    }

    private boolean has(int i, int flag) {
        return (flags[i] & flag) != 0;
    }

    /** True for the apostrophes and letter-like marks written for one. */
    public static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02BF' || c == '\u02BC' || c == '\u02BE'
                || c == '`' || c == '\u00B4' || c == '\u2032' || c == '\u02BB';
    }

    /** True for a hyphen (not a dash). */
    public static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    /** True for a character a token is made of: a letter, a decimal digit or a combining mark. */
    public static boolean isWordChar(char c) {
        return wordChar(Character.getType(c));
    }

    private static boolean wordChar(int type) {
        return type >= Character.UPPERCASE_LETTER && type <= Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.DECIMAL_DIGIT_NUMBER;
    }

    /** {@link Words#isLetter} by general category: the five letter categories and non-spacing marks. */
    private static boolean letter(int type) {
        return type >= Character.UPPERCASE_LETTER && type <= Character.NON_SPACING_MARK;
    }

    // ------------------------------------------------------------------ the pass

    /** Growing arrays of the pass. */
    private static final class Out {
        int[] bounds;
        byte[] flags;
        int tokens;
        int[] words;
        int wordInts;
        int wordStart = -1;

        Out(int guess) {
            bounds = new int[2 * guess];
            flags = new byte[guess];
            words = new int[2 * guess];
        }

        void token(int start, int end, int flag) {
            if (tokens == flags.length) {
                flags = Arrays.copyOf(flags, tokens * 2);
                bounds = Arrays.copyOf(bounds, tokens * 4);
            }
            bounds[2 * tokens] = start;
            bounds[2 * tokens + 1] = end;
            flags[tokens++] = (byte) flag;
        }

        /** Character {@code at}, of the type given, is next in text order: a letter extends the current word, else it ends. */
        void visit(int at, int type) {
            if (letter(type)) {
                if (wordStart < 0) {
                    wordStart = at;
                }
            } else if (wordStart >= 0) {
                word(at);
            }
        }

        void word(int end) {
            if (wordInts == words.length) {
                words = Arrays.copyOf(words, wordInts * 2);
            }
            words[wordInts++] = wordStart;
            words[wordInts++] = end;
            wordStart = -1;
        }

        Tokens done(boolean withWords) {
            return new Tokens(Arrays.copyOf(bounds, 2 * tokens), Arrays.copyOf(flags, tokens),
                    withWords ? Arrays.copyOf(words, wordInts) : NONE);
        }
    }

    /**
     * The pass: from {@code from}, at most {@code limit} tokens. Every character from {@code from}
     * on is visited once, in order (by the skip between tokens, the run of a token, a joint, or a
     * trailing apostrophe), and each visit also extends or ends the current word.
     */
    private static Tokens scan(String t, int from, int limit, boolean withWords) {
        int n = t.length();
        Out out = new Out((int) Math.min(limit, Math.max(4, (n - from) / 5)));
        int i = from;
        int gap = 0;
        while (i < n && out.tokens < limit) {
            char c = t.charAt(i);
            int type = Character.getType(c);
            if (!wordChar(type)) {
                out.visit(i, type);
                if (c == '!' || c == '?' || c == ':' || c == '\u201C' || c == '"') {
                    gap |= BREAK_BEFORE;
                } else if (c == '.') {
                    gap |= STOP_BEFORE;
                }
                i++;
                continue;
            }
            int s = i;
            int j;
            int flag = gap;
            if (Character.isUpperCase(c) && i + 2 < n && t.charAt(i + 1) == '.' && Character.isUpperCase(t.charAt(i + 2))) {
                flag |= ACRONYM;
                j = i;
                while (j + 1 < n && Character.isUpperCase(t.charAt(j)) && t.charAt(j + 1) == '.') {
                    out.visit(j, Character.getType(t.charAt(j)));
                    out.visit(j + 1, Character.OTHER_PUNCTUATION);
                    j += 2;
                }
                if (j < n && Character.isUpperCase(t.charAt(j)) && (j + 1 == n || !Character.isLetter(t.charAt(j + 1)))) {
                    out.visit(j, Character.getType(t.charAt(j)));
                    j++;
                }
            } else {
                j = i;
                while (true) {
                    while (j < n) {
                        int ty = Character.getType(t.charAt(j));
                        if (!wordChar(ty)) {
                            break;
                        }
                        out.visit(j, ty);
                        j++;
                    }
                    if (j + 1 < n && Character.isLetter(t.charAt(j + 1))) {
                        char d = t.charAt(j);
                        boolean apostrophe = isApostrophe(d);
                        if (apostrophe || isHyphen(d)) {
                            flag |= apostrophe ? INNER_APOSTROPHE : INNER_HYPHEN;
                            out.visit(j, Character.getType(d));
                            j++;
                            continue;
                        }
                    }
                    break;
                }
            }
            long e = ending(t, s, j);
            int end = (int) (e >>> 32);
            if (end > j) {
                out.visit(j, Character.getType(t.charAt(j)));
            }
            out.token(s, end, flag | (int) e);
            gap = 0;
            i = end;
        }
        if (i >= n && out.wordStart >= 0) {
            out.word(n);
        }
        return out.done(withWords);
    }

    /**
     * How the token whose run is {@code [s, j)} ends: its end (past an apostrophe it takes) in the
     * high half, its possessive flags in the low byte.
     */
    private static long ending(String t, int s, int j) {
        int n = t.length();
        int len = j - s;
        int flag = 0;
        int end = j;
        if (len > 2 && (t.charAt(j - 1) == 's' || t.charAt(j - 1) == 'S') && isApostrophe(t.charAt(j - 2))) {
            flag = POSSESSIVE | CLITIC_S;
        } else if (j < n && isApostrophe(t.charAt(j)) && (j + 1 == n || !Character.isLetterOrDigit(t.charAt(j + 1)))) {
            // the last character of the lower-cased token, as the names analysis has always read it
            char last = t.substring(s, j).toLowerCase(Locale.ROOT).charAt(len - 1);
            boolean quoted = s > 0 && (t.charAt(s - 1) == '\u2018' || t.charAt(s - 1) == '\'');
            if ((last == 's' || last == 'z' || last == 'x') && len > 3) {
                flag = POSSESSIVE;
            } else if (!quoted && j + 1 < n && t.charAt(j + 1) == ' ') {
                end = j + 1;
                flag = TRAILING_APOSTROPHE;
            }
        }
        return ((long) end << 32) | flag;
    }
}
