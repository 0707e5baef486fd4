package dev.gazette.model.io.corpus;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gazette.model.io.PendingDocument;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Turns one parsed JSON record into a document, for JSON Lines and JSON arrays alike. */
final class JsonRecords {

    /**
     * The deepest nesting of objects and arrays a record may have: article records are a few
     * levels deep, and a deeper one is malformed (or an attack on the parser's stack).
     */
    static final int MAX_DEPTH = 100;

    /** The longest number a record may hold, in characters. */
    static final int MAX_NUMBER_LENGTH = 1000;

    /** Mappers by record limit: a stream of records (one value at a time) and one record per line. */
    private static final Map<Long, ObjectMapper[]> MAPPERS = new ConcurrentHashMap<>();

    private JsonRecords() {
    }

    /** For a stream of records: reads one value at a time; strings no longer than {@code maxRecordBytes}. */
    static ObjectMapper streamMapper(long maxRecordBytes) {
        return mappers(maxRecordBytes)[0];
    }

    /** For one record per line: anything after the object is an error. */
    static ObjectMapper lineMapper(long maxRecordBytes) {
        return mappers(maxRecordBytes)[1];
    }

    private static ObjectMapper[] mappers(long limit) {
        return MAPPERS.computeIfAbsent(limit, l -> {
            StreamReadConstraints constraints = StreamReadConstraints.builder()
                    .maxStringLength((int) Math.min(Integer.MAX_VALUE - 16, l))
                    .maxNestingDepth(MAX_DEPTH)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .maxDocumentLength(-1)
                    .build();
            JsonFactory f = JsonFactory.builder().streamReadConstraints(constraints).build();
            return new ObjectMapper[] {new ObjectMapper(f),
                    new ObjectMapper(f.copy()).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)};
        });
    }

    /**
     * What is wrong with a record the JSON parser refused, as the rest of a sentence ("Line 3 "
     * / "Record 3 " + this): a limit of Gazette's, or invalid JSON with the parser's reason.
     */
    static String problem(JsonProcessingException e, long maxRecordBytes) {
        if (e instanceof StreamConstraintsException) {
            String m = String.valueOf(e.getOriginalMessage());
            if (m.startsWith("String value length")) {
                return "holds a string longer than the record limit of " + maxRecordBytes
                        + " characters (--max-record-size)";
            }
            if (m.contains("nesting depth")) {
                return "is nested more than " + MAX_DEPTH + " levels deep, deeper than an article record can be";
            }
            if (m.startsWith("Number value length")) {
                return "holds a number longer than " + MAX_NUMBER_LENGTH + " digits";
            }
            return "is larger than Gazette reads";
        }
        return "is not valid JSON: " + e.getOriginalMessage();
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
