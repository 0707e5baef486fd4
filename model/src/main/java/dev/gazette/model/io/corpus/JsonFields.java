package dev.gazette.model.io.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Pattern;

/** Reads the mapped fields of a JSON record. */
final class JsonFields {

    private static final Pattern DOT = Pattern.compile("\\.");

    /** A field holds an object, which is not text. */
    static final class NotText extends Exception {
        private static final long serialVersionUID = 1L;

        NotText(String message) {
            super(message, null, false, false);
        }
    }

    private JsonFields() {
    }

    /**
     * The text of the field at {@code path}: a key, else a dotted path; {@code null} when it is
     * absent, null or the path is empty. Numbers and booleans are read as text; an array of
     * values is joined with blank lines (paragraphs).
     */
    static String text(JsonNode record, String path) throws NotText {
        if (path.isEmpty()) {
            return null;
        }
        JsonNode node = record.get(path);
        if (node == null && path.indexOf('.') > 0) {
            node = record;
            for (String part : DOT.split(path)) {
                if (node == null) {
                    break;
                }
                node = node.isArray() && isIndex(part) ? node.get(Integer.parseInt(part)) : node.get(part);
            }
        }
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isValueNode()) {
            return node.asText();
        }
        if (node.isArray()) {
            StringBuilder sb = new StringBuilder();
            for (JsonNode e : node) {
                if (e.isNull()) {
                    continue;
                }
                if (!e.isValueNode()) {
                    throw new NotText("field '" + path + "' is an array holding " + kind(e) + ", not text");
                }
                if (sb.length() > 0) {
                    sb.append("\n\n");
                }
                sb.append(e.asText());
            }
            return sb.toString();
        }
        throw new NotText("field '" + path + "' holds " + kind(node) + ", not text");
    }

    static String kind(JsonNode n) {
        if (n.isObject()) {
            return "an object";
        }
        if (n.isArray()) {
            return "an array";
        }
        if (n.isTextual()) {
            return "a string";
        }
        if (n.isNumber()) {
            return "a number";
        }
        if (n.isBoolean()) {
            return "a boolean";
        }
        return "null";
    }

    private static boolean isIndex(String s) {
        if (s.isEmpty() || s.length() > 9) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
