package dev.gazette.model.io.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.gazette.model.io.InputFile;
import dev.gazette.model.io.PendingDocument;
import java.io.BufferedReader;
import java.io.IOException;

/** JSON Lines: one object per line; blank lines are skipped, a bad line is one malformed record. */
final class JsonLinesStream implements RecordStream {

    private final InputFile file;
    private final FieldMapping mapping;
    private final CountingInputStream[] counting = new CountingInputStream[1];
    private final BufferedReader reader;
    private long line;
    private long record;
    private boolean done;

    JsonLinesStream(InputFile file, FieldMapping mapping) throws IOException {
        this.file = file;
        this.mapping = mapping;
        this.reader = new BufferedReader(CorpusFiles.utf8(CorpusFiles.open(file.path(), counting)), 1 << 16);
    }

    @Override
    public PendingDocument next() {
        while (!done) {
            String text;
            try {
                text = reader.readLine();
            } catch (IOException e) {
                done = true;
                RecordLocation at = new RecordLocation(file, record + 1, line + 1);
                return RecordDocument.rejected(RecordDocument.malformed(at, at.fallbackId(), line + 1, 1,
                        "Corpus file cannot be read past line " + line + " (" + e.getMessage()
                                + "); the rest of the file is skipped",
                        "Check that the file is complete (a truncated download or gzip file?)."), 0);
            }
            if (text == null) {
                done = true;
                return null;
            }
            line++;
            if (text.isBlank()) {
                continue;
            }
            record++;
            RecordLocation at = new RecordLocation(file, record, line);
            JsonNode node;
            try {
                node = JsonRecords.LINE_MAPPER.readTree(text);
            } catch (JsonProcessingException e) {
                long column = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getColumnNr());
                return RecordDocument.rejected(RecordDocument.malformed(at, at.fallbackId(), line, column,
                        "Line " + line + " is not valid JSON: " + e.getOriginalMessage() + "; the record is skipped",
                        "Fix the line, or leave it out: JSON Lines holds one complete JSON object per line."),
                        text.length());
            }
            return JsonRecords.document(at, mapping, node);
        }
        return null;
    }

    @Override
    public long bytesRead() {
        return counting[0] == null ? 0 : counting[0].count();
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            // read-only file: nothing was lost
        }
    }
}
