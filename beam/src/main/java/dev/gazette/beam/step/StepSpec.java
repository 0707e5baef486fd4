package dev.gazette.beam.step;

import dev.gazette.model.io.DocumentReader;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Everything a worker needs to build the same per-article step as {@code gazette export}: the
 * flags, and the user's reference files (boilerplate patterns, entity registries, word lists)
 * carried as their bytes, so that workers need no access to the machine that launched the job.
 *
 * @param maxFileBytes    the largest article file read ({@code --max-file-size})
 * @param recurringMin    a short line in at least this many articles is boilerplate ({@code --recurring-min})
 * @param boilerplate     extra boilerplate pattern files ({@code --boilerplate})
 * @param registries      extra entity registry files ({@code --registry})
 * @param defaultRegistry whether the bundled registry is used ({@code --no-default-registry} turns it off)
 * @param lexicons        extra word lists ({@code --lexicon})
 */
public record StepSpec(long maxFileBytes, int recurringMin, List<FileContent> boilerplate,
                       List<FileContent> registries, boolean defaultRegistry, List<FileContent> lexicons)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public StepSpec {
        boilerplate = List.copyOf(boilerplate);
        registries = List.copyOf(registries);
        lexicons = List.copyOf(lexicons);
    }

    /** The defaults of {@code gazette export}. */
    public static StepSpec defaults() {
        return new StepSpec(DocumentReader.DEFAULT_MAX_BYTES, 3, List.of(), List.of(), true, List.of());
    }

    /**
     * A reference file: its name (registries are read by extension) and bytes.
     *
     * @param name    the file name as the user gave it
     * @param content the bytes
     */
    public record FileContent(String name, byte[] content) implements Serializable {
        private static final long serialVersionUID = 1L;

        public FileContent {
            Objects.requireNonNull(name, "name");
            content = content.clone();
        }

        /** Reads {@code file}. */
        public static FileContent of(Path file) throws IOException {
            return new FileContent(file.toString(), Files.readAllBytes(file));
        }

        /** Reads each of {@code files}. */
        public static List<FileContent> of(List<Path> files) throws IOException {
            List<FileContent> out = new ArrayList<>(files.size());
            for (Path f : files) {
                out.add(of(f));
            }
            return out;
        }

        @Override
        public byte[] content() {
            return content.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof FileContent f && f.name.equals(name) && Arrays.equals(f.content, content);
        }

        @Override
        public int hashCode() {
            return 31 * name.hashCode() + Arrays.hashCode(content);
        }

        @Override
        public String toString() {
            return name + " (" + content.length + " bytes)";
        }
    }
}
