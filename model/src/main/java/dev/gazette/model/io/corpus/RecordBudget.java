package dev.gazette.model.io.corpus;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Bounds the bytes one record may take, so that no record (a JSON Lines line, a JSON element, a
 * CSV row) is ever held in memory beyond {@code --max-record-size}: the record stream calls
 * {@link #startRecord()} at each record, and a read that takes the record past the limit
 * throws {@link TooLarge}. The parsers above read ahead in buffers, so a record is refused only
 * when it is more than {@link #SLACK} bytes over the limit (the readers that can tell a record's
 * exact length, JSON Lines lines and JSON strings, check the limit exactly themselves).
 */
final class RecordBudget extends FilterInputStream {

    /** A record is larger than the limit. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(long limit) {
            super("record larger than " + limit + " bytes");
        }
    }

    /** How far past the limit a record may read before it is refused: the parsers' read-ahead. */
    static final long SLACK = 64 * 1024;

    private final long limit;
    private long used;
    private boolean off;

    RecordBudget(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    /** A new record starts: its bytes count from here. */
    void startRecord() {
        used = 0;
        off = false;
    }

    /** Stops counting until the next {@link #startRecord()} (to skip the rest of a record that is too large). */
    void suspend() {
        off = true;
    }

    long limit() {
        return limit;
    }

    private void charge(long n) throws TooLarge {
        if (n > 0 && !off) {
            used += n;
            if (used > limit + SLACK) {
                throw new TooLarge(limit);
            }
        }
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            charge(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        charge(n);
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long k = super.skip(n);
        charge(k);
        return k;
    }
}
