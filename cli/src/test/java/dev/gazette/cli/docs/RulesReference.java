package dev.gazette.cli.docs;

import dev.gazette.validate.OptionDescriptor;
import dev.gazette.validate.RuleDescriptor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rules reference of {@code docs/rules.md} as Markdown, made from the rule catalogue: a table
 * of every rule, then one section per rule with its description, example and options. What
 * {@code gazette rules ID} prints, for reading on the web.
 */
final class RulesReference {

    private static final Pattern MARKDOWN_SPECIAL = Pattern.compile("([\\\\`*_\\[\\]<>])");

    private RulesReference() {
    }

    /** The reference for {@code rules}, in catalogue order, ending in a newline. */
    static String markdown(Collection<RuleDescriptor> rules) {
        StringBuilder sb = new StringBuilder();
        sb.append("| rule | severity | category | fix | summary |\n");
        sb.append("|---|---|---|---|---|\n");
        for (RuleDescriptor r : rules) {
            sb.append("| [`").append(r.id()).append("`](#").append(r.id()).append(") | ")
                    .append(r.severity().label()).append(" | ").append(r.category()).append(" | ")
                    .append(fix(r)).append(" | ").append(cell(r.summary())).append(" |\n");
        }
        sb.append("\n");
        for (RuleDescriptor r : rules) {
            sb.append("### ").append(r.id()).append("\n\n");
            sb.append("Severity `").append(r.severity().label()).append("`, category `").append(r.category())
                    .append("`, fix `").append(fix(r)).append("`, since ").append(r.since()).append(".\n\n");
            sb.append(prose(r.summary())).append("\n\n");
            for (String paragraph : paragraphs(r.description())) {
                sb.append(prose(paragraph)).append("\n\n");
            }
            if (!r.example().isEmpty()) {
                sb.append("Example:\n\n```text\n").append(r.example()).append("\n```\n\n");
            }
            if (!r.options().isEmpty()) {
                sb.append("Options (`rules.").append(r.id()).append(".options` in `gazette.yaml`):\n\n");
                sb.append("| option | type | default | bounds | meaning |\n");
                sb.append("|---|---|---|---|---|\n");
                for (OptionDescriptor o : r.options()) {
                    sb.append("| `").append(o.name()).append("` | ").append(o.type().label()).append(" | `")
                            .append(o.defaultValue()).append("` | ").append(bounds(o)).append(" | ")
                            .append(cell(o.description())).append(" |\n");
                }
                sb.append("\n");
            }
        }
        return sb.toString();
    }

    private static String fix(RuleDescriptor r) {
        return r.fix().name().toLowerCase(Locale.ROOT);
    }

    private static String bounds(OptionDescriptor o) {
        if (o.min() != null && o.max() != null) {
            return number(o.min()) + " to " + number(o.max());
        }
        if (o.min() != null) {
            return "at least " + number(o.min());
        }
        if (o.max() != null) {
            return "at most " + number(o.max());
        }
        return "";
    }

    private static String number(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    /** Catalogue text (plain, hard-wrapped) split into paragraphs at blank lines, each on one line. */
    private static List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        for (String block : text.strip().split("\\n\\s*\\n")) {
            String joined = String.join(" ", block.strip().lines().map(String::strip).toList());
            if (!joined.isEmpty()) {
                out.add(joined);
            }
        }
        return out;
    }

    /** Plain text as Markdown that renders as written. */
    private static String prose(String text) {
        return MARKDOWN_SPECIAL.matcher(text).replaceAll("\\\\$1");
    }

    private static String cell(String text) {
        return prose(text).replace("|", "\\|");
    }
}
