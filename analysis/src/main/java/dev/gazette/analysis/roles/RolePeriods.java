package dev.gazette.analysis.roles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.gazette.analysis.ReferenceData;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The posts people held, by entity id: the {@code roles} of registry files (the same YAML format
 * as the entity registry, so a user's timeline file is a registry file that lists people and their
 * roles). Later files replace an entity's roles. Also keeps every registry entity's names and type,
 * so that a country named by a demonym ("Iranian") is found by its name and a period's organisation
 * can be named in a message.
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

        /** True when the period and {@code [earliest, latest]} share a day; an open end reaches as far as needed. */
        public boolean overlaps(LocalDate earliest, LocalDate latest) {
            return (to == null || earliest == null || !to.isBefore(earliest))
                    && (from == null || latest == null || !from.isAfter(latest));
        }

        /** "from 2023-05-22 to 2025-08-31", "since 2024-08-21". */
        public String describe() {
            if (from == null && to == null) {
                return "at an unknown time";
            }
            if (to == null) {
                return "since " + from;
            }
            return (from == null ? "until " : "from " + from + " to ") + to;
        }
    }

    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final String BUNDLED = "/dev/gazette/analysis/names/registry.yaml";
    private static final RolePeriods NONE = new RolePeriods(Map.of(), Map.of(), Map.of(), Map.of());

    private final Map<String, List<Period>> byEntity;
    private final Map<String, String> idByName;
    private final Map<String, String> nameById;
    private final Map<String, String> typeById;

    private RolePeriods(Map<String, List<Period>> byEntity, Map<String, String> idByName, Map<String, String> nameById,
                        Map<String, String> typeById) {
        this.byEntity = byEntity;
        this.idByName = idByName;
        this.nameById = nameById;
        this.typeById = typeById;
    }

    /** No periods at all. */
    public static RolePeriods none() {
        return NONE;
    }

    /** The periods of one entity, or an empty list. */
    public List<Period> of(String entityId) {
        return byEntity.getOrDefault(entityId, List.of());
    }

    /** Every entity with periods, in file order. */
    public Map<String, List<Period>> all() {
        return Collections.unmodifiableMap(byEntity);
    }

    /** The id of the registry entity with this name or alias (any case), or {@code null}. */
    public String idOf(String name) {
        return idByName.get(name.toLowerCase(Locale.ROOT));
    }

    /** The registry name of an entity, or {@code null} when no registry lists it. */
    public String nameOf(String id) {
        return id == null ? null : nameById.get(id);
    }

    /** True when a registry lists {@code id} as a place. */
    public boolean isPlace(String id) {
        return "place".equals(typeById.get(id));
    }

    /**
     * The periods of {@code data}'s registry files: the bundled registry (when used) first.
     *
     * @throws IllegalArgumentException naming the file and entity of a malformed date
     */
    public static RolePeriods of(ReferenceData data) {
        return read(data.registryFiles(), data.defaultRegistry());
    }

    /**
     * Reads registry files in order.
     *
     * @throws IllegalArgumentException naming the file and entity of a malformed date
     */
    public static RolePeriods read(List<Path> files, boolean bundled) {
        Map<String, List<Period>> out = new LinkedHashMap<>();
        Map<String, String> ids = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        Map<String, String> types = new HashMap<>();
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        try {
            if (bundled) {
                try (InputStream in = RolePeriods.class.getResourceAsStream(BUNDLED)) {
                    if (in != null) {
                        add(out, ids, names, types, yaml.readTree(in), "bundled registry.yaml");
                    }
                }
            }
            for (Path f : files) {
                try (InputStream in = Files.newInputStream(f)) {
                    add(out, ids, names, types, yaml.readTree(in), f.toString());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a registry file: " + e.getMessage(), e);
        }
        return new RolePeriods(out, Map.copyOf(ids), Map.copyOf(names), Map.copyOf(types));
    }

    private static void add(Map<String, List<Period>> out, Map<String, String> ids, Map<String, String> names,
                            Map<String, String> types, JsonNode root, String origin) {
        if (root == null) {
            return;
        }
        for (JsonNode e : root.path("entities")) {
            String id = e.path("id").asText();
            if (e.hasNonNull("name")) {
                names.put(id, e.get("name").asText());
                ids.put(e.get("name").asText().toLowerCase(Locale.ROOT), id);
            }
            if (e.hasNonNull("type")) {
                types.put(id, e.get("type").asText().toLowerCase(Locale.ROOT));
            }
            for (JsonNode a : e.path("aliases")) {
                String alias = a.isTextual() ? a.asText() : a.path("name").asText();
                if (!alias.isEmpty()) {
                    ids.putIfAbsent(alias.toLowerCase(Locale.ROOT), id);
                }
            }
            JsonNode roles = e.path("roles");
            if (!roles.isArray() || roles.isEmpty()) {
                continue;
            }
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
}
