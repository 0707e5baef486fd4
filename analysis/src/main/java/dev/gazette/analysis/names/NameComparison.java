package dev.gazette.analysis.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Two name forms compared: the level of each comparison with its weight, the total weight,
 * the match probability, and the evidence in words.
 *
 * @param form        one form
 * @param other       the other
 * @param weight      the total weight in bits (the sum of the levels' weights)
 * @param probability the match probability: the weight plus the corpus's prior log-odds of a
 *                    match, turned into a probability
 * @param levels      each comparison's level and weight, in the order of the comparisons
 */
public record NameComparison(String form, String other, double weight, double probability, List<Level> levels) {

    /**
     * The level of one comparison.
     *
     * @param comparison the comparison ({@code name}, {@code type}, {@code words}, {@code context},
     *                   {@code role}, {@code period})
     * @param level      the level that fired
     * @param weight     its weight in bits
     * @param words      the level in words, or an empty string when it says nothing worth telling
     */
    public record Level(String comparison, String level, double weight, String words) {
    }

    public NameComparison {
        levels = List.copyOf(levels);
    }

    /**
     * Every row label of a weights file with its levels, in order: what a weights file must give
     * a weight for ({@code name}, then each other comparison with its group, {@code context/variant},
     * {@code context/contained}).
     */
    public static java.util.Map<String, List<String>> comparisons() {
        java.util.Map<String, List<String>> out = new java.util.LinkedHashMap<>();
        for (int g = 0; g < MatchModel.GROUPS.size(); g++) {
            for (Comparison c : Comparison.values()) {
                if (c != Comparison.NAME || g == 0) {
                    out.put(MatchModel.label(c, g), c.levels());
                }
            }
        }
        return out;
    }

    /**
     * The group the pair is weighed in: {@code contained} when one name lies inside the other,
     * else {@code variant} (see the weights file).
     */
    public String group() {
        return levels.get(0).level().startsWith("contains") ? MatchModel.GROUPS.get(1) : MatchModel.GROUPS.get(0);
    }

    /** The weights-file row label of a level of this comparison ({@code name}, {@code context/contained}). */
    public String rowLabel(Level l) {
        return l.comparison().equals(Comparison.NAME.label()) ? l.comparison() : l.comparison() + "/" + group();
    }

    static NameComparison of(FormNode a, FormNode b, PairComparer.Gamma g, MatchModel.Weights weights) {
        List<Level> levels = new ArrayList<>();
        double total = 0;
        int group = MatchModel.group(g.level(Comparison.NAME));
        for (Comparison c : Comparison.values()) {
            int level = g.level(c);
            double w = weights.weight(group, c, level);
            total += w;
            levels.add(new Level(c.label(), c.levels().get(level), w, words(c, level, a, b, g)));
        }
        return new NameComparison(a.surface, b.surface, total, MatchModel.probability(total, weights.priorBits()),
                levels);
    }

    /** The levels as {@code comparison:level=+w.w} items joined by {@code "; "}. */
    public String evidence() {
        StringBuilder sb = new StringBuilder();
        for (Level l : levels) {
            if (sb.length() > 0) {
                sb.append("; ");
            }
            sb.append(l.comparison()).append(':').append(l.level()).append('=').append(signed(l.weight()));
        }
        return sb.toString();
    }

    /** The name and context evidence in words, for a finding's message ("same transliteration key and ..."). */
    public String reason() {
        List<String> parts = new ArrayList<>();
        for (Level l : levels) {
            if (!l.words().isEmpty() && (l.comparison().equals("name") || l.comparison().equals("context"))) {
                parts.add(l.words());
            }
        }
        return String.join(" and ", parts);
    }

    /** The whole comparison in one sentence. */
    public String explanation() {
        List<String> parts = new ArrayList<>();
        for (Level l : levels) {
            if (!l.words().isEmpty()) {
                parts.add(l.words());
            }
        }
        String s = String.join("; ", parts);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1)
                + ": match probability " + probabilityText(probability) + " (" + signed(weight) + " bits).";
    }

    /** Formatted weights: a model has few distinct level weights and totals, and formatting is slow. */
    private static final Map<Long, String> SIGNED = new ConcurrentHashMap<>();
    private static final int SIGNED_LIMIT = 1 << 14;

    /** A weight with its sign and one decimal, as {@code String.format(Locale.ROOT, "%+.1f", w)} writes it. */
    static String signed(double w) {
        Long bits = Double.doubleToRawLongBits(w);
        String s = SIGNED.get(bits);
        if (s == null) {
            s = String.format(Locale.ROOT, "%+.1f", w);
            if (SIGNED.size() < SIGNED_LIMIT) {
                SIGNED.put(bits, s);
            }
        }
        return s;
    }

    /** A probability with as many digits as tell it apart from 1 ("0.998", "0.99997"). */
    static String probabilityText(double p) {
        if (p >= 1.0) {
            return "1";
        }
        for (int digits = 3; digits < 8; digits++) {
            String s = String.format(Locale.ROOT, "%." + digits + "f", p);
            if (!s.startsWith("1")) {
                return s;
            }
        }
        return String.format(Locale.ROOT, "%.8f", p);
    }

    private static String words(Comparison c, int level, FormNode a, FormNode b, PairComparer.Gamma g) {
        String x = "'" + a.surface + "'";
        String y = "'" + b.surface + "'";
        FormNode shorter = a.key.size() <= b.key.size() ? a : b;
        FormNode longer = shorter == a ? b : a;
        return switch (c) {
            case NAME -> switch (Comparison.baseLevel(level)) {
                case Comparison.EXACT -> exact(a, b);
                case Comparison.ARTICLE -> "the same name but for the article (" + x + ", " + y + ")";
                case Comparison.KEY -> "the same transliteration key (" + x + ", " + y + ")";
                case Comparison.KEY_SHORT -> "the same short transliteration key (" + x + ", " + y + ")";
                case Comparison.NEAR -> "close transliteration keys (" + x + ", " + y + ")";
                case Comparison.NEAR_SHORT -> "close short transliteration keys (" + x + ", " + y + ")";
                case Comparison.CONTAINS_END -> "'" + shorter.surface + "' ends '" + longer.surface + "'";
                case Comparison.CONTAINS_LEGAL -> "'" + longer.surface + "' is '" + shorter.surface
                        + "' with its legal form";
                case Comparison.CONTAINS_CLASS -> "'" + shorter.surface + "' is '" + longer.surface
                        + "' named without its class noun";
                default -> "'" + shorter.surface + "' is '" + longer.surface + "' with words left out";
            };
            case CONTEXT -> switch (level) {
                case Comparison.STRONG, Comparison.SOME, Comparison.WEAK -> shared(g);
                case Comparison.NONE -> "no co-occurring name or word in common";
                default -> "";
            };
            case TYPE -> switch (level) {
                case Comparison.AGREE -> "both typed " + a.type.label();
                case Comparison.DISAGREE -> "typed " + a.type.label() + " and " + b.type.label();
                default -> "";
            };
            case WORDS -> level == Comparison.ENGLISH
                    ? (a.english ? x : y) + " is an ordinary English word" : "";
            case ROLE -> switch (level) {
                case Comparison.SAME_ROLE -> "the same title before both";
                case Comparison.OTHER_ROLE -> "different titles before them";
                default -> "";
            };
            case PERIOD -> level == Comparison.APART ? "their articles lie more than a year apart" : "";
            case FREQUENCY -> level == Comparison.ONCE ? "one of them written only once" : "";
            case TOGETHER -> level == Comparison.SAME_ARTICLE ? "both written in one article" : "";
        };
    }

    /**
     * Two names with the same letters in words: a corpus form that writes a registry name or alias
     * is said to be that name ("the entity registry's name ('Acme Holdings')"), not to have the
     * same letters as itself.
     */
    static String exact(FormNode a, FormNode b) {
        FormNode listed = b.registry() ? b : a.registry() ? a : null;
        if (listed == null) {
            return "the same letters ('" + a.surface + "', '" + b.surface + "')";
        }
        FormNode written = listed == b ? a : b;
        String what = listed.alias == null ? "the entity registry's name" : "an alias in the entity registry";
        return written.surface.equals(listed.surface) ? what + " ('" + listed.surface + "')"
                : "the letters of " + what + " ('" + written.surface + "', '" + listed.surface + "')";
    }

    private static String shared(PairComparer.Gamma g) {
        long names = Math.round(g.sharedNames());
        long words = Math.round(g.sharedWords());
        List<String> parts = new ArrayList<>();
        if (names > 0) {
            parts.add(names + " shared co-occurring " + (names == 1 ? "name" : "names"));
        }
        if (words > 0) {
            parts.add(words + " shared " + (words == 1 ? "word" : "words"));
        }
        return parts.isEmpty() ? "a little shared context" : String.join(" and ", parts) + " in their articles";
    }
}
