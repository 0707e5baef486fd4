package dev.gazette.beam.write;

import dev.gazette.export.dataset.OutputFolder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.ResourceId;

/**
 * Merges a sharded dataset into the single files {@code gazette export} writes: each table
 * file is its parts concatenated in order (a CSV part after the first without its byte-order
 * mark and header row), the descriptors are copied as they are, and the folder is put in place
 * as the local export's output folder is (complete, or not at all). The sharded dataset may be on
 * any file system Beam knows; the merged one is local.
 */
public final class Merge {

    private Merge() {
    }

    /**
     * Merges the dataset at {@code from} into the folder {@code to}.
     *
     * @return the files written, in order
     * @throws IOException when {@code from} holds no complete dataset (no manifest), a part is
     *                     missing, or {@code to} cannot be written
     */
    public static List<String> merge(String from, Path to) throws IOException {
        ResourceId dir = FileSystems.matchNewResource(from.endsWith("/") ? from : from + "/", true);
        ResourceId manifestId = ShardFiles.resolve(dir, Manifest.FILE);
        MatchResult m = FileSystems.match(manifestId.toString());
        if (m.status() != MatchResult.Status.OK || m.metadata().isEmpty()) {
            throw new IOException(from + " holds no complete Gazette dataset: " + Manifest.FILE
                    + " is missing (the job failed or is still running?)");
        }
        Manifest manifest = Manifest.parse(read(manifestId), manifestId.toString());
        List<String> written = new ArrayList<>();
        try (OutputFolder folder = OutputFolder.open(to)) {
            for (var e : manifest.parts().entrySet()) {
                boolean csv = e.getKey().endsWith(".csv");
                try (OutputStream out = Files.newOutputStream(folder.file(e.getKey()))) {
                    boolean first = true;
                    for (String part : e.getValue()) {
                        copy(ShardFiles.resolve(dir, part), out, csv && !first);
                        first = false;
                    }
                }
                written.add(e.getKey());
            }
            for (String d : manifest.descriptors()) {
                try (OutputStream out = Files.newOutputStream(folder.file(d))) {
                    copy(ShardFiles.resolve(dir, d), out, false);
                }
                written.add(d);
            }
            folder.commit();
        }
        return written;
    }

    /** Copies {@code part} to {@code out}; {@code skipHeader} drops a byte-order mark and the first line. */
    private static void copy(ResourceId part, OutputStream out, boolean skipHeader) throws IOException {
        try (InputStream in = Channels.newInputStream(FileSystems.open(part))) {
            if (skipHeader) {
                int b = in.read();
                if (b == 0xEF) {
                    in.read();
                    in.read();
                    b = in.read();
                }
                while (b != -1 && b != '\n') {
                    b = in.read();
                }
            }
            in.transferTo(out);
        } catch (java.io.FileNotFoundException e) {
            throw new IOException("part " + part + " of the dataset is missing; run the job again", e);
        }
    }

    private static String read(ResourceId id) throws IOException {
        try (InputStream in = Channels.newInputStream(FileSystems.open(id))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
