package dev.gazette.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.gazette.model.Severity;
import dev.gazette.validate.RuleCatalogue;
import dev.gazette.validate.RuleSettings;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.PatternSyntaxException;

/**
 * Reads a configuration file ({@code gazette.yaml}; see {@code gazette.example.yaml} for
 * every key). The file is bound to the records of {@link ConfigurationFile} by Jackson, which
 * refuses unknown keys and values of the wrong type; the values are then checked (rule ids,
 * severities, option values against the rule's option descriptors, files that exist, globs).
 * Strict, as Checkstyle is: every mistake, and a duplicate key, is an error naming it with
 * {@code file:line}. Relative paths are resolved against the file's folder.
 */
final class ConfigurationReader {

    /** The top-level keys, in the order the help lists them (the components of {@link ConfigurationFile}). */
    static final List<String> KEYS = ConfigurationFile.KEYS;

    private final Path file;
    private final Path folder;
    private final Path workingFolder;
    private final RuleCatalogue catalogue;
    private final Map<String, Integer> lines = new HashMap<>();

    private ConfigurationReader(Path file, Path workingFolder, RuleCatalogue catalogue) {
        this.file = file;
        this.folder = file.toAbsolutePath().normalize().getParent();
        this.workingFolder = workingFolder.toAbsolutePath().normalize();
        this.catalogue = catalogue;
    }

    /**
     * Reads {@code file}; default inputs under {@code workingFolder} are given relative to it.
     *
     * @throws ConfigurationException naming the file, line and problem
     */
    static Configuration read(Path file, Path workingFolder) throws ConfigurationException {
        return new ConfigurationReader(file, workingFolder, RuleCatalogue.standard()).read();
    }

    /** The largest configuration file read: a real one is a few kilobytes. */
    static final long MAX_BYTES = 1 << 20;
    /** The deepest nesting a configuration may have: one holds four levels (rules, a rule, options, an option). */
    static final int MAX_DEPTH = 20;

    private Configuration read() throws ConfigurationException {
        String text;
        try {
            if (Files.isRegularFile(file) && Files.size(file) > MAX_BYTES) {
                throw new ConfigurationException(file + ": the configuration file is " + Files.size(file)
                        + " bytes, more than a configuration can be (" + MAX_BYTES + "); check the --config path");
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ConfigurationException(file + ": configuration file not found; check the --config path");
        } catch (MalformedInputException e) {
            throw new ConfigurationException(file + ": configuration file is not UTF-8 text");
        } catch (IOException e) {
            throw new ConfigurationException(file + ": cannot read the configuration file (" + e.getMessage() + ")", e);
        }
        ObjectMapper yaml = mapper();
        try {
            // one pass over the tokens first: syntax, duplicate keys and depth are the parser's
            // errors, and the line of every key is remembered for the checks after the binding
            recordLines(yaml, text);
        } catch (StreamConstraintsException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new ConfigurationException(file + (line > 0 ? ":" + line : "") + ": nested more than " + MAX_DEPTH
                    + " levels deep; a configuration has at most four (rules, a rule, its options, an option):"
                    + " see gazette.example.yaml");
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
            // the parser's own lines (context and problem), without its position lines and excerpt
            String problem = String.join(": ", String.valueOf(e.getOriginalMessage()).lines()
                    .filter(l -> !l.isBlank() && !Character.isWhitespace(l.charAt(0)) && !l.startsWith("^")).toList());
            java.util.regex.Matcher dup = java.util.regex.Pattern.compile("Duplicate field '(.*)'").matcher(problem);
            if (dup.find()) {
                throw new ConfigurationException(file + (line > 0 ? ":" + line : "") + ": the key '" + dup.group(1)
                        + "' is given twice in the same map; keep one");
            }
            throw new ConfigurationException(file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "")
                    + ": not valid YAML (" + problem + "); check the indentation and quoting there"
                    + " (see gazette.example.yaml)");
        } catch (IOException e) {
            throw new ConfigurationException(file + ": cannot read the configuration file (" + e.getMessage() + ")", e);
        }
        ConfigurationFile bound = null;
        if (!lines.isEmpty()) {
            try {
                bound = yaml.readValue(text, ConfigurationFile.class);
            } catch (JsonMappingException e) {
                throw bindingError(e);
            } catch (IOException e) {
                throw new ConfigurationException(file + ": cannot read the configuration file (" + e.getMessage() + ")", e);
            }
        }
        if (bound == null) {
            Configuration c = Configuration.defaults();
            return new Configuration(file, c.settings(), List.of(), true, List.of(), List.of(), List.of(),
                    List.of(), List.of());
        }
        JsonPointer top = JsonPointer.empty();
        RuleSettings settings = rules(bound.ruleEntries(), top.appendProperty("rules"));
        List<Path> boilerplate = files(bound.boilerplate(), top.appendProperty("boilerplate"), "boilerplate");
        List<Path> registries = files(bound.registries(), top.appendProperty("registries"), "registry");
        boolean defaultRegistry = bound.defaultRegistry() == null || bound.defaultRegistry();
        List<Path> lexicons = files(bound.lexicons(), top.appendProperty("lexicons"), "lexicon");
        List<String> paths = List.of();
        List<String> include = List.of();
        List<String> exclude = List.of();
        ConfigurationFile.Inputs inputs = bound.inputs();
        if (inputs != null) {
            JsonPointer at = top.appendProperty("inputs");
            paths = inputPaths(inputs.paths(), at.appendProperty("paths"));
            include = globs(inputs.include(), at.appendProperty("include"));
            exclude = globs(inputs.exclude(), at.appendProperty("exclude"));
        }
        return new Configuration(file, settings, registries, defaultRegistry, lexicons, boilerplate, paths,
                include, exclude);
    }

