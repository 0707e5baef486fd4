package dev.gazette.export.xlsx;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites an Office Open XML package so that it depends on nothing but its content: every entry
 * keeps its order and bytes, gets the same fixed time, and the creation time in
 * {@code docProps/core.xml} (optional in OPC) is left out.
 */
final class ZipNormaliser {

    /** The DOS epoch, the earliest time a zip entry can hold. */
    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    private ZipNormaliser() {
    }

    static void normalise(Path from, Path to) throws IOException {
        // ZipFile reads the central directory: fastexcel's local headers carry no sizes
        try (ZipFile zip = new ZipFile(from.toFile());
             ZipOutputStream out = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(to), 1 << 16))) {
            byte[] buffer = new byte[1 << 16];
            for (ZipEntry e : Collections.list(zip.entries())) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTimeLocal(FIXED_TIME);
                out.putNextEntry(copy);
                try (InputStream in = zip.getInputStream(e)) {
                    if (e.getName().equals("docProps/core.xml")) {
                        String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                        xml = xml.replaceAll("<dcterms:created[^>]*>[^<]*</dcterms:created>", "");
                        out.write(xml.getBytes(StandardCharsets.UTF_8));
                    } else {
                        copy(in, out, buffer);
                    }
                }
                out.closeEntry();
            }
        }
    }

    private static void copy(InputStream in, OutputStream out, byte[] buffer) throws IOException {
        int n;
        while ((n = in.read(buffer)) > 0) {
            out.write(buffer, 0, n);
        }
    }
}
