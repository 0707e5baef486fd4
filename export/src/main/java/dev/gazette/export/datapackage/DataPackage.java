package dev.gazette.export.datapackage;

import dev.gazette.export.table.Column;
import dev.gazette.export.table.TableSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code datapackage.json} of a dataset: a Frictionless Tabular Data Package (v1) with one
 * resource per CSV file and its Table Schema, all derived from the {@link TableSpec}s, so that
 * {@code frictionless validate datapackage.json}, pandas, R and the like can read, type and join
 * the tables. It holds no time stamp: the same tables give the same file.
 */
public final class DataPackage {

    /** The file name in the output folder. */
    public static final String FILE = "datapackage.json";

    private DataPackage() {
    }

    /**
     * The descriptor.
     *
     * @param tables the tables written as CSV
     * @param crlf   whether the CSV records end in CRLF ({@code --excel}) rather than LF
     * @param guarded whether text cells were neutralised against formulas
     */
    public static Map<String, Object> describe(List<TableSpec> tables, boolean crlf, boolean guarded) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("profile", "tabular-data-package");
        p.put("name", "gazette-dataset");
        p.put("title", "Gazette dataset");
        p.put("description", "Articles parsed, checked and normalised by Gazette, with the findings, the changes "
                + "applied and the quotations found. Every table is also written as JSON Lines (schemas/ holds "
                + "their JSON Schemas)."
                + (guarded ? " Text cells that a spreadsheet would run as a formula (starting with =, +, -, @, tab "
                + "or carriage return) start with an extra single quote in the CSV files; the JSON Lines files "
                + "hold the exact values." : ""));
        List<Object> resources = new ArrayList<>();
        for (TableSpec t : tables) {
            resources.add(resource(t, crlf));
        }
        p.put("resources", resources);
        return p;
    }

    private static Map<String, Object> resource(TableSpec t, boolean crlf) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("name", t.name());
        r.put("path", t.name() + ".csv");
        r.put("profile", "tabular-data-resource");
        r.put("description", t.description());
        r.put("format", "csv");
        r.put("mediatype", "text/csv");
        r.put("encoding", "utf-8");
        Map<String, Object> dialect = new LinkedHashMap<>();
        dialect.put("delimiter", ",");
        dialect.put("lineTerminator", crlf ? "\r\n" : "\n");
        dialect.put("quoteChar", "\"");
        dialect.put("doubleQuote", true);
        dialect.put("header", true);
        r.put("dialect", dialect);
        Map<String, Object> schema = new LinkedHashMap<>();
        List<Object> fields = new ArrayList<>();
        for (Column c : t.columns()) {
            fields.add(field(c, t.primaryKey().contains(c.name())));
        }
        schema.put("fields", fields);
        schema.put("missingValues", List.of(""));
        if (!t.primaryKey().isEmpty()) {
            schema.put("primaryKey", t.primaryKey());
        }
        if (!t.foreignKeys().isEmpty()) {
            List<Object> fks = new ArrayList<>();
            for (TableSpec.ForeignKey fk : t.foreignKeys()) {
                Map<String, Object> ref = new LinkedHashMap<>();
                ref.put("resource", fk.table());
                ref.put("fields", fk.referencedFields());
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("fields", fk.fields());
                m.put("reference", ref);
                fks.add(m);
            }
            schema.put("foreignKeys", fks);
        }
        r.put("schema", schema);
        return r;
    }

    private static Map<String, Object> field(Column c, boolean key) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("name", c.name());
        f.put("type", c.type());
        if (c.type().equals("date") || c.type().equals("datetime")) {
            f.put("format", "default");
        }
        f.put("description", c.description());
        if (!c.example().isEmpty()) {
            f.put("example", c.example());
        }
        if (c.required() || key) {
            f.put("constraints", Map.of("required", true));
        }
        return f;
    }
}
