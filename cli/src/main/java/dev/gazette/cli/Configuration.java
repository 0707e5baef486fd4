package dev.gazette.cli;

import dev.gazette.analysis.ReferenceData;
import dev.gazette.validate.RuleSettings;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;

/**
 * The settings of a configuration file ({@code gazette.yaml}), read by
 * {@link ConfigurationReader}: which rules run, at which severity and with which options;
 * extra reference files; and which inputs to read. Paths are already resolved against the
 * file's folder. Immutable.
 *
 * @param file            the file it was read from, or {@code null} for the defaults
 * @param settings        rules enabled, severities and options
 * @param registries      extra entity registry files
 * @param defaultRegistry whether the bundled entity registry is used
 * @param lexicons        extra word lists
 * @param boilerplate     extra boilerplate pattern files
 * @param paths           default inputs when the command line names none
 * @param include         globs an input must match (any of them) to be read; empty = all
 * @param exclude         globs that keep an input out
 */
record Configuration(Path file, RuleSettings settings, List<Path> registries, boolean defaultRegistry,
                     List<Path> lexicons, List<Path> boilerplate, List<String> paths,
                     List<String> include, List<String> exclude) {

    /** The name looked for in the working folder. */
    static final String FILE_NAME = "gazette.yaml";

    Configuration {
        registries = List.copyOf(registries);
        lexicons = List.copyOf(lexicons);
        boilerplate = List.copyOf(boilerplate);
        paths = List.copyOf(paths);
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
    }

    /** No file: every rule at its default, bundled reference data, every input. */
    static Configuration defaults() {
        return new Configuration(null, RuleSettings.defaults(), List.of(), true, List.of(), List.of(),
                List.of(), List.of(), List.of());
    }

    /** The reference data for the rules. */
    ReferenceData environment() {
        return new ReferenceData(registries, defaultRegistry, lexicons);
    }

    /**
     * True when an input reported as {@code source} (forward slashes) passes the include and
     * exclude globs. A glob without {@code /} is matched against the file name, any other
     * against the whole path; a leading {@code **}{@code /} also matches no folder at all.
     */
    boolean accepts(String source) {
        return (include.isEmpty() || matchesAny(include, source)) && !matchesAny(exclude, source);
    }

    private static boolean matchesAny(List<String> globs, String source) {
        for (String g : globs) {
            if (matches(g, source)) {
                return true;
            }
        }
        return false;
    }

    static boolean matches(String glob, String source) {
        String s = source.replace('\\', '/');
        List<String> candidates = new ArrayList<>();
        if (glob.contains("/")) {
            candidates.add(glob);
            String g = glob;
            while (g.startsWith("**/")) {
                g = g.substring(3);
                candidates.add(g);
            }
        } else {
            candidates.add(glob);
            int slash = s.lastIndexOf('/');
            s = s.substring(slash + 1);
        }
        Path path = Path.of(s);
        for (String c : candidates) {
            PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + c);
            if (m.matches(path)) {
                return true;
            }
        }
        return false;
    }
}
