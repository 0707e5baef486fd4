package dev.gazette.beam.write;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.MoveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;

/**
 * Puts a finished sharded dataset in place, so that the output is complete or absent. On a local
 * file system the staging folder is renamed to the target (one atomic rename; an earlier Gazette
 * dataset there is moved aside first and deleted after). On other file systems, which have no
 * atomic rename of a folder, the files are moved one by one and the manifest last: a folder
 * without {@link Manifest#FILE} is not a dataset, and {@code merge} refuses it.
 */
public final class Commit {

    private Commit() {
    }

    /** The staging folder for {@code target}: a sibling, hidden, unique to this run. */
    public static String stagingFor(String target) {
        String t = target.endsWith("/") ? target.substring(0, target.length() - 1) : target;
        int slash = t.lastIndexOf('/');
        String parent = slash < 0 ? "" : t.substring(0, slash + 1);
        String name = t.substring(slash + 1);
        return parent + "." + name + ".gazette-beam-tmp-" + UUID.randomUUID() + "/";
    }

    /**
     * Checks, before the job runs, that {@code target} may be written: it does not exist, is an
     * empty folder, or holds an earlier sharded dataset (its manifest).
     *
     * @throws IOException saying what is in the way
     */
    public static void checkTarget(String target) throws IOException {
        if (isLocal(target)) {
            Path p = Path.of(localPath(target));
            if (!Files.exists(p)) {
                return;
            }
            if (!Files.isDirectory(p)) {
                throw new IOException(target + " exists and is not a folder; choose another --output");
            }
            try (var s = Files.list(p)) {
                if (s.findAny().isPresent() && !Files.exists(p.resolve(Manifest.FILE))) {
                    throw new IOException(target + " is not empty and holds no Gazette dataset ("
                            + Manifest.FILE + "); choose another --output, or empty the folder first");
                }
            }
            return;
        }
        String dir = target.endsWith("/") ? target : target + "/";
        MatchResult all = FileSystems.match(dir + "*");
        if (all.status() == MatchResult.Status.OK && !all.metadata().isEmpty()) {
            MatchResult manifest = FileSystems.match(dir + Manifest.FILE);
            if (manifest.status() != MatchResult.Status.OK || manifest.metadata().isEmpty()) {
                throw new IOException(target + " is not empty and holds no Gazette dataset (" + Manifest.FILE
                        + "); choose another --output, or empty the folder first");
            }
        }
    }

    /** Moves the staged dataset to {@code target}; returns the manifest's location. */
    static String commit(String staging, String target, Manifest manifest) throws IOException {
        checkTarget(target);
        if (isLocal(target)) {
            Path from = Path.of(localPath(staging));
            Path to = Path.of(localPath(target)).toAbsolutePath();
            Path old = null;
            if (Files.exists(to)) {
                old = to.resolveSibling("." + to.getFileName() + ".gazette-beam-old-" + UUID.randomUUID());
                Files.move(to, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
            if (old != null) {
                deleteTree(old);
            }
            return to.resolve(Manifest.FILE).toString();
        }
        ResourceId from = FileSystems.matchNewResource(staging, true);
        ResourceId to = FileSystems.matchNewResource(target.endsWith("/") ? target : target + "/", true);
        removeEarlier(to);
        List<String> files = new ArrayList<>();
        manifest.parts().values().forEach(files::addAll);
        files.addAll(manifest.descriptors());
        List<ResourceId> src = new ArrayList<>();
        List<ResourceId> dst = new ArrayList<>();
        for (String f : files) {
            src.add(ShardFiles.resolve(from, f));
            dst.add(ShardFiles.resolve(to, f));
        }
        FileSystems.rename(src, dst, MoveOptions.StandardMoveOptions.IGNORE_MISSING_FILES);
        FileSystems.rename(List.of(ShardFiles.resolve(from, Manifest.FILE)), List.of(ShardFiles.resolve(to, Manifest.FILE)));
        return ShardFiles.resolve(to, Manifest.FILE).toString();
    }

    /** Deletes the files of an earlier dataset at {@code to}, its manifest first. */
    private static void removeEarlier(ResourceId to) throws IOException {
        ResourceId manifestId = ShardFiles.resolve(to, Manifest.FILE);
        MatchResult m = FileSystems.match(manifestId.toString());
        if (m.status() != MatchResult.Status.OK || m.metadata().isEmpty()) {
            return;
        }
        String json;
        try (InputStream in = Channels.newInputStream(FileSystems.open(manifestId))) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Manifest earlier = Manifest.parse(json, manifestId.toString());
        FileSystems.delete(List.of(manifestId));
        List<ResourceId> old = new ArrayList<>();
        earlier.parts().values().forEach(ps -> ps.forEach(p -> old.add(ShardFiles.resolve(to, p))));
        earlier.descriptors().forEach(d -> old.add(ShardFiles.resolve(to, d)));
        FileSystems.delete(old, MoveOptions.StandardMoveOptions.IGNORE_MISSING_FILES);
    }

    /** True for a path of the local file system (no scheme, or {@code file:}). */
    public static boolean isLocal(String location) {
        int colon = location.indexOf("://");
        return colon < 0 || location.substring(0, colon).equalsIgnoreCase("file")
                || (colon == 1 && Character.isLetter(location.charAt(0)));
    }

    /** The local path of a local location ({@code file://} removed). */
    public static String localPath(String location) {
        return location.regionMatches(true, 0, "file://", 0, 7) ? location.substring(7) : location;
    }

    private static void deleteTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
