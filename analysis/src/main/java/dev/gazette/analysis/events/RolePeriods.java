package dev.gazette.analysis.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The posts people held, by entity id: the {@code roles} of registry files (the same YAML format
 * as the entity registry, so a user's timeline file is a registry file that lists only people
 * and their roles). Later files replace an entity's roles.
 */
public final class RolePeriods {

    /**
     * One post held over a period.
     *
     * @param title the title ("Secretary", "Foreign Minister")
     * @param of    the id of the organisation or country, or {@code null}
     * @param from  the first day (a year or month given alone counts from its first day), or {@code null}
     * @param to    the last day (a year or month given alone counts to its last day), or {@code null} while held
     */
    public record Period(String title, String of, LocalDate from, LocalDate to) {
        /** True when the period contains {@code day}. */
        public boolean contains(LocalDate day) {
            return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
        }

        /** "2023-05-22 to 2025-08-31", "since 2024-08-21". */
        public String describe() {
            if (from == null && to == null) {
                return "at an unknown time";
            }
            if (to == null) {
                return "since " + from;
            }
            return (from == null ? "until " : from + " to ") + to;
        }
    }

    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    private final Map<String, List<Period>> byEntity;

    private RolePeriods(Map<String, List<Period>> byEntity) {
        this.byEntity = byEntity;
    }

    /** The periods of one entity, or an empty list. */
    public List<Period> of(String entityId) {
        return byEntity.getOrDefault(entityId, List.of());
    }

    /** Every entity with periods, in file order. */
    public Map<String, List<Period>> all() {
        return java.util.Collections.unmodifiableMap(byEntity);
    }

    /**
     * Reads registry files in order.
     *
     * @throws IllegalArgumentException naming the file and entity of a malformed date
     */
    public static RolePeriods read(List<Path> files, boolean bundled) {
        Map<String, List<Period>> out = new LinkedHashMap<>();
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        try {
            if (bundled) {
                try (InputStream in = RolePeriods.class.getResourceAsStream("/dev/gazette/analysis/names/registry.yaml")) {
                    if (in != null) {
                        add(out, yaml.readTree(in), "bundled registry.yaml");
                    }
                }
            }
            for (Path f : files) {
                add(out, yaml.readTree(Files.newInputStream(f)), f.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a registry file: " + e.getMessage(), e);
        }
        return new RolePeriods(out);
    }

    private static void add(Map<String, List<Period>> out, JsonNode root, String origin) {
        for (JsonNode e : root.path("entities")) {
            JsonNode roles = e.path("roles");
            if (!roles.isArray() || roles.isEmpty()) {
                continue;
            }
            String id = e.path("id").asText();
            List<Period> periods = new ArrayList<>();
            for (JsonNode r : roles) {
                periods.add(new Period(r.path("title").asText(), r.hasNonNull("of") ? r.get("of").asText() : null,
                        day(r.get("from"), false, origin, id), day(r.get("to"), true, origin, id)));
            }
            out.put(id, List.copyOf(periods));
        }
    }

    private static LocalDate day(JsonNode n, boolean end, String origin, String id) {
        if (n == null || n.isNull()) {
            return null;
        }
        String s = n.asText().strip();
        if (!DATE.matcher(s).matches()) {
            throw new IllegalArgumentException(origin + ": entity '" + id + "' has a bad date '" + s
                    + "'; use YYYY, YYYY-MM or YYYY-MM-DD");
        }
        String[] p = s.split("-");
        int y = Integer.parseInt(p[0]);
        if (p.length == 1) {
            return end ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1);
        }
        int m = Integer.parseInt(p[1]);
        if (p.length == 2) {
            LocalDate first = LocalDate.of(y, m, 1);
            return end ? first.withDayOfMonth(first.lengthOfMonth()) : first;
        }
        return LocalDate.of(y, m, Integer.parseInt(p[2]));
    }

    /** Lower-case title without punctuation, for comparisons. */
    static String fold(String title) {
        return title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
