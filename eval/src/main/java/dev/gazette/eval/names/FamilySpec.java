package dev.gazette.eval.names;

import dev.gazette.eval.names.ExportedNames.Mention;
import dev.gazette.eval.names.LabelledSet.Negative;
import dev.gazette.eval.names.LabelledSet.Occurrence;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A hand-written family spec ({@code families.spec}) read as {@code eval/names/tools/expand.py}
 * reads it: {@code family: form | ?form | form@article | form!article} lines (a form's every
 * occurrence is one of the family's; {@code ?} marks an optional form, {@code @} limits a form
 * to one article, {@code !} leaves one article out) and {@code neg: familyA familyB | note}
 * lines (two families that look alike and are different entities). The occurrences come from
 * an export's mentions, so a set written this way needs no offsets: the committed set of our
 * own sentences is scored straight from its spec.
 *
 * @param families  each family's forms, in file order
 * @param negatives the hard negatives
 */
public record FamilySpec(Map<String, List<Form>> families, List<Negative> negatives) {

    /** One form of a family: the surface, an article it is limited to (or left out of), whether optional. */
    public record Form(String surface, String article, boolean excluded, boolean optional) {

        boolean counts(String articleId, Set<String> sample) {
            if (article == null) {
                return sample == null || sample.contains(articleId);
            }
            return excluded ? !article.equals(articleId) && (sample == null || sample.contains(articleId))
                    : article.equals(articleId);
        }
    }

    /** Reads a spec; a malformed line is an error naming the file and line. */
    public static FamilySpec read(Path file) throws IOException {
        Map<String, List<Form>> families = new LinkedHashMap<>();
        List<String[]> negs = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new IOException(file + ":" + (n + 1) + ": expected 'family: form | form' or 'neg: a b | note'");
            }
            String head = line.substring(0, colon).strip();
            String rest = line.substring(colon + 1);
            if (head.equals("neg")) {
                int bar = rest.indexOf('|');
                String[] pair = (bar < 0 ? rest : rest.substring(0, bar)).strip().split("\\s+");
                if (pair.length != 2) {
                    throw new IOException(file + ":" + (n + 1) + ": a negative names two families");
                }
                negs.add(new String[] {pair[0], pair[1], bar < 0 ? "" : rest.substring(bar + 1).strip(),
                        Integer.toString(n + 1)});
                continue;
            }
            if (families.containsKey(head)) {
                throw new IOException(file + ":" + (n + 1) + ": family '" + head + "' is listed twice");
            }
            List<Form> forms = new ArrayList<>();
            for (String f : rest.split("\\|")) {
                f = f.strip();
                if (f.isEmpty()) {
                    continue;
                }
                boolean optional = f.startsWith("?");
                f = optional ? f.substring(1) : f;
                int bang = f.indexOf('!');
                int at = f.indexOf('@');
                if (bang > 0) {
                    forms.add(new Form(f.substring(0, bang), f.substring(bang + 1), true, optional));
                } else if (at > 0) {
                    forms.add(new Form(f.substring(0, at), f.substring(at + 1), false, optional));
                } else {
                    forms.add(new Form(f, null, false, optional));
                }
            }
            families.put(head, List.copyOf(forms));
        }
        List<Negative> negatives = new ArrayList<>();
        for (String[] ng : negs) {
            for (int i = 0; i < 2; i++) {
                if (!families.containsKey(ng[i])) {
                    throw new IOException(file + ":" + ng[3] + ": negative names unknown family '" + ng[i] + "'");
                }
            }
            negatives.add(new Negative(ng[0], ng[1], "tune", ng[2]));
        }
        return new FamilySpec(families, negatives);
    }

    /**
     * Every occurrence of the families' forms among the export's mentions, in the articles of
     * {@code sample} (every article when null), all in the {@code tune} part.
     */
    public List<Occurrence> occurrences(ExportedNames export, Set<String> sample) {
        List<Occurrence> out = new ArrayList<>();
        for (Map.Entry<String, List<Form>> f : families.entrySet()) {
            for (Form form : f.getValue()) {
                for (List<Mention> ms : export.mentionsByArticle().values()) {
                    for (Mention m : ms) {
                        if (m.surface().equals(form.surface()) && form.counts(m.articleId(), sample)) {
                            out.add(new Occurrence(f.getKey(), "tune", form.optional(), m.surface(), m.articleId(),
                                    m.start(), m.end()));
                        }
                    }
                }
            }
        }
        out.sort(Comparator.comparing(Occurrence::family).thenComparing(Occurrence::articleId)
                .thenComparingInt(Occurrence::start));
        return out;
    }

    /** The forms of the spec no mention of the export has: a sign that the spec or the extraction is off. */
    public List<String> unseen(List<Occurrence> occurrences) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, List<Form>> f : families.entrySet()) {
            for (Form form : f.getValue()) {
                boolean seen = occurrences.stream().anyMatch(o -> o.family().equals(f.getKey())
                        && o.surface().equals(form.surface()));
                if (!seen) {
                    out.add(f.getKey() + ": " + form.surface());
                }
            }
        }
        return out;
    }
}
