package dev.gazette.export.jsonl;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gazette.export.internal.JsonMappers;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes JSON Lines with Jackson: one JSON object per line, keys in insertion order, UTF-8,
 * no trailing whitespace.
 */
public final class JsonlWriter implements Closeable {

    private final Writer out;
    private final ObjectMapper mapper;

    public JsonlWriter(Writer out) {
        this.out = out;
        this.mapper = JsonMappers.mapper();
    }

    /** Writes {@code record} as one line. */
    public void write(Object record) throws IOException {
        out.write(mapper.writeValueAsString(record));
        out.write('\n');
    }

    /** {@code record} as the line {@link #write} would append, newline included. Thread-safe. */
    public String render(Object record) {
        try {
            return mapper.writeValueAsString(record) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("record cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Appends lines made by {@link #render}. */
    public void writeRendered(CharSequence lines) throws IOException {
        out.append(lines);
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
