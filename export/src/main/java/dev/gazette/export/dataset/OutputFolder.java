package dev.gazette.export.dataset;

import dev.gazette.export.files.Utf8;
import dev.gazette.export.format.DatasetFiles;
import dev.gazette.model.io.InputScanner;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * An output folder that is Gazette's alone, written as a whole.
 *
 * <ul>
 *   <li>Files go into a temporary folder beside the target; only {@link #commit()} puts it in
 *       place, by renaming. A run that fails or is killed leaves the previous output untouched.</li>
 *   <li>The marker file {@value #MARKER} lists the files Gazette wrote. A target that holds any
 *       other file is refused, naming it; with {@code force} the run replaces only the listed
 *       files and keeps the others, moved by renaming into the new folder.</li>
 *   <li>An output folder inside an input folder, or an input inside the output folder, is refused
 *       ({@link #open(Path, boolean, Collection)}).</li>
 *   <li>A lock file beside the target ({@code .<name>.gazette-lock}, held with an operating-system
 *       lock that a killed process gives up; empty when no run holds it) refuses a second run into
 *       the same folder.</li>
 *   <li>Temporary folders left by killed runs ({@code .<name>.gazette-tmp-*},
 *       {@code .<name>.gazette-old-*}) are removed by the next run, or put back when a run was
 *       killed between the two renames of its commit. Only files Gazette wrote are ever deleted:
 *       a temporary folder that holds anything else is left, with a warning.</li>
 * </ul>
 */
public final class OutputFolder implements AutoCloseable, DatasetFiles {

    /** The marker file every Gazette output folder holds: a comment, then the files Gazette wrote, one a line. */
    public static final String MARKER = InputScanner.OUTPUT_MARKER;

    /** In a temporary folder of a {@code force} commit: the files that are not Gazette's, one a line. */
    static final String KEPT = ".gazette-kept";

    /** The content of the marker written before this version, which listed no files. */
    private static final String LEGACY_MARKER = "Written by Gazette. The whole folder is replaced on each run.";

    private static final String MARKER_HEADER = "# Written by Gazette. The next run into this folder replaces the"
            + " files listed below;\n# other files make it stop, unless it is given --force, which keeps them.\n";

    /** Names the versions before the marker listed its files wrote (used for a folder with the old marker). */
    private static final Pattern LEGACY_NAMES = Pattern.compile(
            "[^/]+\\.(csv|jsonl)|datapackage\\.json|dataset\\.xlsx|schemas/[^/]+\\.schema\\.json|texts/[^/]+\\.txt");

    private final Path target;
    private final Path staging;
    private final boolean force;
    private final OutputLock lock;
    private final List<String> warnings = new ArrayList<>();
    private boolean committed;
    private boolean closed;

    private OutputFolder(Path target, Path staging, boolean force, OutputLock lock, List<String> warnings) {
        this.target = target;
        this.staging = staging;
        this.force = force;
        this.lock = lock;
        this.warnings.addAll(warnings);
    }

    /** Prepares to write {@code target}, which must be empty, absent or Gazette's alone. */
    public static OutputFolder open(Path target) throws IOException {
        return open(target, false, List.of());
    }

    /**
     * Prepares to write {@code target}.
     *
     * @param force  replace only Gazette's own files in a folder that holds others, keeping those
     * @param inputs the run's inputs: none may hold the target, nor lie inside it
     * @throws IOException saying what to do, when the target is a file, holds files Gazette did not
     *                     write (without {@code force}), is nested with an input, is being written
     *                     by another run, or its parent folder cannot be written
     */
    public static OutputFolder open(Path target, boolean force, Collection<Path> inputs) throws IOException {
        Path abs = target.toAbsolutePath().normalize();
        if (abs.getParent() == null) {
            throw new IOException(target + " is the root folder; choose a folder of its own for --out");
        }
        if (Files.exists(abs) && !Files.isDirectory(abs)) {
            throw new IOException(target + " exists and is not a folder; choose another --out");
        }
        checkSeparate(target, inputs);
        Path parent = abs.getParent();
        Files.createDirectories(parent);
        OutputLock lock = OutputLock.acquire(parent.resolve("." + abs.getFileName() + ".gazette-lock"), target);
        try {
            List<String> warnings = new ArrayList<>();
            recover(abs, warnings);
            if (Files.isDirectory(abs) && !force) {
                List<String> foreign = foreign(abs);
                if (!foreign.isEmpty()) {
                    throw new IOException(target + " holds " + foreign.get(0)
                            + (foreign.size() > 1 ? " and " + (foreign.size() - 1) + " more file"
                            + (foreign.size() > 2 ? "s" : "") : "")
                            + " that Gazette did not write; move " + (foreign.size() > 1 ? "them" : "it")
                            + " out of the folder or choose another --out, or give --force to keep "
                            + (foreign.size() > 1 ? "them" : "it") + " and replace only Gazette's own files");
                }
            }
            Path staging = Files.createTempDirectory(parent, "." + abs.getFileName() + ".gazette-tmp-");
            Files.writeString(staging.resolve(MARKER), MARKER_HEADER, StandardCharsets.UTF_8);
            return new OutputFolder(abs, staging, force, lock, warnings);
        } catch (IOException | RuntimeException | Error e) {
            lock.release();
            throw e;
        }
    }

    /**
     * Refuses an output folder inside an input folder (the next run would read the dataset as
     * articles) and an input inside the output folder (the run replaces it). Symbolic links are
     * followed, so a link cannot hide the nesting.
     *
     * @throws IOException naming both paths and what to do
     */
    public static void checkSeparate(Path target, Collection<Path> inputs) throws IOException {
        Path out = real(target);
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                continue; // reported by the input scanner
            }
            Path in = real(input);
            if (in.equals(out)) {
                throw new IOException("the output folder " + target + " is also an input; the run would replace"
                        + " its own input: choose an --out outside the inputs");
            }
            if (out.startsWith(in) && Files.isDirectory(in)) {
                throw new IOException("the output folder " + target + " is inside the input folder " + input
                        + "; choose an --out outside the inputs, so that the dataset is never read as articles");
            }
            if (in.startsWith(out)) {
                throw new IOException("the input " + input + " is inside the output folder " + target
                        + ", which the run replaces; move the input out of it or choose another --out");
            }
        }
    }

    /** The path with every existing part resolved (symbolic links followed), the rest appended. */
    private static Path real(Path p) throws IOException {
        Path abs = p.toAbsolutePath().normalize();
        Path existing = abs;
        List<Path> rest = new ArrayList<>();
        while (existing != null && !Files.exists(existing)) {
            rest.add(0, existing.getFileName());
            existing = existing.getParent();
        }
        Path r = existing == null ? abs.getRoot() : existing.toRealPath();
        for (Path part : rest) {
            r = r.resolve(part);
        }
        return r;
    }

    /** The final location. */
    public Path target() {
        return target;
    }

    /**
     * What the user should know about the folder, one line each: temporary folders of killed
     * runs that hold files Gazette did not write, and so were left in place.
     */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    /** Where a file called {@code name} is written before the commit; sub-folders are created. */
    @Override
    public Path file(String name) throws IOException {
        Path p = staging.resolve(name).normalize();
        if (!p.startsWith(staging) || p.equals(staging) || p.getFileName().toString().equals(MARKER)
                || p.getFileName().toString().equals(KEPT)) {
            throw new IOException("refusing to write '" + name + "' outside the output folder");
        }
        Files.createDirectories(p.getParent());
        return p;
    }

    /** A sub-folder {@code name} of the staging folder, created, for scratch files removed before the commit. */
    @Override
    public Path directory(String name) throws IOException {
        Path p = staging.resolve(name).normalize();
        if (!p.startsWith(staging) || p.equals(staging)) {
            throw new IOException("refusing to use '" + name + "' as a folder inside the output folder");
        }
        return Files.createDirectories(p);
    }

    /**
     * Opens a UTF-8 writer for {@code name} in the staging folder; characters UTF-8 cannot encode
     * (unpaired surrogates) are written as U+FFFD.
     */
    @Override
    public Writer writer(String name) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file(name)), Utf8.encoder()), 1 << 16);
    }

    /**
     * Puts the written folder in place of the target: the marker records the files written;
     * with {@code force}, the files of the target that Gazette did not write are moved into the
     * new folder first.
     *
     * @throws IOException when the folder cannot be put in place (the previous one is then kept),
     *                     or, with {@code force}, when a file Gazette did not write is in the way of
     *                     one it wrote
     */
    public void commit() throws IOException {
        List<String> written = files(staging);
        Files.writeString(staging.resolve(MARKER), MARKER_HEADER + String.join("\n", written)
                + (written.isEmpty() ? "" : "\n"), StandardCharsets.UTF_8);
        List<String> kept = force && Files.isDirectory(target) ? keepForeignFiles(written) : List.of();
        Path old = null;
        try {
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
        } catch (IOException | RuntimeException e) {
            for (String f : kept) { // give the kept files back
                move(staging.resolve(f), target.resolve(f));
            }
            Files.deleteIfExists(staging.resolve(KEPT));
            throw e;
        }
        committed = true;
        publish(target);
        Files.deleteIfExists(target.resolve(KEPT));
        if (old != null) {
            removeOwn(old, warnings);
        }
    }

    /** Moves the target's files that Gazette did not write into the staging folder, so that they are kept. */
    private List<String> keepForeignFiles(List<String> written) throws IOException {
        List<String> foreign = foreign(target);
        Set<String> ours = new TreeSet<>(written);
        for (String f : foreign) {
            if (ours.contains(f)) {
                throw new IOException(target + " holds " + f + ", which Gazette did not write and would now replace;"
                        + " move it out of the folder or choose another --out (nothing was changed)");
            }
        }
        if (foreign.isEmpty()) {
            return foreign;
        }
        // recorded first, so that a run killed while moving leaves them listed, and never deleted
        Files.writeString(staging.resolve(KEPT), String.join("\n", foreign) + "\n", StandardCharsets.UTF_8);
        for (String f : foreign) {
            Path to = staging.resolve(f);
            Files.createDirectories(to.getParent());
            move(target.resolve(f), to);
        }
        return foreign;
    }

    /** Removes the staging folder unless committed, and gives up the lock. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (!committed) {
                removeOwn(staging, new ArrayList<>());
            }
        } finally {
            lock.release();
        }
    }

    /**
     * Deals with what killed runs left beside {@code target}: an old folder of a commit killed
     * between its two renames is put back in place; other temporary folders are removed.
     */
    private static void recover(Path target, List<String> warnings) throws IOException {
        String name = target.getFileName().toString();
        String tmp = "." + name + ".gazette-tmp-";
        String old = "." + name + ".gazette-old-";
        List<Path> leftovers = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(target.getParent())) {
            for (Path p : s) {
                String n = p.getFileName().toString();
                if ((n.startsWith(tmp) || n.startsWith(old)) && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    leftovers.add(p);
                }
            }
        }
        leftovers.sort(Comparator.naturalOrder());
        for (Path p : leftovers) {
            if (!Files.exists(target) && p.getFileName().toString().startsWith(old)) {
                move(p, target); // the previous output, moved away by a commit that was killed
            } else {
                removeOwn(p, warnings);
            }
        }
    }

    /**
     * Deletes the files Gazette wrote in {@code dir} (its marker's list; in a staging folder,
     * everything but the files a force commit recorded as kept), then empty folders and
     * {@code dir} itself. Anything else stays, and a warning says where.
     */
    static void removeOwn(Path dir, List<String> warnings) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        boolean isStaging = dir.getFileName().toString().contains(".gazette-tmp-");
        Set<String> keep = new TreeSet<>(isStaging ? kept(dir) : foreign(dir));
        for (String f : files(dir)) {
            if (!keep.contains(f)) {
                Files.deleteIfExists(dir.resolve(f));
            }
        }
        if (keep.isEmpty()) {
            Files.deleteIfExists(dir.resolve(KEPT));
            Files.deleteIfExists(dir.resolve(MARKER));
        }
        List<Path> folders;
        try (Stream<Path> walk = Files.walk(dir)) {
            folders = walk.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .sorted(Comparator.reverseOrder()).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        for (Path f : folders) {
            if (isEmpty(f)) {
                Files.delete(f);
            }
        }
        if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            warnings.add("left " + dir + " in place: it holds " + (keep.isEmpty() ? "files" : keep.iterator().next())
                    + " that Gazette did not write (from a run that was stopped); look through it and remove it");
        }
    }

    /** The files of a staging folder that a force commit recorded as kept (not Gazette's). */
    private static List<String> kept(Path dir) throws IOException {
        Path list = dir.resolve(KEPT);
        if (!Files.isRegularFile(list)) {
            return List.of();
        }
        return Files.readAllLines(list, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
    }

    /**
     * The files under {@code dir} that Gazette did not write (relative, forward slashes, sorted):
     * every file when there is no marker, else those its marker does not list. A folder written
     * before the marker listed its files counts Gazette's usual file names as its own.
     */
    static List<String> foreign(Path dir) throws IOException {
        Path marker = dir.resolve(MARKER);
        List<String> all = files(dir);
        if (!Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS)) {
            return all;
        }
        Set<String> listed = listed(marker);
        boolean legacy = listed == null;
        List<String> out = new ArrayList<>();
        for (String f : all) {
            boolean own = legacy ? LEGACY_NAMES.matcher(f).matches() : listed.contains(f);
            if (!own) {
                out.add(f);
            }
        }
        return out;
    }

    /** The files a marker lists, or {@code null} for the marker of an older version, which listed none. */
    private static Set<String> listed(Path marker) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(marker, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            return Set.of(); // not a marker Gazette wrote: it lists nothing
        }
        if (lines.size() == 1 && lines.get(0).strip().equals(LEGACY_MARKER)) {
            return null;
        }
        Set<String> out = new TreeSet<>();
        for (String l : lines) {
            if (!l.isBlank() && !l.startsWith("#")) {
                out.add(l);
            }
        }
        return out;
    }

    /** Every file under {@code dir} but the marker and the kept list, relative with forward slashes, sorted. */
    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .map(p -> relative(dir, p))
                    .filter(r -> !r.equals(MARKER) && !r.equals(KEPT))
                    .sorted()
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static String relative(Path dir, Path p) {
        return dir.relativize(p).toString().replace('\\', '/');
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
        } catch (NoSuchFileException e) {
            return false;
        }
    }
}
