package dev.gazette.validate;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
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
     * A copy in which the rule called {@code id} has the fix kind {@code fix} (a configuration that
     * applies a suggested fix by default, or only suggests a safe one).
     *
     * @throws IllegalArgumentException naming the id when there is no such rule, or when it has no fix
     *                                  to apply or the kind asked is {@code none}
     */
    public RuleCatalogue withFix(String id, RuleDescriptor.FixKind fix) {
        RuleDescriptor d = get(id);
        if (d.fix() == RuleDescriptor.FixKind.NONE || fix == RuleDescriptor.FixKind.NONE) {
            throw new IllegalArgumentException("rule '" + id + "' has no fix to apply or suggest (fix: none)");
        }
        if (d.fix() == fix) {
            return this;
        }
        Map<String, RuleDescriptor> map = new LinkedHashMap<>(byId);
        map.put(id, new RuleDescriptor(d.id(), d.severity(), d.category(), fix, d.since(), d.summary(),
                d.description(), d.example(), d.options()));
        return new RuleCatalogue(map);
    }

    /** One rule of {@code rules.yaml}, as written; every key is known, a missing one takes its default. */
    private record RuleEntry(String id, String severity, String category, String fix, String since, String summary,
                             String description, String example, List<OptionEntry> options) {
    }

    /** One option of a rule in {@code rules.yaml}. */
    private record OptionEntry(String name, String type, @JsonProperty("default") String defaultValue, Double min,
                               Double max, String description) {
    }

    /** The file: a list of rules. */
    private record CatalogueFile(List<RuleEntry> rules) {
    }

    /**
     * Reads a catalogue in the format of the bundled {@code rules.yaml} (tests use fixed
     * catalogues so that their expectations do not move when rules are added).
     *
     * @throws IllegalStateException naming the line of an unknown key, a missing or duplicate id, or a
     *                               bad severity, fix kind or option type
     */
    public static RuleCatalogue fromYaml(InputStream in) throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        CatalogueFile file;
        try {
            file = yaml.readValue(text, CatalogueFile.class);
        } catch (UnrecognizedPropertyException e) {
            throw new IllegalStateException(RESOURCE + ":" + keyLine(text, e.getPropertyName(), line(e))
                    + ": unknown key '" + e.getPropertyName() + "'; expected one of "
                    + new java.util.TreeSet<>(e.getKnownPropertyIds().stream().map(String::valueOf).toList()), e);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(RESOURCE + ":" + line(e) + ": " + e.getOriginalMessage(), e);
        }
        Map<String, RuleDescriptor> map = new LinkedHashMap<>();
        for (RuleEntry r : file == null || file.rules() == null ? List.<RuleEntry>of() : file.rules()) {
            if (r.id() == null || map.containsKey(r.id())) {
                throw new IllegalStateException(RESOURCE + ": missing or duplicate rule id " + r.id());
            }
            try {
                List<OptionDescriptor> options = new ArrayList<>();
                for (OptionEntry o : r.options() == null ? List.<OptionEntry>of() : r.options()) {
                    options.add(new OptionDescriptor(o.name(), OptionType.parse(or(o.type(), "string")),
                            or(o.defaultValue(), ""), o.min(), o.max(), or(o.description(), "")));
                }
                map.put(r.id(), new RuleDescriptor(r.id(), Severity.parse(or(r.severity(), "warning")),
                        or(r.category(), "text"),
                        RuleDescriptor.FixKind.valueOf(or(r.fix(), "none").toUpperCase(Locale.ROOT)),
                        or(r.since(), "0.1.0"), or(r.summary(), ""), or(r.description(), ""), or(r.example(), ""),
                        options));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(RESOURCE + ": rule '" + r.id() + "': " + e.getMessage(), e);
            }
        }
        return new RuleCatalogue(map);
    }

    /** The line, at or before {@code near}, where {@code key} is written as a key (the parser reports where it stopped). */
    private static int keyLine(String text, String key, int near) {
        String[] lines = text.split("\n", -1);
        java.util.regex.Pattern written = java.util.regex.Pattern.compile("^[\\s-]*"
                + java.util.regex.Pattern.quote(key) + "\\s*:");
        for (int i = Math.min(near, lines.length) - 1; i >= 0; i--) {
            if (written.matcher(lines[i]).find()) {
                return i + 1;
            }
        }
        return near;
    }

    private static int line(JsonProcessingException e) {
        return e.getLocation() == null ? 0 : e.getLocation().getLineNr();
    }

    private static String or(String value, String fallback) {
        return value == null ? fallback : value;
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
