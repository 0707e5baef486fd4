package dev.gazette.analysis.names;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.gazette.analysis.ReferenceData;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Known entities, read from registry files (YAML; JSON is valid YAML too). A registry names an
 * entity once, with its canonical name, type and other names (aliases: acronyms, translations,
 * official and former names). Spelling variants are not listed: they are discovered. Files
 * are read in order; an entity whose id appears again in a later file is replaced by it, so a
 * user's file can correct the bundled one.
 *
 * <pre>
 * entities:
 *   - id: hezbollah
 *     name: Hezbollah
 *     type: organisation
 *     aliases: [{name: Party of God, kind: translation}]
 *   - id: hassan-nasrallah
 *     name: Hassan Nasrallah
 *     type: person
 *     roles:
 *       - {title: Secretary-General, of: hezbollah, from: 1992-02-16, to: 2024-09-27}
 *   - id: daraya
 *     name: Daraya
 *     type: place
 *     distinct_from: [daraa, Deraa]
 * </pre>
 *
 * <p>{@code distinct_from} says what an entity is <em>not</em>: registry ids, or names (any
 * spelling with the same letters, case and punctuation aside); no form so named ever joins it.
 */
final class Registry {

    /** The bundled registry resource. */
    static final String DEFAULT_RESOURCE = "registry.yaml";

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");
    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final Set<String> ENTITY_FIELDS = Set.of("id", "name", "type", "aliases", "roles", "distinct_from",
            "note");
    private static final Set<String> ALIAS_FIELDS = Set.of("name", "kind");
    private static final Set<String> ROLE_FIELDS = Set.of("title", "of", "from", "to", "note");

    /** Why a name is another name of an entity. */
    enum AliasKind {
        ACRONYM, TRANSLATION, OFFICIAL, FORMER, SHORT, OTHER;

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    record Alias(String name, AliasKind kind) {
    }

    record Role(String title, String of, String from, String to) {
    }

    /**
     * One entity of a registry.
     *
     * @param distinctFrom registry ids or names of what the entity is not ({@code distinct_from})
     */
    record Entry(String id, String name, EntityType type, List<Alias> aliases, List<Role> roles,
                 List<String> distinctFrom, String origin) {
        Entry {
            aliases = List.copyOf(aliases);
            roles = List.copyOf(roles);
            distinctFrom = List.copyOf(distinctFrom);
        }
    }

    private static final Registry EMPTY = new Registry(List.of());

    private final List<Entry> entries;

    private Registry(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    static Registry empty() {
        return EMPTY;
    }

    /** The entities, in file order (an entity replaced by a later file keeps its first place). */
    List<Entry> entries() {
        return entries;
    }

    /**
     * Reads the registries {@code env} asks for: the bundled one unless switched off, then the
     * user's files in order.
     *
     * @throws IllegalArgumentException naming the file and line when a file is malformed or missing
     */
    static Registry load(ReferenceData env) {
        Map<String, Entry> byId = new LinkedHashMap<>();
        if (env.defaultRegistry()) {
            for (Entry e : Holder.DEFAULT.entries) {
                byId.put(e.id(), e);
            }
        }
        for (Path p : env.registryFiles()) {
            try (InputStream in = Files.newInputStream(p)) {
                for (Entry e : parse(in, p.toString()).entries) {
                    byId.put(e.id(), e);
                }
            } catch (NoSuchFileException e) {
                throw new IllegalArgumentException("registry file " + p + " does not exist", e);
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read registry file " + p + ": " + e.getMessage(), e);
            }
        }
        return new Registry(new ArrayList<>(byId.values()));
    }

    /** The bundled registry alone. */
    static Registry standard() {
        return Holder.DEFAULT;
    }

    /**
     * Parses one registry file.
     *
     * @param origin the file name, for messages and for the entities' provenance
     * @throws IllegalArgumentException naming {@code origin} and the line of the problem
     */
    static Registry parse(InputStream in, String origin) throws IOException {
        ObjectMapper mapper = new ObjectMapper(new YAMLFactory());
        List<Entry> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        try (JsonParser p = mapper.getFactory().createParser(in)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return new Registry(List.of());
            }
            if (t != JsonToken.START_OBJECT) {
                throw error(origin, p.currentLocation(), "expected a map with the key 'entities'");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken v = p.nextToken();
                if (field.equals("version") || field.equals("description")) {
                    p.skipChildren();
                    continue;
                }
                if (!field.equals("entities")) {
                    throw error(origin, p.currentLocation(), "unknown key '" + field
                            + "'; a registry has 'entities' (and optionally 'version', 'description')");
                }
                if (v != JsonToken.START_ARRAY) {
                    throw error(origin, p.currentLocation(), "'entities' must be a list");
                }
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    JsonLocation at = p.currentLocation();
                    JsonNode node = mapper.readTree(p);
                    Entry e = entry(node, origin, at);
                    if (!ids.add(e.id())) {
                        throw error(origin, at, "entity id '" + e.id() + "' is used twice in this file");
                    }
                    out.add(e);
                }
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new IllegalArgumentException(origin + (at == null ? "" : ":" + at.getLineNr())
                    + ": not a valid registry (YAML or JSON): " + e.getOriginalMessage(), e);
        }
        return new Registry(out);
    }

