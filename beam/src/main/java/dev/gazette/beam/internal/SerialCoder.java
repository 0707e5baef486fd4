package dev.gazette.beam.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import org.apache.beam.sdk.coders.CustomCoder;
import org.apache.beam.sdk.coders.SerializableCoder;

/**
 * A Beam coder for a value that travels by Java serialization (a statistic's accumulator, a
 * record of the names clustering), whose structural value is its encoding.
 *
 * <p>Beam's {@link SerializableCoder} takes the value itself as its structural value, that is,
 * it trusts the class's {@code equals}. The values that travel this way are accumulators
 * without {@code equals} and records holding arrays (whose {@code equals} compares the arrays
 * by identity), so two copies of one value were never equal: the DirectRunner's check that no
 * step changes its input (it compares a value's structural value before and after each step)
 * then fell back to the encodings and logged a warning for every element. This coder compares
 * the encodings in the first place, as Beam's coders do for values without a value-based
 * {@code equals} ({@link #consistentWithEquals()} is false). The encoding is Java
 * serialization's, as before.
 *
 * @param <T> the type of the values
 */
public final class SerialCoder<T extends Serializable> extends CustomCoder<T> {

    private static final long serialVersionUID = 1L;

    private final SerializableCoder<T> serialized;

    private SerialCoder(Class<T> type) {
        this.serialized = SerializableCoder.of(type);
    }

    /** The coder of {@code type}. */
    public static <T extends Serializable> SerialCoder<T> of(Class<T> type) {
        return new SerialCoder<>(type);
    }

    @Override
    public void encode(T value, OutputStream out) throws IOException {
        serialized.encode(value, out);
    }

    @Override
    public T decode(InputStream in) throws IOException {
        return serialized.decode(in);
    }

    /** Java serialization of a hash map may order its entries differently for equal maps. */
    @Override
    public void verifyDeterministic() throws NonDeterministicException {
        serialized.verifyDeterministic();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SerialCoder<?> c && c.serialized.equals(serialized);
    }

    @Override
    public int hashCode() {
        return serialized.hashCode();
    }

    @Override
    public String toString() {
        return "SerialCoder(" + serialized.getRecordType().getName() + ")";
    }
}
