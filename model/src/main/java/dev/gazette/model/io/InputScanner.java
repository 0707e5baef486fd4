package dev.gazette.model.io;

import dev.gazette.model.Finding;
import dev.gazette.model.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Expands the user's inputs (files and folders) into the list of article files, in a
 * stable order. A folder contributes its {@code .txt} files, recursively, skipping hidden
 * entries; a file named directly is read whatever its extension.
 */
public final class InputScanner {

    /**
     * The file every folder Gazette writes holds ({@code OutputFolder.MARKER} in the export
     * module): a folder holding it is never read as input, so Gazette never reads its own tables
     * as articles.
     */
    public static final String OUTPUT_MARKER = ".gazette-output";

    /** The files found, and notes about inputs that held none. */
    public record Scan(List<InputFile> files, List<Finding> notes) {
        public Scan {
            files = List.copyOf(files);
            notes = List.copyOf(notes);
        }
    }

    private final Predicate<String> accept;
    private final String patterns;

    /** Scans for {@code .txt} files. */
    public InputScanner() {
        this(name -> name.toLowerCase(Locale.ROOT).endsWith(".txt"), "*.txt");
    }

    /** Scans folders for files whose name passes {@code accept}. */
    public InputScanner(Predicate<String> accept) {
        this(accept, "matching");
    }

    private InputScanner(Predicate<String> accept, String patterns) {
        this.accept = accept;
        this.patterns = patterns;
    }

    /**
     * Scans folders for the files of {@code format} (its extensions, optionally {@code .gz}), or,
     * when {@code format} is {@code null}, for the files of every format: article text files and
     * corpus files alike.
     */
    public static InputScanner forFormat(InputFormat format) {
        List<String> exts = new ArrayList<>();
        for (InputFormat f : InputFormat.values()) {
            if (format == null || f == format) {
                exts.addAll(f.extensions());
            }
        }
        String patterns = String.join(", ", exts.stream().map(e -> "*." + e).toList()) + ", optionally .gz";
        return new InputScanner(name -> exts.contains(InputFormat.extension(name)), patterns);
    }

    /**
     * Lists the article files under {@code inputs}.
     *
     * @throws InputException when an input does not exist or is neither a file nor a folder
     */
    public Scan scan(List<String> inputs) throws InputException {
        List<InputFile> files = new ArrayList<>();
        List<Finding> notes = new ArrayList<>();
        for (String given : inputs) {
            Path path = Path.of(given);
            String base = slashes(given);
            Path output = outputFolderOf(path);
            if (output != null) {
                notes.add(skippedOutput(base));
            } else if (Files.isDirectory(path)) {
                List<InputFile> found = walk(path, base, notes);
                if (found.isEmpty()) {
                    notes.add(Finding.fileLevel("no-articles", Severity.WARNING, "", base,
                            "Folder holds no article files (" + patterns + ")",
                            "Check the path, or put one article per .txt file in it."));
                }
                files.addAll(found);
            } else if (Files.isRegularFile(path)) {
                files.add(new InputFile(path, base));
            } else if (Files.exists(path)) {
                throw new InputException(given + ": not a regular file or folder");
            } else {
                throw new InputException(given + ": no such file or folder; check the path");
            }
        }
        files.sort(Comparator.comparing(InputFile::source));
        return new Scan(dedupe(files), notes);
    }

    private List<InputFile> walk(Path dir, String base, List<Finding> notes) throws InputException {
        String prefix = base.endsWith("/") ? base : base + "/";
        List<InputFile> out = new ArrayList<>();
        try {
            // symbolic links are followed (a corpus folder is often a link to shared storage); a
            // link back up the tree is a loop, reported as an error naming it
            Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    if (d.equals(dir)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (d.getFileName().toString().startsWith(".")) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    if (Files.isRegularFile(d.resolve(OUTPUT_MARKER))) {
                        notes.add(skippedOutput(prefix + slashes(dir.relativize(d).toString())));
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path p, IOException e) throws IOException {
                    if (e instanceof FileSystemLoopException) {
                        throw new IOException(prefix + slashes(dir.relativize(p).toString())
                                + " is a link back to a folder above it (a loop); remove the link, or give the folders"
                                + " as separate inputs", e);
                    }
                    throw e;
                }

                @Override
                public FileVisitResult visitFile(Path p, BasicFileAttributes attrs) {
                    String name = p.getFileName().toString();
                    if (!name.startsWith(".") && accept.test(name) && !Files.isDirectory(p)) {
                        out.add(new InputFile(p, prefix + slashes(dir.relativize(p).toString())));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
            return out;
        } catch (IOException | UncheckedIOException e) {
            throw new InputException(base + ": cannot list the folder (" + e.getMessage() + ")");
        }
    }

    /**
     * The Gazette output folder {@code path} is or lies in (the nearest folder, from {@code path}
     * up, that holds {@link #OUTPUT_MARKER}), or {@code null}.
     */
    public static Path outputFolderOf(Path path) {
        Path p = path.toAbsolutePath().normalize();
        if (!Files.isDirectory(p)) {
            p = p.getParent();
        }
        for (; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve(OUTPUT_MARKER))) {
                return p;
            }
        }
        return null;
    }

    private static Finding skippedOutput(String folder) {
        return Finding.fileLevel("skipped-output", Severity.INFO, "", folder,
                "Skipped: " + folder + " is (or lies in) a folder Gazette wrote (it holds " + OUTPUT_MARKER
                        + "); Gazette never reads its own output as articles",
                "Give the folders of the articles as input, not an output folder.");
    }

    private static List<InputFile> dedupe(List<InputFile> sorted) {
        List<InputFile> out = new ArrayList<>(sorted.size());
        InputFile last = null;
        for (InputFile f : sorted) {
            if (last == null || !last.source().equals(f.source())) {
                out.add(f);
            }
            last = f;
        }
        return out;
    }

    private static String slashes(String path) {
        String s = path.replace('\\', '/');
        while (s.startsWith("./") && s.length() > 2) {
            s = s.substring(2);
        }
        return s;
    }
}
