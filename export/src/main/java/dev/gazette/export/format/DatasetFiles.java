package dev.gazette.export.format;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;

/**
 * Where a dataset format writes its files: names relative to the dataset folder, which must
 * stay inside it. The dataset folder (an output folder put in place only when complete)
 * implements it.
 */
public interface DatasetFiles {

    /** A UTF-8 writer for the file {@code name} (folders created as needed). */
    Writer writer(String name) throws IOException;

    /** The path of the file {@code name} (folders created as needed), for writers that need a path. */
    Path file(String name) throws IOException;

    /** A scratch folder {@code name} inside the dataset folder (created). */
    Path directory(String name) throws IOException;
}
