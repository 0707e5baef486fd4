package dev.gazette.export.html;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;

/**
 * JSON that is safe inside an HTML {@code <script type="application/json">} element: {@code <},
 * {@code >} and {@code &} are written as {@code \u003C}-style escapes, so no article text can
 * close the element ({@code </script>}) or open a comment ({@code <!--}); U+2028 and U+2029 and
 * every surrogate are escaped too, so the text survives any encoding step and a lone surrogate
 * from a corpus record is kept rather than replaced.
 */
final class PageJson {

    private static final ObjectMapper MAPPER = new ObjectMapper(new JsonFactory().setCharacterEscapes(new HtmlSafe()))
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private PageJson() {
    }

    /** The mapper: compact, keys in insertion order, HTML-safe. Thread-safe. */
    static ObjectMapper mapper() {
        return MAPPER;
    }

    /** {@code value} as HTML-safe JSON text. Thread-safe. */
    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException("the report data cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Checks, for tests and for the writer, that {@code json} holds nothing that ends a script element. */
    static boolean inert(CharSequence json) {
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029' || Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static final class HtmlSafe extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] ascii;

        HtmlSafe() {
            ascii = standardAsciiEscapesForJSON();
            ascii['<'] = ESCAPE_STANDARD;
            ascii['>'] = ESCAPE_STANDARD;
            ascii['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            if (ch == 0x2028 || ch == 0x2029 || (ch >= 0xD800 && ch <= 0xDFFF)) {
                return new SerializedString(String.format("\\u%04X", ch));
            }
            return null;
        }
    }
}
