package dev.gazette.export.files;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file whole or not at all: the text goes into a temporary file beside it, which is
 * renamed over the target only when complete. A run that fails or is killed midway leaves the
 * previous file as it was (and at worst a hidden {@code .<name>.*.gazette-tmp} file, which the
 * next write of the same target removes). Text is UTF-8 through {@link Utf8}.
 */
public final class AtomicFile {

    /** Writes the content to a writer; may fail midway. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Writer out) throws IOException;
    }

    private AtomicFile() {
    }

    /**
     * Writes {@code content} to {@code target} atomically, creating its folder.
     *
     * @throws IOException naming the target when it cannot be written; the previous file is then unchanged
     */
    public static void write(Path target, Content content) throws IOException {
        Path abs = target.toAbsolutePath().normalize();
        Path dir = abs.getParent();
        if (Files.isDirectory(abs)) {
            throw new IOException("cannot write " + target + ": it is a folder; give a file name");
        }
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            removeLeftovers(dir, abs.getFileName().toString());
            tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".gazette-tmp");
            try (OutputStream os = Files.newOutputStream(tmp); Writer w = Utf8.writer(os)) {
                content.writeTo(w);
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException e) {
            throw new IOException("cannot write " + target + " (the previous file, if any, is left as it was): "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        } finally {
            if (tmp != null) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    /** Removes temporary files an earlier, killed write of {@code name} left in {@code dir}. */
    private static void removeLeftovers(Path dir, String name) throws IOException {
        String prefix = "." + name + ".";
        try (var s = Files.newDirectoryStream(dir, p -> {
            String n = p.getFileName().toString();
            return n.startsWith(prefix) && n.endsWith(".gazette-tmp") && Files.isRegularFile(p);
        })) {
            for (Path p : s) {
                Files.deleteIfExists(p);
            }
        }
    }
}
