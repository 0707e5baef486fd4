package dev.gazette.model.io.corpus;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gazette.model.io.PendingDocument;

/** Turns one parsed JSON record into a document, for JSON Lines and JSON arrays alike. */
final class JsonRecords {

    /** For a stream of records: reads one value at a time. */
    static final ObjectMapper MAPPER = new ObjectMapper();
    /** For one record per line: anything after the object is an error. */
    static final ObjectMapper LINE_MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonRecords() {
    }

    static PendingDocument document(RecordLocation at, FieldMapping m, JsonNode record) {
        if (!record.isObject()) {
            return RecordDocument.rejected(RecordDocument.malformed(at, at.fallbackId(), at.line(), 1,
                    "Record " + at.record() + " is " + JsonFields.kind(record) + ", not a JSON object; it is skipped",
                    "Each record must be an object such as {\"" + m.text() + "\": \"...\"}."), 0);
        }
        try {
            String id = JsonFields.text(record, m.id());
            return RecordDocument.of(at, m, id, JsonFields.text(record, m.title()),
                    JsonFields.text(record, m.date()), JsonFields.text(record, m.text()));
        } catch (JsonFields.NotText e) {
            return RecordDocument.rejected(RecordDocument.malformed(at, at.fallbackId(), at.line(), 1,
                    "Record " + at.record() + ": " + e.getMessage() + "; it is skipped",
                    "Map the article fields to text values with --id-field, --title-field, --text-field and"
                            + " --date-field (dotted paths reach nested fields)."), 0);
        }
    }
}
