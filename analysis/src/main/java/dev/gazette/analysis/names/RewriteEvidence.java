package dev.gazette.analysis.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a name rewrite changes, and how much corpus evidence that change needs beyond the match of
 * the two forms. A match says two forms name one entity; it does not say which spelling the writer
 * should have used. So:
 * <ul>
 *   <li>a rewrite that only <em>repairs</em> (a shift-key slip such as "INc", an inner capital restored
 *       as in "PaineWebber", dots added to initials, a hyphen for a space, a legal form such as
 *       "PLC" / "Plc" written the corpus's way) needs nothing more;</li>
 *   <li>a rewrite that follows a <em>house style</em> (the dot of an abbreviated word such as "St.",
 *       a particle written in lower case) needs the canonical form to be written in at least as many
 *       articles as the mention's form;</li>
 *   <li>a rewrite that strips or changes the <em>writer's styling</em> (a hyphen dropped, a word in
 *       capitals lowered, a space put into or taken out of a name, the dots of initials dropped, a
 *       particle raised) needs the canonical styling to be the clear majority: at least twice the
 *       articles of the mention's form, and three or more;</li>
 *   <li>a rewrite that changes <em>letters</em> never drops or adds a whole word (a particle such as
 *       "al-" is not one), never moves a form towards a spelling written in fewer than three articles
 *       and fewer than the form's own, and never joins a form established on its own (three or more
 *       articles) that the corpus writes alongside the canonical one in a third of its articles or
 *       more: two spellings in one article are two names ("Aaa" and "Aa").</li>
 * </ul>
 */
final class RewriteEvidence {

    /** Articles from which a form counts as established on its own. */
    static final int ESTABLISHED = 3;
    /**
     * An established form written in the same article as the canonical one in at least one in this many of
     * its articles is another name, not a spelling ("Aaa" and "Aa" in one ratings table).
     */
    static final int ALONGSIDE = 3;

    /**
     * How many times as often as the mention's spelling the canonical one must be written when it is written in no
     * more articles than it, for the mentions alone to say which spelling is right.
     */
    static final int CLEAR_LEAD = 3;

    /** The kinds of change, from the least to the most evidence needed. */
    enum Change {
        SAME, REPAIR, HOUSE_STYLE, WRITERS_STYLE, LETTERS
    }

    private RewriteEvidence() {
    }

    /**
     * Why the rewrite of {@code surface} into {@code replacement} is held back, in words, or null when
     * the corpus supports it.
     *
     * @param formArticles      articles writing the mention's (full) form
     * @param canonicalArticles articles writing the canonical form exactly
     * @param together          articles writing both
     */
    static String heldBack(String surface, String replacement, int formArticles, int canonicalArticles, int together,
                           Lexicon lex) {
        int fa = Math.max(1, formArticles);
        int ca = Math.max(0, canonicalArticles);
        return switch (change(surface, replacement, lex)) {
            case SAME, REPAIR -> null;
            case HOUSE_STYLE -> ca >= fa ? null : "house style written in fewer articles than the mention's";
            case WRITERS_STYLE -> ca >= 2 * fa && ca >= ESTABLISHED ? null
                    : "the writer's styling, and the canonical styling is not the clear majority";
            case LETTERS -> {
                if (wordsDroppedOrAdded(surface, replacement, lex)) {
                    yield "drops or adds a whole word";
                }
                if (fa >= ESTABLISHED && ALONGSIDE * together >= fa) {
                    yield "an established spelling written alongside the canonical one: two names";
                }
                yield ca < fa && ca < ESTABLISHED
                        ? "the canonical spelling is rare, and rarer than the mention's" : null;
            }
        };
    }

    /**
     * Why the corpus cannot say which of two spellings of letters is right, in words, or null when it can: the
     * canonical spelling is written in no more articles than the mention's, fewer than {@value #ESTABLISHED}, and less
     * than {@value #CLEAR_LEAD} times as often ("Quellii" once, "Quellli" twice, in one article: one writer's
     * repetition). The canonical form is then only the more frequent one, and its rewrite is suggested, never applied
     * by default, whatever the match probability.
     *
     * @param formMentions      mentions of the mention's (full) form
     * @param canonicalMentions mentions of the canonical form
     */
    static String thinLead(String surface, String replacement, int formArticles, int canonicalArticles,
                           int formMentions, int canonicalMentions, Lexicon lex) {
        if (change(surface, replacement, lex) != Change.LETTERS) {
            return null;
        }
        int fa = Math.max(1, formArticles);
        return canonicalArticles <= fa && canonicalArticles < ESTABLISHED
                && canonicalMentions < CLEAR_LEAD * Math.max(1, formMentions)
                ? "'" + replacement + "' is written in no more articles than '" + surface + "' and not " + CLEAR_LEAD
                    + " times as often: the corpus does not say which spelling is right" : null;
    }

