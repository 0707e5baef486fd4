package dev.gazette.beam.write;

import dev.gazette.export.format.DatasetFiles;
import java.io.IOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.util.MimeTypes;

/**
 * Where a format writes one part of a sharded dataset: a table file {@code T.ext} becomes part
 * {@code T/part-NNNNN.ext} of the dataset folder, on any file system Beam knows; the format's
 * descriptors are not written per part (the final step writes them once).
 */
final class ShardFiles implements DatasetFiles {

    private final ResourceId folder;
    private final Set<String> tables;
    private final int part;
    private final List<String> written = new ArrayList<>();

    ShardFiles(ResourceId folder, Set<String> tables, int part) {
        this.folder = folder;
        this.tables = Set.copyOf(tables);
        this.part = part;
    }

    /** The part file of table file {@code name} ({@code articles.csv} -> {@code articles/part-00003.csv}). */
    static String partName(String name, int part) {
        int dot = name.lastIndexOf('.');
        return name.substring(0, dot) + "/" + String.format("part-%05d", part) + name.substring(dot);
    }

    @Override
    public Writer writer(String name) throws IOException {
        int dot = name.lastIndexOf('.');
        if (name.indexOf('/') >= 0 || dot <= 0 || !tables.contains(name.substring(0, dot))) {
            return Writer.nullWriter();
        }
        String relative = partName(name, part);
        written.add(name);
        return Channels.newWriter(FileSystems.create(resolve(folder, relative), MimeTypes.TEXT),
                StandardCharsets.UTF_8);
    }

    @Override
    public Path file(String name) {
        throw new UnsupportedOperationException("a sharded dataset has no local file " + name);
    }

    @Override
    public Path directory(String name) {
        throw new UnsupportedOperationException("a sharded dataset has no local folder " + name);
    }

    /** The table files this part wrote, in order. */
    List<String> written() {
        return List.copyOf(written);
    }

    /** {@code relative} (slash-separated) resolved against the folder {@code base}. */
    static ResourceId resolve(ResourceId base, String relative) {
        String[] parts = relative.split("/");
        ResourceId id = base;
        for (int i = 0; i < parts.length - 1; i++) {
            id = id.resolve(parts[i], ResolveOptions.StandardResolveOptions.RESOLVE_DIRECTORY);
        }
        return id.resolve(parts[parts.length - 1], ResolveOptions.StandardResolveOptions.RESOLVE_FILE);
    }
}
