package dev.gazette.export.files;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The one way Gazette encodes text it writes: UTF-8, with every character UTF-8 cannot encode
 * (an unpaired surrogate, as a JSON {@code \ud800} escape in an input yields) written as
 * U+FFFD, the Unicode replacement character. The JDK's own writers either fail on such a
 * character ({@code Files.newBufferedWriter}: "Input length = 1") or write {@code ?}; with this
 * encoder every file format shows the same replacement.
 */
public final class Utf8 {

    /** U+FFFD in UTF-8. */
    private static final byte[] REPLACEMENT = {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD};

    private Utf8() {
    }

    /** A new UTF-8 encoder that replaces what it cannot encode with U+FFFD. */
    public static CharsetEncoder encoder() {
        return StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith(REPLACEMENT);
    }

    /** A buffered UTF-8 writer over {@code out} with the replacing encoder. */
    public static Writer writer(OutputStream out) {
        return new BufferedWriter(new OutputStreamWriter(out, encoder()), 1 << 16);
    }

    /** {@code s} with every unpaired surrogate replaced by U+FFFD (the same text the writers encode). */
    public static String wellFormed(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c)) {
                ok = i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
                if (ok) {
                    if (b != null) {
                        b.append(c).append(s.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else {
                ok = !Character.isLowSurrogate(c);
            }
            if (!ok && b == null) {
                b = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (b != null) {
                b.append(ok ? c : '\uFFFD');
            }
        }
        return b == null ? s : b.toString();
    }
}
