package dev.gazette.model.io.corpus;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.gazette.model.io.InputFile;
import dev.gazette.model.io.PendingDocument;
import java.io.IOException;

/**
 * A JSON corpus file read with Jackson's streaming parser, one record at a time (the file is
 * never loaded whole): an array of objects, or objects one after another. An element that is
 * not an object is one malformed record; a syntax error ends the file, because the parser
 * cannot find the next record after it.
 */
final class JsonStream implements RecordStream {

    private final InputFile file;
    private final FieldMapping mapping;
    private final CountingInputStream[] counting = new CountingInputStream[1];
    private final RecordBudget budget;
    private final JsonParser parser;
    private long record;
    private int arrayDepth;
    private boolean done;

    JsonStream(InputFile file, FieldMapping mapping, long maxRecordBytes) throws IOException {
        this.file = file;
        this.mapping = mapping;
        this.budget = CorpusFiles.open(file.path(), counting, maxRecordBytes);
        this.parser = JsonRecords.streamMapper(maxRecordBytes).createParser(budget);
    }

    @Override
    public PendingDocument next() {
        while (!done) {
            long current = record + 1;
            try {
                budget.startRecord();
                JsonToken t = parser.nextToken();
                if (t == null) {
                    done = true;
                    return null;
                }
                if (t == JsonToken.START_ARRAY && arrayDepth == 0) {
                    arrayDepth = 1;
                    continue;
                }
                if (t == JsonToken.END_ARRAY && arrayDepth == 1) {
                    arrayDepth = 0;
                    continue;
                }
                record++;
                JsonLocation where = parser.currentTokenLocation();
                RecordLocation at = new RecordLocation(file, record, Math.max(1, where.getLineNr()));
                if (t != JsonToken.START_OBJECT) {
                    String what = t == JsonToken.START_ARRAY ? "an array" : "the value " + parser.getText();
                    parser.skipChildren();
                    return RecordDocument.rejected(RecordDocument.malformed(at, at.fallbackId(), at.line(),
                            where.getColumnNr(), "Record " + record + " is " + what + ", not a JSON object; it is skipped",
                            "A JSON corpus is an array of objects such as [{\"" + mapping.text() + "\": \"...\"}]."), 0);
                }
                JsonNode node = parser.readValueAsTree();
                return JsonRecords.document(at, mapping, node);
            } catch (JsonProcessingException e) {
                done = true;
                JsonLocation where = e.getLocation();
                long line = where == null ? 0 : where.getLineNr();
                long column = where == null ? 0 : where.getColumnNr();
                RecordLocation at = new RecordLocation(file, Math.max(1, record), Math.max(1, line));
                boolean limit = e instanceof StreamConstraintsException;
                return RecordDocument.rejected(RecordDocument.malformed(at, at.fallbackId(), line, column,
                        (limit ? "Record " + current + " " + JsonRecords.problem(e, budget.limit())
                                : "JSON syntax error at line " + line + ", column " + column + ": "
                                + e.getOriginalMessage())
                                + "; the rest of the file is skipped (the records before it are kept)",
                        limit ? "Raise the limit with --max-record-size BYTES, or split the record."
                                : "Fix the JSON (a validator such as 'python3 -m json.tool' shows the spot) and run"
                                + " again."), 0);
            } catch (RecordBudget.TooLarge e) {
                done = true;
                RecordLocation at = new RecordLocation(file, current, Math.max(1, parser.currentLocation().getLineNr()));
                return RecordDocument.rejected(RecordDocument.malformed(at, at.fallbackId(), at.line(), 0,
                        "Record " + current + " is larger than the record limit of " + budget.limit()
                                + " bytes; the rest of the file is skipped (the records before it are kept)",
                        "Raise the limit with --max-record-size BYTES, or split the record."), 0);
            } catch (IOException e) {
                done = true;
                RecordLocation at = new RecordLocation(file, record + 1, 1);
                return RecordDocument.rejected(RecordDocument.malformed(at, at.fallbackId(), 0, 0,
                        "Corpus file cannot be read past record " + record + " (" + e.getMessage()
                                + "); the rest of the file is skipped",
                        "Check that the file is complete (a truncated download or gzip file?)."), 0);
            }
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
            parser.close();
        } catch (IOException e) {
            // read-only file: nothing was lost
        }
    }
}