    /** What the rewrite changes: nothing, styling of some kind (the same letters), or letters. */
    static Change change(String s, String r, Lexicon lex) {
        int[] ps = alnum(s);
        int[] pr = alnum(r);
        if (ps.length != pr.length) {
            return Change.LETTERS;
        }
        for (int i = 0; i < ps.length; i++) {
            if (Character.toLowerCase(s.charAt(ps[i])) != Character.toLowerCase(r.charAt(pr[i]))) {
                return Change.LETTERS;
            }
        }
        if (s.equals(r)) {
            return Change.SAME;
        }
        boolean[] legalS = legalMask(s, lex);
        boolean[] legalR = legalMask(r, lex);
        Change worst = Change.SAME;
        int n = ps.length;
        for (int g = 0; g <= n; g++) {
            String gs = s.substring(g == 0 ? 0 : ps[g - 1] + 1, g == n ? s.length() : ps[g]);
            String gr = r.substring(g == 0 ? 0 : pr[g - 1] + 1, g == n ? r.length() : pr[g]);
            if (gs.equals(gr)) {
                continue;
            }
            boolean legal = (g > 0 && (legalS[ps[g - 1]] || legalR[pr[g - 1]])) || (g < n && (legalS[ps[g]] || legalR[pr[g]]));
            worst = max(worst, legal ? Change.REPAIR : gap(gs, gr, g == 0 ? 0 : runBefore(r, pr[g - 1])));
        }
        for (int i = 0; i < n; i++) {
            char cs = s.charAt(ps[i]);
            char cr = r.charAt(pr[i]);
            if (cs == cr) {
                continue;
            }
            if (legalS[ps[i]] || legalR[pr[i]]) {
                worst = max(worst, Change.REPAIR);
            } else if (Character.isUpperCase(cs)) {
                String ws = word(s, ps[i]);
                worst = max(worst, shiftSlip(ws, word(r, pr[i])) ? Change.REPAIR
                        : particle(ws, lex) ? Change.HOUSE_STYLE : Change.WRITERS_STYLE);
            } else {
                boolean wordStart = pr[i] == 0 || !Character.isLetterOrDigit(r.charAt(pr[i] - 1));
                boolean inner = pr[i] > 0 && Character.isLowerCase(r.charAt(pr[i] - 1));
                worst = max(worst, particle(word(r, pr[i]), lex) ? Change.WRITERS_STYLE
                        : inner || wordStart ? Change.REPAIR : Change.WRITERS_STYLE);
            }
        }
        return worst;
    }

    /** What a change of the marks between two letters (or at either end) is. */
    private static Change gap(String gs, String gr, int letterRunBefore) {
        int hyS = count(gs, "-\u2010\u2011");
        int hyR = count(gr, "-\u2010\u2011");
        int spS = count(gs, " \t\n\u00a0");
        int spR = count(gr, " \t\n\u00a0");
        int dotS = count(gs, ".");
        int dotR = count(gr, ".");
        Change c = Change.SAME;
        if (hyS > hyR) {
            c = max(c, Change.WRITERS_STYLE); // "Rolls-Royce" to "Rolls Royce"
        } else if (hyR > hyS) {
            c = max(c, spS > spR ? Change.REPAIR : Change.WRITERS_STYLE); // a hyphen for a space, or one splitting a word
        } else if (spS != spR) {
            c = max(c, Change.WRITERS_STYLE); // "Hongkong" to "Hong Kong", "Smith Kline" to "SmithKline"
        }
        if (dotR > dotS) {
            c = max(c, letterRunBefore == 1 ? Change.REPAIR : Change.HOUSE_STYLE); // "HF" to "H.F."
        } else if (dotS > dotR) {
            c = max(c, letterRunBefore == 1 ? Change.WRITERS_STYLE : Change.HOUSE_STYLE); // "John M." to "John M"; "St." to "St"
        }
        String restS = strip(gs, "-\u2010\u2011 \t\n\u00a0.");
        String restR = strip(gr, "-\u2010\u2011 \t\n\u00a0.");
        if (!restS.equals(restR)) {
            c = max(c, Change.WRITERS_STYLE); // apostrophes, ampersands
        }
        return c;
    }