    /**
     * The YAML mapper: nesting bounded, duplicate keys refused, unknown keys refused, and no
     * number or boolean taken for a string where the file needs text (a file name, a glob, a
     * severity).
     */
    private static ObjectMapper mapper() {
        ObjectMapper yaml = new ObjectMapper(YAMLFactory.builder().streamReadConstraints(
                        StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build()).build())
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        yaml.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return yaml;
    }

    /** A binding error in Gazette's words: what is wrong, at which line, and what is expected. */
    private ConfigurationException bindingError(JsonMappingException e) {
        List<String> path = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "#" + r.getIndex()).toList();
        // the line of the key or item where the binding stopped, as the parser first saw it (the
        // exception's own location may already be past it)
        JsonPointer at = JsonPointer.empty();
        for (JsonMappingException.Reference r : e.getPath()) {
            at = r.getFieldName() != null ? at.appendProperty(r.getFieldName()) : at.appendIndex(r.getIndex());
        }
        Integer recorded = lines.get(at.toString());
        Integer line = lineOf(at);
        if (line == null) {
            line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
        }
        String where = file + (line > 0 ? ":" + line : "") + ": ";
        // a mistake inside the settings of a rule id that does not exist: the id is the mistake
        if (path.size() >= 2 && path.get(0).equals("rules") && catalogue.find(path.get(1)).isEmpty()) {
            return error(JsonPointer.empty().appendProperty("rules").appendProperty(path.get(1)),
                    "unknown rule id '" + path.get(1) + "' under 'rules'; run 'gazette rules' for the list");
        }
        if (e instanceof UnrecognizedPropertyException u) {
            List<String> context = path.isEmpty() ? path : path.subList(0, path.size() - 1);
            String under;
            List<String> known;
            if (context.isEmpty()) {
                under = "";
                known = ConfigurationFile.KEYS;
            } else if (context.equals(List.of("inputs"))) {
                under = " under 'inputs'";
                known = ConfigurationFile.Inputs.KEYS;
            } else {
                under = " under rule '" + context.get(context.size() - 1) + "'";
                known = ConfigurationFile.RuleEntry.KEYS;
            }
            return new ConfigurationException(where + "unknown key '" + u.getPropertyName() + "'" + under
                    + "; expected one of " + String.join(", ", known));
        }
        String last = path.isEmpty() ? null : path.get(path.size() - 1);
        Class<?> target = e instanceof MismatchedInputException m ? m.getTargetType() : null;
        if (last == null) {
            return new ConfigurationException(where + "the configuration must be a map of keys to values");
        }
        if (last.startsWith("#")) {
            String list = path.size() >= 2 ? path.get(path.size() - 2) : "the list";
            // an item of a real list, or a single value taken as a list of one (a map, say)
            return new ConfigurationException(where + "'" + list + "' must be a list of "
                    + (recorded != null ? "non-empty strings" : "strings"));
        }
        if (target == Boolean.class) {
            String value = e instanceof InvalidFormatException f ? ", got '" + f.getValue() + "'" : "";
            return new ConfigurationException(where + "'" + last + "' must be true or false" + value);
        }
        if (path.size() == 2 && path.get(0).equals("rules")) {
            return new ConfigurationException(where + "rule '" + last + "' must be a shorthand (off, on, error, warning,"
                    + " info) or a map of keys to values");
        }
        if (last.equals("options") && path.size() == 3) {
            return new ConfigurationException(where + "the options of rule '" + path.get(1)
                    + "' must be a map of keys to values");
        }
        if (last.equals("severity")) {
            return new ConfigurationException(where + "severity must be error, warning or info");
        }
        if (target != null && List.class.isAssignableFrom(target)) {
            return new ConfigurationException(where + "'" + last + "' must be a list of strings");
        }
        if (target != null && (Map.class.isAssignableFrom(target) || target.isRecord())) {
            return new ConfigurationException(where + "'" + last + "' must be a map of keys to values");
        }
        return new ConfigurationException(where + "'" + last + "' has a value of the wrong type (" + e.getOriginalMessage()
                + "); see gazette.example.yaml");
    }

    private RuleSettings rules(Map<String, ConfigurationFile.RuleEntry> rules, JsonPointer at) throws ConfigurationException {
        RuleSettings settings = RuleSettings.defaults();
        for (Map.Entry<String, ConfigurationFile.RuleEntry> e : rules.entrySet()) {
            String id = e.getKey();
            JsonPointer ruleAt = at.appendProperty(id);
            if (catalogue.find(id).isEmpty()) {
                throw error(ruleAt, "unknown rule id '" + id + "' under 'rules'; run 'gazette rules' for the list");
            }
            ConfigurationFile.RuleEntry v = e.getValue();
            if (v == null) {
                continue;
            }
            if (v.shorthand() != null) {
                settings = shorthand(settings, id, v.shorthand(), ruleAt);
                continue;
            }
            if (v.enabled() != null) {
                settings = settings.withEnabled(id, v.enabled());
            }
            if (v.severity() != null) {
                settings = settings.withSeverity(id, severity(v.severity(), ruleAt.appendProperty("severity")));
            }
            if (v.apply() != null) {
                try {
                    settings = settings.withFixApplied(id, v.apply());
                } catch (IllegalArgumentException ex) {
                    throw error(ruleAt.appendProperty("apply"), ex.getMessage());
                }
            }
            if (v.options() != null) {
                JsonPointer optionsAt = ruleAt.appendProperty("options");
                for (Map.Entry<String, JsonNode> opt : v.options().entrySet()) {
                    JsonPointer optAt = optionsAt.appendProperty(opt.getKey());
                    if (opt.getValue() == null || !opt.getValue().isValueNode() || opt.getValue().isNull()) {
                        throw error(optAt, "option '" + opt.getKey() + "' of rule '" + id + "' needs a single value");
                    }
                    try {
                        settings = settings.withOption(id, opt.getKey(), opt.getValue().asText());
                    } catch (IllegalArgumentException ex) {
                        throw error(optAt, ex.getMessage());
                    }
                }
            }
        }
        return settings;
    }

    private RuleSettings shorthand(RuleSettings settings, String id, String v, JsonPointer at)
            throws ConfigurationException {
        String s = v.trim().toLowerCase(Locale.ROOT);
        switch (s) {
            case "off", "false", "disabled", "no" -> {
                return settings.withEnabled(id, false);
            }
            case "on", "true", "enabled", "yes" -> {
                return settings.withEnabled(id, true);
            }
            default -> {
                try {
                    return settings.withSeverity(id, Severity.parse(s));
                } catch (IllegalArgumentException e) {
                    throw error(at, "rule '" + id + "' is set to '" + v
                            + "'; expected off, on, error, warning, info, or a map of enabled/severity/apply/options");
                }
            }
        }
    }

    private Severity severity(String v, JsonPointer at) throws ConfigurationException {
        try {
            return Severity.parse(v);
        } catch (IllegalArgumentException e) {
            throw error(at, e.getMessage());
        }
    }

    /** The strings of a list (or of one string), each non-blank. */
    private List<String> strings(List<String> v, JsonPointer at) throws ConfigurationException {
        if (v == null) {
            return List.of();
        }
        for (int i = 0; i < v.size(); i++) {
            if (v.get(i) == null || v.get(i).isBlank()) {
                throw error(at.appendIndex(i), "'" + name(at) + "' must be a list of non-empty strings");
            }
        }
        return v;
    }

    private List<Path> files(List<String> v, JsonPointer at, String kind) throws ConfigurationException {
        List<Path> out = new ArrayList<>();
        List<String> names = strings(v, at);
        for (int i = 0; i < names.size(); i++) {
            Path p = folder.resolve(names.get(i)).normalize();
            if (!Files.isRegularFile(p)) {
                throw error(at.appendIndex(i), kind + " file '" + names.get(i)
                        + "' does not exist (looked for " + p + "; relative paths start at the configuration file's folder)");
            }
            out.add(p);
        }
        return out;
    }

    private List<String> inputPaths(List<String> v, JsonPointer at) throws ConfigurationException {
        List<String> out = new ArrayList<>();
        List<String> names = strings(v, at);
        for (int i = 0; i < names.size(); i++) {
            Path p = folder.resolve(names.get(i)).normalize();
            if (!Files.exists(p)) {
                throw error(at.appendIndex(i), "input '" + names.get(i) + "' does not exist (looked for " + p + ")");
            }
            // inside the working folder, keep reported paths short and relative
            out.add(p.startsWith(workingFolder) ? workingFolder.relativize(p).toString().replace('\\', '/')
                    : p.toString());
        }
        return out.stream().map(s -> s.isEmpty() ? "." : s).toList();
    }

    private List<String> globs(List<String> v, JsonPointer at) throws ConfigurationException {
        List<String> out = strings(v, at);
        for (int i = 0; i < out.size(); i++) {
            try {
                FileSystems.getDefault().getPathMatcher("glob:" + out.get(i));
            } catch (PatternSyntaxException e) {
                throw error(at.appendIndex(i), "bad glob '" + out.get(i) + "': " + e.getDescription());
            }
        }
        return out;
    }

    private ConfigurationException error(JsonPointer at, String message) {
        Integer line = lineOf(at);
        return new ConfigurationException(file + (line != null && line > 0 ? ":" + line : "") + ": " + message);
    }

    /** The line of {@code at}, or of the nearest key above it that the parser saw; {@code null} if none. */
    private Integer lineOf(JsonPointer at) {
        Integer line = null;
        for (JsonPointer p = at; p != null && line == null; p = p.head()) {
            line = lines.get(p.toString());
        }
        return line;
    }

    private static String name(JsonPointer at) {
        String s = at.toString();
        String last = s.substring(s.lastIndexOf('/') + 1);
        return last.replace("~1", "/").replace("~0", "~");
    }

    /** Remembers the line of every key and value, by JSON pointer, for error messages. */
    private void recordLines(ObjectMapper yaml, String text) throws IOException {
        try (JsonParser p = yaml.getFactory().createParser(text)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    continue;
                }
                JsonPointer at = p.getParsingContext().pathAsPointer();
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    at = p.getParsingContext().getParent() == null ? JsonPointer.empty()
                            : p.getParsingContext().getParent().pathAsPointer();
                }
                lines.putIfAbsent(at.toString(), p.currentTokenLocation().getLineNr());
            }
        }
    }
}
