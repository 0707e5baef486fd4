package dev.gazette.model.io.corpus;

import dev.gazette.model.io.InputFormat;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Opens corpus files: gzip by name or magic bytes, UTF-8 with an optional byte-order mark. */
final class CorpusFiles {

    private static final int BUFFER = 1 << 16;

    private CorpusFiles() {
    }

    /**
     * The file's content, decompressed when it is gzip, with each record's bytes bounded by a
     * {@link RecordBudget} of {@code maxRecordBytes}; bytes on disk are counted by {@code counting}.
     */
    static RecordBudget open(Path path, CountingInputStream[] counting, long maxRecordBytes) throws IOException {
        return new RecordBudget(open(path, counting), maxRecordBytes);
    }

    /** The file's content, decompressed when it is gzip; bytes on disk are counted by {@code counting}. */
    static InputStream open(Path path, CountingInputStream[] counting) throws IOException {
        CountingInputStream c = new CountingInputStream(Files.newInputStream(path));
        counting[0] = c;
        BufferedInputStream in = new BufferedInputStream(c, BUFFER);
        in.mark(2);
        int b0 = in.read();
        int b1 = in.read();
        in.reset();
        boolean gzip = InputFormat.gzipped(path.getFileName().toString()) || (b0 == 0x1F && b1 == 0x8B);
        return gzip ? new BufferedInputStream(new GZIPInputStream(in, BUFFER), BUFFER) : in;
    }

    /** Skips a UTF-8 byte-order mark at the start of {@code in}, which must support mark and reset. */
    static void skipByteOrderMark(InputStream in) throws IOException {
        in.mark(3);
        byte[] head = in.readNBytes(3);
        boolean bom = head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
                && (head[2] & 0xFF) == 0xBF;
        if (!bom) {
            in.reset();
        }
    }

    /** A UTF-8 reader that drops a leading byte-order mark; malformed bytes become U+FFFD. */
    static Reader utf8(InputStream in) throws IOException {
        PushbackInputStream p = new PushbackInputStream(in, 3);
        byte[] head = p.readNBytes(3);
        boolean bom = head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
        if (!bom && head.length > 0) {
            p.unread(head);
        }
        return new InputStreamReader(p, StandardCharsets.UTF_8);
    }
}
