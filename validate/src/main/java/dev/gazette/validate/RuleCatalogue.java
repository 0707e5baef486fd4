package dev.gazette.validate;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.gazette.model.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The one catalogue of rule metadata ({@code rules.yaml} beside this class): ids, default
 * severities, fixability, descriptions, examples and options. Rules, help text and report
 * renderers read it; nothing else describes a rule.
 */
public final class RuleCatalogue {

    private static final String RESOURCE = "rules.yaml";

    private final Map<String, RuleDescriptor> byId;

    private RuleCatalogue(Map<String, RuleDescriptor> byId) {
        this.byId = Collections.unmodifiableMap(byId);
    }

    /** The bundled catalogue. */
    public static RuleCatalogue standard() {
        return Holder.STANDARD;
    }

    /** Every rule, in catalogue order. */
    public Collection<RuleDescriptor> all() {
        return byId.values();
    }

    /** The rule called {@code id}, if it exists. */
    public Optional<RuleDescriptor> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The rule called {@code id}.
     *
     * @throws IllegalArgumentException naming the id when there is no such rule
     */
    public RuleDescriptor get(String id) {
        RuleDescriptor d = byId.get(id);
        if (d == null) {
            throw new IllegalArgumentException("unknown rule id '" + id + "'; run 'gazette rules' for the list");
        }
        return d;
    }

    /**
     * Reads a catalogue in the format of the bundled {@code rules.yaml} (tests use fixed
     * catalogues so that their expectations do not move when rules are added).
     */
    public static RuleCatalogue fromYaml(InputStream in) throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        JsonNode root = yaml.readTree(in);
        Map<String, RuleDescriptor> map = new LinkedHashMap<>();
        for (JsonNode r : root.path("rules")) {
            String id = text(r, "id", null);
            if (id == null || map.containsKey(id)) {
                throw new IllegalStateException("rules.yaml: missing or duplicate rule id " + id);
            }
            List<OptionDescriptor> options = new ArrayList<>();
            for (JsonNode o : r.path("options")) {
                options.add(new OptionDescriptor(text(o, "name", null), text(o, "type", "string"),
                        text(o, "default", ""), o.has("min") ? o.get("min").asDouble() : null,
                        o.has("max") ? o.get("max").asDouble() : null, text(o, "description", "")));
            }
            map.put(id, new RuleDescriptor(id, Severity.parse(text(r, "severity", "warning")),
                    text(r, "category", "text"),
                    RuleDescriptor.FixKind.valueOf(text(r, "fix", "none").toUpperCase(Locale.ROOT)),
                    text(r, "since", "0.1.0"), text(r, "summary", ""), text(r, "description", ""),
                    text(r, "example", ""), options));
        }
        return new RuleCatalogue(map);
    }

    private static String text(JsonNode node, String field, String fallback) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? fallback : v.asText();
    }

    private static final class Holder {
        static final RuleCatalogue STANDARD = load();

        private static RuleCatalogue load() {
            try (InputStream in = RuleCatalogue.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing bundled " + RESOURCE);
                }
                return fromYaml(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read bundled " + RESOURCE, e);
            }
        }
    }
}
