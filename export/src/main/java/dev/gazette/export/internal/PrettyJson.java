package dev.gazette.export.internal;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes indented JSON documents (descriptors such as {@code datapackage.json}) the same way on
 * every platform: two spaces, {@code \n} line ends, keys in insertion order, a final newline.
 * Not API.
 */
public final class PrettyJson {

    private static final ObjectWriter WRITER;

    static {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        ObjectMapper mapper = JsonMappers.mapper();
        WRITER = mapper.writer(printer);
    }

    private PrettyJson() {
    }

    /** The document as text, ending in a newline. */
    public static String toString(Object document) throws IOException {
        return WRITER.writeValueAsString(document) + "\n";
    }

    /** Writes the document to {@code out}, ending in a newline. */
    public static void write(Object document, Writer out) throws IOException {
        out.write(toString(document));
    }
}
