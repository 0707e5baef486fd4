package dev.gazette.analysis;

import java.nio.file.Path;
import java.util.List;

/**
 * Reference data the user points the analysis and the rules at, beyond the bundled defaults:
 * entity registries and word lists. Read when the analysis and the rules are created.
 *
 * @param registryFiles   extra entity registry files ({@code --registry}), in order
 * @param defaultRegistry whether the bundled entity registry is used
 * @param lexiconFiles    extra word lists, one word a line
 */
public record ReferenceData(List<Path> registryFiles, boolean defaultRegistry, List<Path> lexiconFiles) {

    public ReferenceData {
        registryFiles = List.copyOf(registryFiles);
        lexiconFiles = List.copyOf(lexiconFiles);
    }

    /** The bundled reference data only. */
    public static ReferenceData defaults() {
        return new ReferenceData(List.of(), true, List.of());
    }
}