    private static Entry entry(JsonNode n, String origin, JsonLocation at) {
        if (!n.isObject()) {
            throw error(origin, at, "each entity must be a map with id, name and type");
        }
        unknownFields(n, ENTITY_FIELDS, origin, at, "entity");
        String id = text(n, "id");
        if (id == null || !ID.matcher(id).matches()) {
            throw error(origin, at, "entity needs an 'id' of lower-case letters, digits, '.', '_' or '-'"
                    + (id == null ? "" : " (got '" + id + "')"));
        }
        String name = text(n, "name");
        if (name == null || name.isBlank()) {
            throw error(origin, at, "entity '" + id + "' needs a 'name'");
        }
        EntityType type;
        if (text(n, "type") == null) {
            throw error(origin, at, "entity '" + id + "' needs a 'type': person, organisation, place or other");
        }
        try {
            type = EntityType.parse(text(n, "type"));
        } catch (IllegalArgumentException e) {
            throw error(origin, at, "entity '" + id + "': " + e.getMessage());
        }
        List<Alias> aliases = new ArrayList<>();
        for (JsonNode a : n.path("aliases")) {
            String an;
            AliasKind kind;
            if (a.isObject()) {
                unknownFields(a, ALIAS_FIELDS, origin, at, "alias of '" + id + "'");
                an = text(a, "name");
                String k = text(a, "kind");
                try {
                    kind = k == null ? defaultKind(an) : AliasKind.valueOf(k.strip().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw error(origin, at, "entity '" + id + "': alias kind '" + k
                            + "' is not one of acronym, translation, official, former, short, other");
                }
            } else {
                an = a.asText();
                kind = defaultKind(an);
            }
            if (an == null || an.isBlank()) {
                throw error(origin, at, "entity '" + id + "' has an empty alias");
            }
            aliases.add(new Alias(an.strip(), kind));
        }
        List<Role> roles = new ArrayList<>();
        for (JsonNode r : n.path("roles")) {
            unknownFields(r, ROLE_FIELDS, origin, at, "role of '" + id + "'");
            String title = text(r, "title");
            if (title == null || title.isBlank()) {
                throw error(origin, at, "entity '" + id + "': every role needs a 'title'");
            }
            String from = text(r, "from");
            String to = text(r, "to");
            for (String d : new String[] {from, to}) {
                if (d != null && !DATE.matcher(d).matches()) {
                    throw error(origin, at, "entity '" + id + "': role date '" + d
                            + "' is not YYYY, YYYY-MM or YYYY-MM-DD");
                }
            }
            roles.add(new Role(title, text(r, "of"), from, to));
        }
        List<String> distinct = new ArrayList<>();
        JsonNode d = n.path("distinct_from");
        if (!d.isMissingNode() && !d.isNull()) {
            if (!d.isArray() && !d.isTextual()) {
                throw error(origin, at, "entity '" + id + "': 'distinct_from' must be a list of registry ids or names");
            }
            for (JsonNode v : d.isArray() ? d : List.of(d)) {
                if (!v.isTextual() || v.asText().isBlank()) {
                    throw error(origin, at, "entity '" + id + "': every 'distinct_from' item must be a registry id or a name");
                }
                distinct.add(v.asText().strip());
            }
        }
        return new Entry(id, name.strip(), type, aliases, roles, distinct, origin);
    }

    private static AliasKind defaultKind(String alias) {
        return alias != null && NameKeys.isAcronym(alias) ? AliasKind.ACRONYM : AliasKind.OTHER;
    }

    private static void unknownFields(JsonNode n, Set<String> allowed, String origin, JsonLocation at, String what) {
        n.fieldNames().forEachRemaining(f -> {
            if (!allowed.contains(f)) {
                throw error(origin, at, "unknown key '" + f + "' in " + what + "; allowed: "
                        + allowed.stream().sorted().toList());
            }
        });
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static IllegalArgumentException error(String origin, JsonLocation at, String message) {
        return new IllegalArgumentException(origin + (at == null ? "" : ":" + at.getLineNr()) + ": " + message);
    }

    private static final class Holder {
        static final Registry DEFAULT = load();

        private static Registry load() {
            try (InputStream in = Registry.class.getResourceAsStream(DEFAULT_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing bundled " + DEFAULT_RESOURCE);
                }
                return parse(in, "bundled " + DEFAULT_RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read bundled " + DEFAULT_RESOURCE, e);
            }
        }
    }
}
