package dev.gazette.cli;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A configuration file ({@code gazette.yaml}) as written, bound by Jackson: each map of the
 * file is a record here, and a key that is not one of its components is refused by the binding
 * (with the file's line). {@link ConfigurationReader} binds the file, then checks the values
 * (rule ids, severities, option values, files that exist) and resolves paths.
 *
 * @param rules           per rule id: a shorthand ({@code off}, {@code error}...) or a map
 * @param boilerplate     extra boilerplate pattern files (one name or a list)
 * @param registries      extra entity registry files
 * @param defaultRegistry whether the bundled registry is used
 * @param lexicons        extra word lists
 * @param inputs          default inputs and globs
 */
record ConfigurationFile(
        @JsonProperty("rules") LinkedHashMap<String, RuleEntry> rules,
        @JsonProperty("boilerplate") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> boilerplate,
        @JsonProperty("registries") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> registries,
        @JsonProperty("default-registry") @JsonDeserialize(using = Flag.class) Boolean defaultRegistry,
        @JsonProperty("lexicons") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> lexicons,
        @JsonProperty("inputs") Inputs inputs) {

    /** The top-level keys, in the order of the record (and of the help). */
    static final List<String> KEYS = keys(ConfigurationFile.class);

    /**
     * The {@code inputs} map.
     *
     * @param paths   default inputs when the command line names none
     * @param include globs an input must match
     * @param exclude globs that keep an input out
     */
    record Inputs(
            @JsonProperty("paths") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> paths,
            @JsonProperty("include") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> include,
            @JsonProperty("exclude") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> exclude) {

        static final List<String> KEYS = keys(Inputs.class);
    }

    /**
     * The settings of one rule: a map of these keys, or a shorthand scalar that the reader reads
     * as {@code enabled} or {@code severity} ({@link RuleEntry.Reader}).
     *
     * @param enabled   whether the rule runs, or {@code null} for its default
     * @param severity  its severity as written, or {@code null}
     * @param apply     whether its fixes are applied by default, or {@code null} for the catalogue's fix kind
     * @param options   its options as written (their types are the rule's option descriptors')
     * @param shorthand the scalar written instead of a map, or {@code null}
     */
    @JsonDeserialize(using = RuleEntry.Reader.class)
    record RuleEntry(Boolean enabled, String severity, Boolean apply, LinkedHashMap<String, JsonNode> options,
                     String shorthand) {

        static final List<String> KEYS = keys(RuleMap.class);

        /** The map form, bound with unknown keys refused. */
        record RuleMap(
                @JsonProperty("enabled") @JsonDeserialize(using = Flag.class) Boolean enabled,
                @JsonProperty("severity") String severity,
                @JsonProperty("apply") @JsonDeserialize(using = Flag.class) Boolean apply,
                @JsonProperty("options") LinkedHashMap<String, JsonNode> options) {
        }

        /** Binds a map as {@link RuleMap}, a scalar as a shorthand, and refuses anything else. */
        static final class Reader extends StdDeserializer<RuleEntry> {

            Reader() {
                super(RuleEntry.class);
            }

            @Override
            public RuleEntry deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                JsonToken t = p.currentToken();
                if (t == JsonToken.START_OBJECT || t == JsonToken.FIELD_NAME) {
                    RuleMap m = ctxt.readValue(p, RuleMap.class);
                    return new RuleEntry(m.enabled(), m.severity(), m.apply(), m.options(), null);
                }
                if (t != null && t.isScalarValue()) {
                    return new RuleEntry(null, null, null, null, p.getText());
                }
                return (RuleEntry) ctxt.handleUnexpectedToken(RuleEntry.class, p);
            }
        }
    }

    /** A yes-or-no value: YAML's {@code true}/{@code false}, or {@code on}/{@code off}, {@code yes}/{@code no} as text. */
    static final class Flag extends StdDeserializer<Boolean> {

        Flag() {
            super(Boolean.class);
        }

        @Override
        public Boolean deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
                return t == JsonToken.VALUE_TRUE;
            }
            if (t != null && t.isScalarValue()) {
                switch (p.getText().trim().toLowerCase(Locale.ROOT)) {
                    case "true", "on", "yes" -> {
                        return true;
                    }
                    case "false", "off", "no" -> {
                        return false;
                    }
                    default -> {
                        return (Boolean) ctxt.handleWeirdStringValue(Boolean.class, p.getText(), "not a yes-or-no value");
                    }
                }
            }
            return (Boolean) ctxt.handleUnexpectedToken(Boolean.class, p);
        }
    }

    /** The JSON names of a record's components, in order. */
    private static List<String> keys(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(ConfigurationFile::jsonName).toList();
    }

    private static String jsonName(RecordComponent c) {
        JsonProperty p = c.getAccessor().getAnnotation(JsonProperty.class);
        if (p == null) {
            p = c.getAnnotation(JsonProperty.class);
        }
        return p == null ? c.getName() : p.value();
    }

    /** The map of keys to rule entries, or an empty one. */
    Map<String, RuleEntry> ruleEntries() {
        return rules == null ? Map.of() : rules;
    }
}
