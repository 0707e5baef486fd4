package dev.gazette.model.parse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads the parser's reference data: text files of {@code key<TAB>regex} lines (or plain
 * lines), with {@code #} comments and blank lines ignored. Errors name the file and line.
 */
public final class PatternFile {

    /** One pattern with the key (category or field) it was listed under and its named groups. */
    public record Entry(String key, Pattern pattern, Set<String> groups, String origin) {
    }

    private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");

    private PatternFile() {
    }

    /** Reads a bundled resource of this package. */
    public static List<String> resourceLines(String name) {
        try (InputStream in = PatternFile.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled resource " + name);
            }
            return readLines(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled resource " + name, e);
        }
    }

    /** Reads a user's file. */
    public static List<String> fileLines(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return readLines(in);
        }
    }

    private static List<String> readLines(InputStream in) throws IOException {
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                lines.add(line);
            }
        }
        return lines;
    }

    /**
     * Compiles {@code key<TAB>regex} lines. Comment and blank lines keep their numbers for
     * error messages.
     *
     * @throws IllegalArgumentException naming {@code origin} and the line when a line is malformed
     */
    public static List<Entry> compile(List<String> lines, String origin, int flags) {
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab <= 0 || tab == line.length() - 1) {
                throw new IllegalArgumentException(origin + ":" + (i + 1)
                        + ": expected 'category<TAB>regular expression', got '" + line + "'");
            }
            String key = line.substring(0, tab).trim();
            String regex = line.substring(tab + 1).trim();
            try {
                Pattern p = Pattern.compile(regex, flags);
                Set<String> groups = new LinkedHashSet<>();
                Matcher m = GROUP_NAME.matcher(regex);
                while (m.find()) {
                    groups.add(m.group(1));
                }
                entries.add(new Entry(key, p, groups, origin + ":" + (i + 1)));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(origin + ":" + (i + 1) + ": bad regular expression: "
                        + e.getDescription() + " near index " + e.getIndex(), e);
            }
        }
        return entries;
    }

    /** A placeholder in a template pattern: {@code {name}}, a lower-case name (regex quantifiers are digits). */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z][a-z0-9-]*)\\}");

    /**
     * Compiles {@code key<TAB>regex} lines as {@link #compile} does, after expanding placeholders:
     * a line {@code =name<TAB>regex} defines {@code {name}}, which later lines (definitions and
     * patterns) may use; it stands for {@code (?:regex)}.
     *
     * @throws IllegalArgumentException naming {@code origin} and the line when a line is malformed or uses a
     *                                  placeholder defined nowhere above it
     */
    public static List<Entry> compileTemplates(List<String> lines, String origin, int flags) {
        java.util.Map<String, String> defined = new java.util.HashMap<>();
        List<String> expanded = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int tab = line.indexOf('\t');
            if (line.isBlank() || line.stripLeading().startsWith("#") || tab <= 0) {
                expanded.add(line);
                continue;
            }
            String key = line.substring(0, tab).trim();
            StringBuilder regex = new StringBuilder();
            Matcher m = PLACEHOLDER.matcher(line.substring(tab + 1).trim());
            while (m.find()) {
                String value = defined.get(m.group(1));
                if (value == null) {
                    throw new IllegalArgumentException(origin + ":" + (i + 1) + ": placeholder {" + m.group(1)
                            + "} is not defined above (define it with a line '=" + m.group(1) + "<TAB>regex')");
                }
                m.appendReplacement(regex, Matcher.quoteReplacement("(?:" + value + ")"));
            }
            m.appendTail(regex);
            if (key.startsWith("=")) {
                defined.put(key.substring(1), regex.toString());
                expanded.add(""); // keeps the line numbers of the lines below
            } else {
                expanded.add(key + "\t" + regex);
            }
        }
        return compile(expanded, origin, flags);
    }

    /** The non-comment, non-blank lines, trimmed. */
    public static List<String> plain(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            if (!line.isBlank() && !line.stripLeading().startsWith("#")) {
                out.add(line.trim());
            }
        }
        return out;
    }
}
