package dev.gazette.validate;

import java.nio.file.Path;
import java.util.List;

/**
 * Reference data the user points the rules at, beyond the bundled defaults: entity
 * registries and word lists. Rules read it when they are created.
 *
 * @param registryFiles   extra entity registry files ({@code --registry}), in order
 * @param defaultRegistry whether the bundled entity registry is used
 * @param lexiconFiles    extra word lists, one word a line
 */
public record RuleEnvironment(List<Path> registryFiles, boolean defaultRegistry, List<Path> lexiconFiles) {

    public RuleEnvironment {
        registryFiles = List.copyOf(registryFiles);
        lexiconFiles = List.copyOf(lexiconFiles);
    }

    /** The bundled reference data only. */
    public static RuleEnvironment defaults() {
        return new RuleEnvironment(List.of(), true, List.of());
    }
}
