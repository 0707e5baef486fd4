package dev.gazette.analysis;

import java.nio.file.Path;
import java.util.List;

/**
 * Reference data the user points the analysis and the rules at, beyond the bundled defaults:
 * entity registries (which also hold the posts people held, so a timeline file is a registry file),
 * word lists and files of dated events. Read when the analysis and the rules are created.
 *
 * @param registryFiles   extra entity registry files ({@code --registry}), in order
 * @param defaultRegistry whether the bundled entity registry is used
 * @param lexiconFiles    extra word lists, one word a line
 * @param datedEventFiles extra files of events with known dates ({@code --dated-events}), in the format of the
 *                        bundled {@code dated-events.tsv}
 */
public record ReferenceData(List<Path> registryFiles, boolean defaultRegistry, List<Path> lexiconFiles,
                            List<Path> datedEventFiles) {

    public ReferenceData {
        registryFiles = List.copyOf(registryFiles);
        lexiconFiles = List.copyOf(lexiconFiles);
        datedEventFiles = List.copyOf(datedEventFiles);
    }

    /** Reference data without extra dated-event files. */
    public ReferenceData(List<Path> registryFiles, boolean defaultRegistry, List<Path> lexiconFiles) {
        this(registryFiles, defaultRegistry, lexiconFiles, List.of());
    }

    /** The bundled reference data only. */
    public static ReferenceData defaults() {
        return new ReferenceData(List.of(), true, List.of());
    }

    /** This reference data with {@code files} as its extra dated-event files. */
    public ReferenceData withDatedEventFiles(List<Path> files) {
        return new ReferenceData(registryFiles, defaultRegistry, lexiconFiles, files);
    }
}
