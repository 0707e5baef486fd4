package dev.gazette.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * every key). Strict, as Checkstyle is: an unknown key, rule id or option name, a duplicate
 * key, a value of the wrong type, or a reference file that does not exist is an error naming
 * it with {@code file:line}. Relative paths are resolved against the file's folder.
 */
final class ConfigurationReader {

    /** The top-level keys, in the order the help lists them. */
    static final List<String> KEYS = List.of("rules", "boilerplate", "registries", "default-registry",
            "lexicons", "inputs");
    static final List<String> RULE_KEYS = List.of("enabled", "severity", "options");
    static final List<String> INPUT_KEYS = List.of("paths", "include", "exclude");

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

    private Configuration read() throws ConfigurationException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ConfigurationException(file + ": configuration file not found; check the --config path");
        } catch (MalformedInputException e) {
            throw new ConfigurationException(file + ": configuration file is not UTF-8 text");
        } catch (IOException e) {
            throw new ConfigurationException(file + ": cannot read the configuration file (" + e.getMessage() + ")", e);
        }
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        JsonNode root;
        try {
            root = yaml.readTree(text);
            recordLines(yaml, text);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new ConfigurationException(file + (line > 0 ? ":" + line : "") + ": not valid YAML: "
                    + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ConfigurationException(file + ": cannot read the configuration file (" + e.getMessage() + ")", e);
        }
        Configuration c = Configuration.defaults();
        if (root == null || root.isMissingNode() || root.isNull()) {
            return new Configuration(file, c.settings(), List.of(), true, List.of(), List.of(), List.of(),
                    List.of(), List.of());
        }
        JsonPointer top = JsonPointer.empty();
        requireObject(root, top, "the configuration");
        checkKeys(root, top, KEYS, "");

        RuleSettings settings = rules(root.get("rules"), top.appendProperty("rules"));
        List<Path> boilerplate = files(root.get("boilerplate"), top.appendProperty("boilerplate"), "boilerplate");
        List<Path> registries = files(root.get("registries"), top.appendProperty("registries"), "registry");
        boolean defaultRegistry = bool(root.get("default-registry"), top.appendProperty("default-registry"), true);
        List<Path> lexicons = files(root.get("lexicons"), top.appendProperty("lexicons"), "lexicon");
        List<String> paths = List.of();
        List<String> include = List.of();
        List<String> exclude = List.of();
        JsonNode inputs = root.get("inputs");
        if (inputs != null && !inputs.isNull()) {
            JsonPointer at = top.appendProperty("inputs");
            requireObject(inputs, at, "'inputs'");
            checkKeys(inputs, at, INPUT_KEYS, " under 'inputs'");
            paths = inputPaths(inputs.get("paths"), at.appendProperty("paths"));
            include = globs(inputs.get("include"), at.appendProperty("include"));
            exclude = globs(inputs.get("exclude"), at.appendProperty("exclude"));
        }
        return new Configuration(file, settings, registries, defaultRegistry, lexicons, boilerplate, paths,
                include, exclude);
    }

    private RuleSettings rules(JsonNode rules, JsonPointer at) throws ConfigurationException {
        RuleSettings settings = RuleSettings.defaults();
        if (rules == null || rules.isNull()) {
            return settings;
        }
        requireObject(rules, at, "'rules'");
        for (Map.Entry<String, JsonNode> e : rules.properties()) {
            String id = e.getKey();
            JsonPointer ruleAt = at.appendProperty(id);
            if (catalogue.find(id).isEmpty()) {
                throw error(ruleAt, "unknown rule id '" + id + "' under 'rules'; run 'gazette rules' for the list");
            }
            JsonNode v = e.getValue();
            if (v == null || v.isNull()) {
                continue;
            }
            if (v.isValueNode()) {
                settings = shorthand(settings, id, v, ruleAt);
                continue;
            }
            requireObject(v, ruleAt, "rule '" + id + "'");
            checkKeys(v, ruleAt, RULE_KEYS, " under rule '" + id + "'");
            if (v.has("enabled")) {
                settings = settings.withEnabled(id, bool(v.get("enabled"), ruleAt.appendProperty("enabled"), true));
            }
            if (v.has("severity")) {
                settings = settings.withSeverity(id, severity(v.get("severity"), ruleAt.appendProperty("severity")));
            }
            JsonNode options = v.get("options");
            if (options != null && !options.isNull()) {
                JsonPointer optionsAt = ruleAt.appendProperty("options");
                requireObject(options, optionsAt, "the options of rule '" + id + "'");
                for (Map.Entry<String, JsonNode> opt : options.properties()) {
                    JsonPointer optAt = optionsAt.appendProperty(opt.getKey());
                    if (!opt.getValue().isValueNode() || opt.getValue().isNull()) {
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

    private RuleSettings shorthand(RuleSettings settings, String id, JsonNode v, JsonPointer at)
            throws ConfigurationException {
        String s = v.asText().trim().toLowerCase(Locale.ROOT);
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
                    throw error(at, "rule '" + id + "' is set to '" + v.asText()
                            + "'; expected off, on, error, warning, info, or a map of enabled/severity/options");
                }
            }
        }
    }

    private Severity severity(JsonNode v, JsonPointer at) throws ConfigurationException {
        if (v == null || !v.isTextual()) {
            throw error(at, "severity must be error, warning or info");
        }
        try {
            return Severity.parse(v.asText());
        } catch (IllegalArgumentException e) {
            throw error(at, e.getMessage());
        }
    }

    private boolean bool(JsonNode v, JsonPointer at, boolean fallback) throws ConfigurationException {
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        String s = v.asText().trim().toLowerCase(Locale.ROOT);
        if (s.equals("true") || s.equals("on") || s.equals("yes")) {
            return true;
        }
        if (s.equals("false") || s.equals("off") || s.equals("no")) {
            return false;
        }
        throw error(at, "'" + name(at) + "' must be true or false, got '" + v.asText() + "'");
    }

    private List<String> strings(JsonNode v, JsonPointer at) throws ConfigurationException {
        List<String> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (v.isTextual()) {
            out.add(v.asText());
            return out;
        }
        if (!v.isArray()) {
            throw error(at, "'" + name(at) + "' must be a list of strings");
        }
        int i = 0;
        for (JsonNode n : v) {
            if (!n.isTextual() || n.asText().isBlank()) {
                throw error(at.appendIndex(i), "'" + name(at) + "' must be a list of non-empty strings");
            }
            out.add(n.asText());
            i++;
        }
        return out;
    }

    private List<Path> files(JsonNode v, JsonPointer at, String kind) throws ConfigurationException {
        List<Path> out = new ArrayList<>();
        List<String> names = strings(v, at);
        for (int i = 0; i < names.size(); i++) {
            Path p = folder.resolve(names.get(i)).normalize();
            if (!Files.isRegularFile(p)) {
                throw error(v.isArray() ? at.appendIndex(i) : at, kind + " file '" + names.get(i)
                        + "' does not exist (looked for " + p + "; relative paths start at the configuration file's folder)");
            }
            out.add(p);
        }
        return out;
    }

    private List<String> inputPaths(JsonNode v, JsonPointer at) throws ConfigurationException {
        List<String> out = new ArrayList<>();
        List<String> names = strings(v, at);
        for (int i = 0; i < names.size(); i++) {
            Path p = folder.resolve(names.get(i)).normalize();
            if (!Files.exists(p)) {
                throw error(v.isArray() ? at.appendIndex(i) : at, "input '" + names.get(i)
                        + "' does not exist (looked for " + p + ")");
            }
            // inside the working folder, keep reported paths short and relative
            out.add(p.startsWith(workingFolder) ? workingFolder.relativize(p).toString().replace('\\', '/')
                    : p.toString());
        }
        return out.stream().map(s -> s.isEmpty() ? "." : s).toList();
    }

    private List<String> globs(JsonNode v, JsonPointer at) throws ConfigurationException {
        List<String> out = strings(v, at);
        for (int i = 0; i < out.size(); i++) {
            try {
                FileSystems.getDefault().getPathMatcher("glob:" + out.get(i));
            } catch (PatternSyntaxException e) {
                throw error(v.isArray() ? at.appendIndex(i) : at, "bad glob '" + out.get(i) + "': " + e.getDescription());
            }
        }
        return out;
    }

    private void requireObject(JsonNode v, JsonPointer at, String what) throws ConfigurationException {
        if (!v.isObject()) {
            throw error(at, what + " must be a map of keys to values");
        }
    }

    private void checkKeys(JsonNode v, JsonPointer at, List<String> known, String where) throws ConfigurationException {
        for (Map.Entry<String, JsonNode> e : v.properties()) {
            String k = e.getKey();
            if (!known.contains(k)) {
                throw error(at.appendProperty(k), "unknown key '" + k + "'" + where + "; expected one of "
                        + String.join(", ", known));
            }
        }
    }

    private ConfigurationException error(JsonPointer at, String message) {
        Integer line = null;
        for (JsonPointer p = at; p != null && line == null; p = p.head()) {
            line = lines.get(p.toString());
        }
        return new ConfigurationException(file + (line != null && line > 0 ? ":" + line : "") + ": " + message);
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
