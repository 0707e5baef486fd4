package dev.gazette.beam.internal;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Strings as a length and their UTF-16 code units: no limit on length (unlike
 * {@code writeUTF}'s 64 KB) and an exact round trip for any Java string, unpaired surrogates
 * included, which a UTF-8 encoding would replace.
 */
final class Strings {

    private Strings() {
    }

    static void write(String s, DataOutputStream out) throws IOException {
        int n = s.length();
        boolean latin = true;
        for (int i = 0; i < n && latin; i++) {
            latin = s.charAt(i) < 0x80;
        }
        if (latin) {
            out.writeInt(n);
            out.write(s.getBytes(StandardCharsets.ISO_8859_1));
        } else {
            byte[] b = new byte[2 * n];
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                b[2 * i] = (byte) (c >>> 8);
                b[2 * i + 1] = (byte) c;
            }
            out.writeInt(-1 - n);
            out.write(b);
        }
    }

    static String read(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n >= 0) {
            byte[] b = new byte[n];
            in.readFully(b);
            return new String(b, StandardCharsets.ISO_8859_1);
        }
        int len = -1 - n;
        byte[] b = new byte[2 * len];
        in.readFully(b);
        char[] c = new char[len];
        for (int i = 0; i < len; i++) {
            c[i] = (char) (((b[2 * i] & 0xFF) << 8) | (b[2 * i + 1] & 0xFF));
        }
        return new String(c);
    }
}
