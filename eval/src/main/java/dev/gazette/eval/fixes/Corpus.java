package dev.gazette.eval.fixes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One evaluated corpus: its name (used in judgement file names), where it lies under the
 * corpora folder, the extra command-line options its export needs, and how the harness treats it.
 *
 * @param name the corpus name, e.g. {@code reuters-21578}
 * @param path the input path, relative to the corpora folder
 * @param args extra options for {@code gazette export}, e.g. {@code --id-field attrs.newid}
 * @param heldOutPercent the share of its articles in the held-out part (100 for a corpus kept
 *     whole for one held-out measurement)
 * @param rules the rules whose findings and changes are sampled; empty for every rule
 */
record Corpus(String name, String path, List<String> args, int heldOutPercent, Set<String> rules) {

    Corpus {
        args = List.copyOf(args);
        rules = Set.copyOf(rules);
        if (heldOutPercent < 0 || heldOutPercent > 100) {
            throw new IllegalArgumentException("held-out share " + heldOutPercent + " is not a percentage");
        }
    }

    /** Whether the harness samples {@code rule}'s findings and changes on this corpus. */
    boolean samples(String rule) {
        return rules.isEmpty() || rules.contains(rule);
    }

    /**
     * Reads a corpora list: one corpus a line, {@code name<TAB>path<TAB>options<TAB>settings},
     * {@code #} comments; the optional settings are {@code held-out=PERCENT} and
     * {@code rules=RULE,RULE,...}, separated by spaces.
     *
     * @throws IOException when the file cannot be read or a line is malformed (naming file:line)
     */
    static List<Corpus> readList(Path file) throws IOException {
        List<Corpus> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = lines.get(i).split("\t", -1);
            if (f.length < 2 || f[0].isBlank() || f[1].isBlank()) {
                throw new IOException(file + ":" + (i + 1) + ": expected 'name<TAB>path[<TAB>options]', got '"
                        + line + "'");
            }
            List<String> args = f.length > 2 && !f[2].isBlank()
                    ? Arrays.asList(f[2].strip().split("\\s+")) : List.of();
            int heldOut = Split.HELD_OUT_PERCENT;
            Set<String> rules = new TreeSet<>();
            for (String s : f.length > 3 && !f[3].isBlank() ? f[3].strip().split("\\s+") : new String[0]) {
                String where = file + ":" + (i + 1) + ": ";
                if (s.startsWith("held-out=") && s.substring(9).matches("\\d{1,3}")
                        && Integer.parseInt(s.substring(9)) <= 100) {
                    heldOut = Integer.parseInt(s.substring(9));
                } else if (s.startsWith("rules=") && s.length() > 6) {
                    rules.addAll(Arrays.asList(s.substring(6).split(",")));
                } else {
                    throw new IOException(where + "unknown setting '" + s + "': expected held-out=PERCENT (0 to 100) "
                            + "or rules=RULE,RULE,...");
                }
            }
            out.add(new Corpus(f[0].strip(), f[1].strip(), args, heldOut, rules));
        }
        return out;
    }
}
