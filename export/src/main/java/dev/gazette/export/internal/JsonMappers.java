package dev.gazette.export.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** The Jackson mapper every JSON output of Gazette uses: stable, compact, no auto-closing. Not API. */
public final class JsonMappers {

    private JsonMappers() {
    }

    /** A new mapper with Gazette's settings. */
    public static ObjectMapper mapper() {
        return new ObjectMapper()
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }
}
