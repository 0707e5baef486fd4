package dev.gazette.export.table;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The data dictionary of a dataset as Markdown: every table with its key and references, and
 * every column with its type, whether it is always filled, its meaning and an example. The
 * documentation holds this text, and a test keeps it in step with {@link Tables}.
 */
public final class DataDictionary {

    private DataDictionary() {
    }

    /** The Markdown for {@code tables}, one section per table, ending in a newline. */
    public static String markdown(List<TableSpec> tables) {
        StringBuilder sb = new StringBuilder();
        for (TableSpec t : tables) {
            sb.append("### ").append(t.name()).append("\n\n");
            sb.append(t.description()).append("\n\n");
            sb.append("Files: `").append(t.name()).append(".csv`, `").append(t.name()).append(".jsonl`, sheet `")
                    .append(t.name()).append("` of `dataset.xlsx`, schema `schemas/").append(t.name())
                    .append(".schema.json`.\n");
            if (!t.primaryKey().isEmpty()) {
                sb.append("Key: ").append(codes(t.primaryKey())).append(".\n");
            }
            for (TableSpec.ForeignKey fk : t.foreignKeys()) {
                sb.append("Reference: ").append(codes(fk.fields())).append(" → `").append(fk.table()).append("`.")
                        .append(codes(fk.referencedFields())).append(".\n");
            }
            sb.append("\n| column | type | always filled | meaning | example |\n");
            sb.append("|---|---|---|---|---|\n");
            for (Column c : t.columns()) {
                sb.append("| `").append(c.name()).append("` | ").append(c.type()).append(" | ")
                        .append(c.required() || t.primaryKey().contains(c.name()) ? "yes" : "no").append(" | ")
                        .append(cell(c.description())).append(" | ")
                        .append(c.example().isEmpty() ? "" : "`" + c.example().replace("|", "\\|").replace("`", "'") + "`")
                        .append(" |\n");
            }
            sb.append("\n");
        }
        return sb.toString();
    }

    private static String codes(List<String> names) {
        return names.stream().map(n -> "`" + n + "`").collect(Collectors.joining(", "));
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
