package dev.gazette.beam.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Serializable;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.util.CoderUtils;
import org.junit.jupiter.api.Test;

/**
 * Two copies of a value without a value-based {@code equals} (here a record holding an array,
 * like the names clustering's) have equal structural values under {@link SerialCoder}, which the
 * DirectRunner's immutability check compares; under Beam's {@link SerializableCoder} they did
 * not, and the check warned about every element.
 */
class SerialCoderTest {

    record Blocks(String form, long[] keys) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    @Test
    void copiesOfAValueHaveEqualStructuralValues() throws Exception {
        Blocks value = new Blocks("Abu Dhabi", new long[] {3, 1, 4});
        SerialCoder<Blocks> coder = SerialCoder.of(Blocks.class);
        Blocks copy = CoderUtils.clone(coder, value);
        assertThat(copy.keys()).containsExactly(3, 1, 4);
        assertThat(coder.structuralValue(copy)).isEqualTo(coder.structuralValue(value));
        assertThat(coder.consistentWithEquals()).isFalse();

        SerializableCoder<Blocks> beams = SerializableCoder.of(Blocks.class);
        assertThat(beams.structuralValue(CoderUtils.clone(beams, value))).as("the cause of the warnings")
                .isNotEqualTo(beams.structuralValue(value));
    }

    @Test
    void aChangedValueHasAnotherStructuralValue() throws Exception {
        SerialCoder<Blocks> coder = SerialCoder.of(Blocks.class);
        Blocks value = new Blocks("Abu Dhabi", new long[] {3, 1, 4});
        Object before = coder.structuralValue(value);
        value.keys()[0] = 9;
        assertThat(coder.structuralValue(value)).isNotEqualTo(before);
        assertThat(coder).isEqualTo(SerialCoder.of(Blocks.class)).isNotEqualTo(SerialCoder.of(String.class));
    }
}
