package dev.gazette.beam.internal;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.AtomicCoder;

/** A Beam coder for {@code long[]}: its length, then its values. */
public final class LongArrayCoder extends AtomicCoder<long[]> {

    private static final long serialVersionUID = 1L;
    private static final LongArrayCoder INSTANCE = new LongArrayCoder();

    private LongArrayCoder() {
    }

    public static LongArrayCoder of() {
        return INSTANCE;
    }

    @Override
    public void encode(long[] value, OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.writeInt(value.length);
        for (long v : value) {
            data.writeLong(v);
        }
        data.flush();
    }

    @Override
    public long[] decode(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        long[] out = new long[data.readInt()];
        for (int i = 0; i < out.length; i++) {
            out[i] = data.readLong();
        }
        return out;
    }

    @Override
    public void verifyDeterministic() {
        // a fixed layout
    }

    @Override
    public boolean consistentWithEquals() {
        return false;
    }
}
