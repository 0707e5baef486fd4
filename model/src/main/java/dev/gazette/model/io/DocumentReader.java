package dev.gazette.model.io;

import dev.gazette.model.Finding;
import dev.gazette.model.Severity;
import dev.gazette.model.TextEdit;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Reads an input file's bytes and decodes them to text. UTF-8 (with or without a byte-order
 * mark) and UTF-16 with a byte-order mark are decoded silently; other bytes are decoded as
 * Windows-1252 (a superset of Latin-1's printable characters) with an {@code encoding}
 * finding. Empty, binary, unreadable and over-large files are rejected with a finding that
 * names the file and says what to do. Never throws for a bad file.
 */
public final class DocumentReader {

    /** Default limit on one file's size: articles are text, and a huge file is usually a mistake. */
    public static final long DEFAULT_MAX_BYTES = 32L * 1024 * 1024;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final long maxBytes;

    public DocumentReader() {
        this(DEFAULT_MAX_BYTES);
    }

    public DocumentReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Reads and decodes {@code file}. */
    public ReadResult read(InputFile file) {
        String id = file.id();
        String source = file.source();
        byte[] bytes;
        try {
            long size = Files.size(file.path());
            if (size > maxBytes) {
                return tooLarge(id, source, size);
            }
            bytes = Files.readAllBytes(file.path());
            if (InputFormat.gzipped(file.path().getFileName().toString()) || startsWith(bytes, 0x1F, 0x8B)) {
                bytes = gunzip(bytes);
                if (bytes == null) {
                    return tooLarge(id, source, -1);
                }
            }
        } catch (java.util.zip.ZipException | java.io.EOFException e) {
            return unreadable(id, source, "it is not a complete gzip file (" + describe(e) + ")",
                    "Check the download, or decompress the file and read it as plain text.");
        } catch (AccessDeniedException e) {
            return unreadable(id, source, "permission denied",
                    "Make the file readable (chmod +r) or leave it out of the input.");
        } catch (NoSuchFileException e) {
            if (Files.isSymbolicLink(file.path())) {
                return unreadable(id, source, "it is a broken symbolic link (its target does not exist)",
                        "Fix or remove the link.");
            }
            return unreadable(id, source, "the file disappeared while the corpus was read",
                    "Re-run once the folder has stopped changing.");
        } catch (IOException | OutOfMemoryError e) {
            return unreadable(id, source, describe(e), "Check that the path is a readable regular file.");
        }
        return decode(id, source, bytes);
    }

    /** Decodes bytes already in memory, as {@link #read} does for a file. */
    public ReadResult decode(String id, String source, byte[] bytes) {
        String sha = sha256(bytes);
        if (bytes.length == 0) {
            return ReadResult.rejected(Finding.fileLevel("empty-file", Severity.ERROR, id, source,
                    "File is empty (0 bytes)", "Remove the file or fill it with the article text."));
        }
        List<Finding> notes = new ArrayList<>();
        String text;
        String encoding;
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            text = decodeOrNull(StandardCharsets.UTF_16, bytes, 0);
            encoding = "UTF-16";
            if (text == null) {
                return binary(id, source, "bytes are not valid UTF-16 despite a UTF-16 byte-order mark");
            }
            if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
                text = text.substring(1);
            }
            notes.add(Finding.fileLevel("encoding", Severity.INFO, id, source,
                    "File is UTF-16; decoded from its byte-order mark",
                    "Save articles as UTF-8 for the widest tool support."));
        } else {
            int nul = indexOf(bytes, (byte) 0);
            if (nul >= 0) {
                return binary(id, source, "it holds a NUL byte at byte offset " + nul);
            }
            int offset = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
            text = decodeOrNull(StandardCharsets.UTF_8, bytes, offset);
            encoding = "UTF-8";
            if (text == null) {
                int bad = firstInvalidUtf8(bytes, offset);
                int line = 1 + countNewlines(bytes, bad);
                CharsetDecoder lenient = WINDOWS_1252.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE);
                String decoded = decodeWith(lenient, bytes, 0);
                if (decoded.indexOf('\uFFFD') >= 0) {
                    decoded = new String(bytes, StandardCharsets.ISO_8859_1);
                    encoding = "ISO-8859-1";
                } else {
                    encoding = "windows-1252";
                }
                text = decoded;
                notes.add(new Finding("encoding", Severity.WARNING, id, source, line, 1, line, 1, 0, 0,
                        "File is not valid UTF-8 (first invalid byte 0x"
                                + String.format("%02X", bytes[bad] & 0xFF) + " at byte offset " + bad
                                + ", line " + line + "); decoded as " + encoding,
                        "Convert the file to UTF-8, e.g. iconv -f " + encoding + " -t UTF-8.", List.<TextEdit>of()));
            }
        }
        if (text.isBlank()) {
            return ReadResult.rejected(Finding.fileLevel("empty-file", Severity.ERROR, id, source,
                    "File holds only whitespace (" + bytes.length + " bytes)",
                    "Remove the file or fill it with the article text."));
        }
        if (looksBinary(text)) {
            return binary(id, source, "over 10% of its characters are control characters");
        }
        return ReadResult.of(new RawDocument(id, source, sha, encoding, text, notes));
    }

    private ReadResult tooLarge(String id, String source, long size) {
        String what = size >= 0 ? "File is " + size + " bytes" : "File decompresses to more bytes";
        return ReadResult.rejected(Finding.fileLevel("file-too-large", Severity.ERROR, id, source,
                what + ", over the limit of " + maxBytes + " bytes for one article",
                "Split the file into one article per file, or raise the limit with --max-file-size."));
    }

    /** The decompressed bytes, or {@code null} when they exceed the limit. */
    private byte[] gunzip(byte[] compressed) throws IOException {
        try (java.io.InputStream in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(compressed))) {
            byte[] out = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            return out.length > maxBytes ? null : out;
        }
    }

    private static ReadResult unreadable(String id, String source, String why, String what) {
        return ReadResult.rejected(Finding.fileLevel("unreadable-file", Severity.ERROR, id, source,
                "File cannot be read: " + why, what));
    }

    private static ReadResult binary(String id, String source, String why) {
        return ReadResult.rejected(Finding.fileLevel("binary-file", Severity.ERROR, id, source,
                "File looks binary, not text: " + why,
                "Leave it out of the input, or convert it to plain text first."));
    }

    private static String describe(Throwable e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }

    private static boolean looksBinary(String text) {
        int control = 0;
        int n = Math.min(text.length(), 65_536);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        return n > 0 && control * 10 > n;
    }

    private static String decodeOrNull(Charset charset, byte[] bytes, int offset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String decodeWith(CharsetDecoder decoder, byte[] bytes, int offset) {
        try {
            return decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("a replacing decoder reported an error", e);
        }
    }

    /** Offset of the first byte that starts an invalid UTF-8 sequence. */
    static int firstInvalidUtf8(byte[] b, int from) {
        int i = from;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            int need;
            if (c < 0x80) {
                i++;
                continue;
            } else if (c >= 0xC2 && c <= 0xDF) {
                need = 1;
            } else if (c >= 0xE0 && c <= 0xEF) {
                need = 2;
            } else if (c >= 0xF0 && c <= 0xF4) {
                need = 3;
            } else {
                return i;
            }
            for (int k = 1; k <= need; k++) {
                if (i + k >= b.length || (b[i + k] & 0xC0) != 0x80) {
                    return i;
                }
            }
            i += need + 1;
        }
        return Math.max(from, Math.min(i, b.length - 1));
    }

    private static int countNewlines(byte[] b, int upTo) {
        int n = 0;
        for (int i = 0; i < upTo && i < b.length; i++) {
            if (b[i] == '\n') {
                n++;
            }
        }
        return n;
    }

    private static int indexOf(byte[] b, byte v) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == v) {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** SHA-256 of {@code bytes} as lower-case hex. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
