package dev.gazette.validate.fix;

import dev.gazette.model.Article;
import dev.gazette.model.Finding;
import dev.gazette.model.FindingFingerprints;
import dev.gazette.model.LineIndex;
import dev.gazette.model.Paragraph;
import dev.gazette.model.TextEdit;
import dev.gazette.validate.RuleDescriptor.FixKind;
import dev.gazette.validate.RuleSettings;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Applies the fixes that findings carry. Only fixes of rules marked {@code safe} in the
 * catalogue are applied (plus {@code suggested} ones when asked). Fixes are taken in text
 * order and never overlap: a fix touching characters an earlier fix already changed is left
 * out and reported as {@code fix-conflict}. Every applied edit becomes a {@link Change}.
 */
public final class Normaliser {

    /** The rule id of findings about fixes that were left out. */
    public static final String CONFLICT_RULE = "fix-conflict";

    private static final Comparator<Finding> FIX_ORDER = Comparator
            .comparingInt((Finding f) -> f.edits().get(0).start())
            .thenComparing(Comparator.comparingInt((Finding f) -> f.edits().get(f.edits().size() - 1).end()).reversed())
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);

    private final RuleSettings settings;
    private final boolean applySuggested;
    private final Decisions decisions;

    public Normaliser(RuleSettings settings, boolean applySuggested) {
        this(settings, applySuggested, Decisions.none());
    }

    /**
     * A normaliser that also follows a team's decisions: an accepted finding's fix is applied
     * whatever its rule's fix kind, a rejected one's never.
     */
    public Normaliser(RuleSettings settings, boolean applySuggested, Decisions decisions) {
        this.settings = settings;
        this.applySuggested = applySuggested;
        this.decisions = decisions;
    }

    /** True when fixes of {@code ruleId} are applied. */
    public boolean applies(String ruleId) {
        FixKind kind = settings.catalogue().find(ruleId).map(d -> d.fix()).orElse(FixKind.NONE);
        return kind == FixKind.SAFE || (applySuggested && kind == FixKind.SUGGESTED);
    }

    /** Applies the fixes of {@code findings} to {@code article}. */
    public Normalised apply(Article article, LineIndex lines, List<Finding> findings) {
        List<Finding> fixable = new ArrayList<>();
        if (decisions.isEmpty()) {
            for (Finding f : findings) {
                if (f.fixable() && applies(f.ruleId())) {
                    fixable.add(f);
                }
            }
        } else {
            List<Finding> ordered = new ArrayList<>(findings);
            ordered.sort(Finding.ORDER);
            List<String> fingerprints = FindingFingerprints.of(ordered, article.raw());
            for (int i = 0; i < ordered.size(); i++) {
                Finding f = ordered.get(i);
                Optional<Decisions.Decision> d = decisions.decisionFor(fingerprints.get(i));
                boolean apply = d.map(x -> x == Decisions.Decision.ACCEPT).orElseGet(() -> applies(f.ruleId()));
                if (f.fixable() && apply) {
                    fixable.add(f);
                }
            }
        }
        fixable.sort(FIX_ORDER);
        List<TextEdit> accepted = new ArrayList<>();
        List<String> acceptedRules = new ArrayList<>();
        // Accepted edits never overlap one another, so only the nearest accepted edit starting at or
        // before an edit, and the nearest starting at or after it, can overlap it: O(log n) a check.
        TreeMap<Integer, Integer> byStart = new TreeMap<>();
        List<Finding> conflicts = new ArrayList<>();
        for (Finding f : fixable) {
            String clash = null;
            for (TextEdit e : f.edits()) {
                if (clash == null) {
                    clash = clash(byStart.floorEntry(e.start()), e, accepted, acceptedRules);
                }
                if (clash == null) {
                    clash = clash(byStart.ceilingEntry(e.start()), e, accepted, acceptedRules);
                }
            }
            if (clash == null) {
                for (TextEdit e : f.edits()) {
                    byStart.put(e.start(), accepted.size());
                    accepted.add(e);
                    acceptedRules.add(f.ruleId());
                }
            } else {
                conflicts.add(new Finding(CONFLICT_RULE, settings.severity(CONFLICT_RULE), f.articleId(), f.source(),
                        f.line(), f.column(), f.endLine(), f.endColumn(), f.start(), f.end(),
                        "Fix of rule '" + f.ruleId() + "' at " + f.line() + ":" + f.column()
                                + " not applied: it overlaps the fix of rule '" + clash + "' applied there",
                        "Re-run after fixing the text by hand, or disable one of the two rules.", List.of()));
            }
        }
        // Sort edits by position, keeping each edit's rule.
        Integer[] order = new Integer[accepted.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.comparing(accepted::get));
        String raw = article.raw();
        StringBuilder clean = new StringBuilder(raw.length());
        List<Change> changes = new ArrayList<>(order.length);
        int pos = 0;
        List<TextEdit> sorted = new ArrayList<>(order.length);
        for (int i : order) {
            TextEdit e = accepted.get(i);
            sorted.add(e);
            clean.append(raw, pos, e.start()).append(e.replacement());
            pos = e.end();
            changes.add(new Change(article.id(), article.source(), acceptedRules.get(i), lines.lineOf(e.start()),
                    lines.columnOf(e.start()), e.start(), e.end(), raw.substring(e.start(), e.end()), e.replacement()));
        }
        clean.append(raw, pos, raw.length());
        List<String> paragraphs = new ArrayList<>(article.paragraphs().size());
        for (Paragraph p : article.paragraphs()) {
            paragraphs.add(cleanParagraph(p, sorted));
        }
        return new Normalised(clean.toString(), paragraphs, changes, conflicts);
    }

    /** The rule of the accepted edit {@code near} points at, when that edit overlaps {@code e}; else null. */
    private static String clash(Map.Entry<Integer, Integer> near, TextEdit e, List<TextEdit> accepted,
                                List<String> rules) {
        return near != null && accepted.get(near.getValue()).overlaps(e) ? rules.get(near.getValue()) : null;
    }

    /** Applies the edits that lie inside {@code p} to its joined text. */
    static String cleanParagraph(Paragraph p, List<TextEdit> sortedEdits) {
        String text = p.text();
        StringBuilder out = null;
        int pos = 0;
        for (TextEdit e : sortedEdits) {
            if (e.end() < p.start()) {
                continue;
            }
            if (e.start() > p.end()) {
                break;
            }
            if (!p.contains(e.start(), e.end())) {
                continue;
            }
            int s = p.textOffset(e.start(), false);
            int t = Math.max(s, p.textOffset(e.end(), true));
            if (s < pos) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 16);
            }
            out.append(text, pos, s).append(e.replacement());
            pos = t;
        }
        if (out == null) {
            return text;
        }
        out.append(text, pos, text.length());
        return out.toString().strip();
    }
}
