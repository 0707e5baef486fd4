package dev.gazette.analysis.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Seeded random texts over a given alphabet, for tests that compare two readings of the same text. */
public final class RandomTexts {

    private RandomTexts() {
    }

    /** {@code count} texts of 1 to {@code maxLength} characters drawn from {@code alphabet}, the same for one seed. */
    public static List<String> of(String alphabet, long seed, int count, int maxLength) {
        Random random = new Random(seed);
        List<String> out = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            StringBuilder b = new StringBuilder();
            int length = 1 + random.nextInt(maxLength);
            for (int i = 0; i < length; i++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            out.add(b.toString());
        }
        return out;
    }
}
