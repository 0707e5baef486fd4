package dev.gazette.export.dataset;

import dev.gazette.export.format.DatasetFiles;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * An output folder written as a whole: files go into a temporary folder beside the target,
 * and only {@link #commit()} puts it in place, by renaming. A run that fails or is killed
 * leaves the previous output untouched (and at worst a {@code .gazette-tmp-*} folder). A
 * target that exists must be empty or an earlier Gazette output (it holds the marker file),
 * so a typo in {@code --out} never replaces someone's folder.
 */
public final class OutputFolder implements AutoCloseable, DatasetFiles {

    /** The marker file every Gazette output folder holds. */
    public static final String MARKER = ".gazette-output";

    private final Path target;
    private final Path staging;
    private boolean committed;

    private OutputFolder(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    /**
     * Prepares to write {@code target}.
     *
     * @throws IOException when the target is a file, or a non-empty folder Gazette did not write,
     *                     or the parent folder cannot be written
     */
    public static OutputFolder open(Path target) throws IOException {
        Path abs = target.toAbsolutePath().normalize();
        if (Files.exists(abs)) {
            if (!Files.isDirectory(abs)) {
                throw new IOException(target + " exists and is not a folder; choose another --out");
            }
            if (!isEmpty(abs) && !Files.exists(abs.resolve(MARKER))) {
                throw new IOException(target + " is not empty and was not written by Gazette; "
                        + "choose another --out, or empty the folder first");
            }
        }
        Path parent = abs.getParent();
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, "." + abs.getFileName() + ".gazette-tmp-");
        Files.writeString(staging.resolve(MARKER), "Written by Gazette. The whole folder is replaced on each run.\n",
                StandardCharsets.UTF_8);
        return new OutputFolder(abs, staging);
    }

    /** The final location. */
    public Path target() {
        return target;
    }

    /** Where a file called {@code name} is written before the commit; sub-folders are created. */
    public Path file(String name) throws IOException {
        Path p = staging.resolve(name).normalize();
        if (!p.startsWith(staging)) {
            throw new IOException("refusing to write '" + name + "' outside the output folder");
        }
        Files.createDirectories(p.getParent());
        return p;
    }

    /** A sub-folder {@code name} of the staging folder, created, for scratch files removed before the commit. */
    public Path directory(String name) throws IOException {
        Path p = staging.resolve(name).normalize();
        if (!p.startsWith(staging) || p.equals(staging)) {
            throw new IOException("refusing to use '" + name + "' as a folder inside the output folder");
        }
        return Files.createDirectories(p);
    }

    /** Opens a UTF-8 writer for {@code name} in the staging folder. */
    public Writer writer(String name) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file(name)), StandardCharsets.UTF_8),
                1 << 16);
    }

    /** Puts the written folder in place of the target. */
    public void commit() throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".gazette-old-");
            Files.delete(old);
            move(target, old);
        }
        try {
            move(staging, target);
        } catch (IOException e) {
            if (old != null) {
                move(old, target);
            }
            throw e;
        }
        committed = true;
        publish(target);
        if (old != null) {
            deleteTree(old);
        }
    }

    /** Removes the staging folder unless committed. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            deleteTree(staging);
        }
    }

    /**
     * A temporary folder is private (0700); the published dataset gets the permissions of an
     * ordinary folder (0755), so that the people it is shared with can read it.
     */
    private static void publish(Path folder) throws IOException {
        try {
            Files.setPosixFilePermissions(folder, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the folder keeps the system's default permissions
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
            Files.move(from, to);
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            return !s.iterator().hasNext();
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
