package dev.gazette.model.io.corpus;

import dev.gazette.model.Finding;
import dev.gazette.model.Severity;
import dev.gazette.model.io.DocumentReader;
import dev.gazette.model.io.DocumentSource;
import dev.gazette.model.io.InputFile;
import dev.gazette.model.io.InputFormat;
import dev.gazette.model.io.PendingDocument;
import dev.gazette.model.io.ReadResult;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The corpus given on the command line: article files (one document each) and corpus files
 * (JSON Lines, JSON, CSV, TSV; gzip or not) whose records are documents, in input order.
 * Every pass re-opens the files, so a pass holds one record at a time, never a whole file.
 */
public final class CorpusSource implements DocumentSource {

    /** The default limit on one record: as much as one article file ({@link DocumentReader#DEFAULT_MAX_BYTES}). */
    public static final long DEFAULT_MAX_RECORD_BYTES = DocumentReader.DEFAULT_MAX_BYTES;

    private final List<InputFile> files;
    private final List<InputFormat> formats;
    private final DocumentReader reader;
    private final FieldMapping mapping;
    private final long maxRecordBytes;
    private final long totalBytes;

    private CorpusSource(Builder b) {
        this.files = List.copyOf(b.files);
        this.reader = b.reader;
        this.mapping = b.mapping;
        this.maxRecordBytes = b.maxRecordBytes;
        List<InputFormat> fs = new ArrayList<>(files.size());
        long total = 0;
        for (InputFile f : files) {
            fs.add(b.format != null ? b.format : InputFormat.detect(f.path().getFileName().toString()));
            try {
                total += Files.size(f.path());
            } catch (IOException e) {
                // reported when the file is read
            }
        }
        this.formats = List.copyOf(fs);
        this.totalBytes = total;
    }

    /** A source over {@code files}; formats by extension, default field mapping, default reader. */
    public static Builder builder(List<InputFile> files) {
        return new Builder(files);
    }

    /** A source over plain article files, each read with {@code reader}, whatever their extension. */
    public static CorpusSource ofTextFiles(List<InputFile> files, DocumentReader reader) {
        return builder(files).reader(reader).format(InputFormat.TEXT).build();
    }

    /** The files, in order. */
    public List<InputFile> files() {
        return files;
    }

    @Override
    public long totalBytes() {
        return totalBytes;
    }

    @Override
    public Pass open() {
        return new FilePass();
    }

    /** Builds a {@link CorpusSource}. */
    public static final class Builder {
        private final List<InputFile> files;
        private DocumentReader reader = new DocumentReader();
        private FieldMapping mapping = FieldMapping.defaults();
        private InputFormat format;
        private long maxRecordBytes = DEFAULT_MAX_RECORD_BYTES;

        private Builder(List<InputFile> files) {
            this.files = Objects.requireNonNull(files, "files");
        }

        /** The reader of article files (size limit). */
        public Builder reader(DocumentReader r) {
            this.reader = Objects.requireNonNull(r);
            return this;
        }

        /** Which record fields hold id, title, text and date. */
        public Builder mapping(FieldMapping m) {
            this.mapping = Objects.requireNonNull(m);
            return this;
        }

        /** Reads every file in {@code f}; {@code null} detects each file's format from its name. */
        public Builder format(InputFormat f) {
            this.format = f;
            return this;
        }

        /**
         * The largest record read, in bytes (a JSON Lines line, a JSON element, a CSV row); a
         * larger one is a {@code malformed-record} finding, and is never held in memory whole.
         *
         * @throws IllegalArgumentException when {@code bytes} is less than 1
         */
        public Builder maxRecordBytes(long bytes) {
            if (bytes < 1) {
                throw new IllegalArgumentException("the record limit must be 1 byte or more, got " + bytes);
            }
            this.maxRecordBytes = bytes;
            return this;
        }

        public CorpusSource build() {
            return new CorpusSource(this);
        }
    }

    private final class FilePass implements Pass {
        private int next;
        private RecordStream records;
        private long doneBytes;
        private long currentSize;
        private volatile String current;

        @Override
        public PendingDocument next() {
            while (true) {
                if (records != null) {
                    PendingDocument d = records.next();
                    if (d != null) {
                        return d;
                    }
                    records.close();
                    records = null;
                    doneBytes += currentSize;
                }
                if (next >= files.size()) {
                    return null;
                }
                InputFile file = files.get(next);
                InputFormat format = formats.get(next);
                next++;
                current = file.source();
                currentSize = size(file);
                if (!format.records()) {
                    doneBytes += currentSize;
                    long weight = currentSize;
                    return new PendingDocument() {
                        @Override
                        public ReadResult read() {
                            return reader.read(file);
                        }

                        @Override
                        public long weight() {
                            return weight;
                        }

                        @Override
                        public String source() {
                            return file.source();
                        }
                    };
                }
                try {
                    records = openRecords(file, format);
                } catch (IOException e) {
                    doneBytes += currentSize;
                    return PendingDocument.of(ReadResult.rejected(unreadable(file, e)), 0);
                }
            }
        }

        private RecordStream openRecords(InputFile file, InputFormat format) throws IOException {
            return switch (format) {
                case JSONL -> new JsonLinesStream(file, mapping, maxRecordBytes);
                case JSON -> new JsonStream(file, mapping, maxRecordBytes);
                case CSV -> new DelimitedStream(file, mapping, false, maxRecordBytes);
                case TSV -> new DelimitedStream(file, mapping, true, maxRecordBytes);
                case TEXT -> throw new IllegalStateException("text files are not record streams");
            };
        }

        @Override
        public long bytesRead() {
            return doneBytes + (records == null ? 0 : Math.min(currentSize, records.bytesRead()));
        }

        @Override
        public String current() {
            return current;
        }

        @Override
        public void close() {
            if (records != null) {
                records.close();
                records = null;
            }
        }
    }

    private static long size(InputFile f) {
        try {
            return Files.size(f.path());
        } catch (IOException e) {
            return 0;
        }
    }

    private static Finding unreadable(InputFile file, IOException e) {
        String why;
        String what = "Check that the path is a readable regular file.";
        if (e instanceof AccessDeniedException) {
            why = "permission denied";
            what = "Make the file readable (chmod +r) or leave it out of the input.";
        } else if (e instanceof NoSuchFileException) {
            why = "the file disappeared while the corpus was read";
            what = "Re-run once the folder has stopped changing.";
        } else {
            why = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        return Finding.fileLevel("unreadable-file", Severity.ERROR, file.id(), file.source(),
                "Corpus file cannot be read: " + why, what);
    }
}