    /**
     * True when the surface word is a shift-key slip of the replacement word: two or more capitals
     * then lower-case letters ("INc", "PEnney", "SErvice") where the replacement capitalises only
     * its first letter.
     */
    static boolean shiftSlip(String surfaceWord, String replacementWord) {
        String a = surfaceWord.replaceAll("[^\\p{L}]", "");
        String b = replacementWord.replaceAll("[^\\p{L}]", "");
        if (a.length() < 3 || !a.equalsIgnoreCase(b) || !Character.isUpperCase(a.charAt(0))
                || !Character.isUpperCase(a.charAt(1)) || a.chars().noneMatch(Character::isLowerCase)) {
            return false;
        }
        return Character.isUpperCase(b.charAt(0)) && b.substring(1).chars().noneMatch(Character::isUpperCase);
    }

    /**
     * True when one side's words are the other's with whole words left out ("Frank E. Baxter" /
     * "Frank Baxter", "Pay' N Pak" / "Pay N"): a rewrite that drops or adds a word is not a spelling.
     */
    static boolean wordsDroppedOrAdded(String surface, String replacement, Lexicon lex) {
        List<String> a = words(surface);
        List<String> b = words(replacement);
        // "Bashar Assad" / "Bashar al-Assad": an article is not a word of the name (an initial such as "E." is)
        a.removeIf(w -> w.length() > 1 && particle(w, lex));
        b.removeIf(w -> w.length() > 1 && particle(w, lex));
        if (a.size() == b.size()) {
            return false;
        }
        List<String> longer = a.size() > b.size() ? a : b;
        List<String> shorter = a.size() > b.size() ? b : a;
        int k = 0;
        for (String w : longer) {
            if (k < shorter.size() && shorter.get(k).equals(w)) {
                k++;
            }
        }
        return k == shorter.size();
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : s.strip().split("[\\s\\-\u2010\u2011]+")) {
            String l = NameKeys.fold(w).replaceAll("[^\\p{L}\\p{N}]", "");
            if (!l.isEmpty()) {
                out.add(l);
            }
        }
        return out;
    }

    private static boolean particle(String word, Lexicon lex) {
        String w = word.replaceAll("[^\\p{L}']", "").toLowerCase(Locale.ROOT);
        return lex.keepParticles.contains(w) || lex.articles.contains(w);
    }

    /** Marks the characters of words (between spaces and hyphens) that are legal forms ("PLC", "N.V", "SpA"). */
    private static boolean[] legalMask(String s, Lexicon lex) {
        boolean[] mask = new boolean[s.length()];
        int i = 0;
        while (i < s.length()) {
            while (i < s.length() && isBreak(s.charAt(i))) {
                i++;
            }
            int from = i;
            while (i < s.length() && !isBreak(s.charAt(i))) {
                i++;
            }
            String letters = s.substring(from, i).replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(Locale.ROOT);
            if (!letters.isEmpty() && lex.legalForms.contains(letters)) {
                java.util.Arrays.fill(mask, from, i, true);
            }
        }
        return mask;
    }

    private static boolean isBreak(char c) {
        return Character.isWhitespace(c) || NameKeys.isHyphen(c);
    }

    /** The word (between spaces and hyphens) holding position {@code at}. */
    private static String word(String s, int at) {
        int from = at;
        while (from > 0 && !isBreak(s.charAt(from - 1))) {
            from--;
        }
        int to = at;
        while (to < s.length() && !isBreak(s.charAt(to))) {
            to++;
        }
        return s.substring(from, to);
    }

    /** Letters and digits in a row ending at {@code last}. */
    private static int runBefore(String s, int last) {
        int k = last;
        while (k >= 0 && Character.isLetterOrDigit(s.charAt(k))) {
            k--;
        }
        return last - k;
    }

    private static int[] alnum(String s) {
        int[] out = new int[s.length()];
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                out[n++] = i;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private static int count(String s, String chars) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                n++;
            }
        }
        return n;
    }

    private static String strip(String s, String chars) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) < 0) {
                b.append(s.charAt(i));
            }
        }
        return b.toString();
    }

    private static Change max(Change a, Change b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
