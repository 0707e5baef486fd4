package dev.gazette.cli.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks the relative links of the repository's Markdown the way GitHub resolves them: the
 * target file or folder must exist inside the repository (not in a build's {@code target/}),
 * and an anchor must be the GitHub id of a heading of the target page. External links
 * ({@code https:}, {@code mailto:}) are not followed.
 */
final class MarkdownLinks {

    private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(```|~~~)");
    private static final Pattern CODE_SPAN = Pattern.compile("(`+)(.+?)\\1");
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}(#{1,6})\\s+(.*?)(?:\\s+#+)?\\s*$");
    private static final Pattern INLINE_LINK =
            Pattern.compile("!?\\[([^\\]]*)\\]\\(\\s*<?([^)\\s>]*)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    private static final Pattern REFERENCE_DEFINITION =
            Pattern.compile("^\\s{0,3}\\[[^\\]]+\\]:\\s*<?(\\S+?)>?(?:\\s.*)?$");
    private static final Pattern HTML_ANCHOR = Pattern.compile("<a\\s+(?:name|id)=\"([^\"]+)\"");
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:|^//");
    private static final Pattern LINE_ANCHOR = Pattern.compile("L\\d+(-L\\d+)?");
    private static final Pattern MARKUP_LINK = Pattern.compile("!?\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern HTML_TAG = Pattern.compile("<[^>]+>");

    /** A link found in a Markdown file: the file, its 1-based line and the target as written. */
    record Link(Path file, int line, String target) {
    }

    private final Path root;
    private final Map<Path, Set<String>> anchorCache = new HashMap<>();

    MarkdownLinks(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** {@code README.md} and every Markdown file under {@code docs/}, in path order. */
    List<Path> documents() {
        List<Path> out = new ArrayList<>();
        out.add(root.resolve("README.md"));
        Path docs = root.resolve("docs");
        if (Files.isDirectory(docs)) {
            try (Stream<Path> s = Files.walk(docs)) {
                s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(out::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /** Every broken relative link of {@code documents}, one message each ({@code file:line: ...}). */
    List<String> broken(List<Path> documents) {
        List<String> problems = new ArrayList<>();
        for (Path doc : documents) {
            for (Link link : links(doc)) {
                String problem = check(link);
                if (problem != null) {
                    problems.add(root.relativize(link.file().toAbsolutePath().normalize()) + ":" + link.line()
                            + ": link '" + link.target() + "' " + problem);
                }
            }
        }
        return problems;
    }

    /** The links of one Markdown file, outside code blocks and code spans. */
    static List<Link> links(Path file) {
        List<Link> out = new ArrayList<>();
        List<String> lines = read(file);
        boolean inFence = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (FENCE.matcher(line).find()) {
                inFence = !inFence;
                continue;
            }
            if (inFence) {
                continue;
            }
            String text = CODE_SPAN.matcher(line).replaceAll("code");
            Matcher m = INLINE_LINK.matcher(text);
            while (m.find()) {
                out.add(new Link(file, i + 1, m.group(2)));
            }
            Matcher d = REFERENCE_DEFINITION.matcher(text);
            if (d.matches()) {
                out.add(new Link(file, i + 1, d.group(1)));
            }
        }
        return out;
    }

    /**
     * The anchors GitHub gives the headings of a Markdown text (github-slugger: lower case,
     * punctuation and symbols dropped, each space a hyphen, repeats numbered {@code -1},
     * {@code -2}), plus explicit {@code <a name>} and {@code <a id>} anchors.
     */
    static Set<String> anchors(List<String> lines) {
        Set<String> out = new LinkedHashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        boolean inFence = false;
        for (String line : lines) {
            if (FENCE.matcher(line).find()) {
                inFence = !inFence;
                continue;
            }
            if (inFence) {
                continue;
            }
            Matcher a = HTML_ANCHOR.matcher(line);
            while (a.find()) {
                out.add(a.group(1));
            }
            Matcher h = HEADING.matcher(line);
            if (h.matches()) {
                String slug = slug(h.group(2));
                int n = seen.merge(slug, 1, Integer::sum) - 1;
                out.add(n == 0 ? slug : slug + "-" + n);
            }
        }
        return out;
    }

    /** The GitHub anchor of a heading written as {@code markdown}. */
    static String slug(String markdown) {
        String text = CODE_SPAN.matcher(markdown).replaceAll("$2");
        text = MARKUP_LINK.matcher(text).replaceAll("$1");
        text = HTML_TAG.matcher(text).replaceAll("");
        text = text.strip().toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (c == ' ') {
                sb.append('-');
            } else if (c == '-' || c == '_' || Character.isLetterOrDigit(c) || isMark(c)) {
                sb.appendCodePoint(c);
            }
        });
        return sb.toString();
    }

    private static boolean isMark(int c) {
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK
                || t == Character.ENCLOSING_MARK;
    }

    private String check(Link link) {
        String target = link.target();
        if (target.isEmpty()) {
            return "is empty";
        }
        if (SCHEME.matcher(target).find()) {
            return null;
        }
        int hash = target.indexOf('#');
        String pathPart = hash < 0 ? target : target.substring(0, hash);
        String anchor = hash < 0 ? null : target.substring(hash + 1);
        Path from = link.file().toAbsolutePath().normalize();
        Path resolved = pathPart.isEmpty() ? from
                : from.getParent().resolve(URLDecoder.decode(pathPart, StandardCharsets.UTF_8)).normalize();
        if (!resolved.startsWith(root)) {
            return "points outside the repository";
        }
        Path relative = root.relativize(resolved);
        for (Path part : relative) {
            if (part.toString().equals("target")) {
                return "points into build output (target/), which is not in the repository";
            }
        }
        if (!Files.exists(resolved)) {
            return "points at " + relative + ", which does not exist";
        }
        if (anchor == null) {
            return null;
        }
        if (!resolved.toString().endsWith(".md")) {
            return LINE_ANCHOR.matcher(anchor).matches() ? null
                    : "has anchor '#" + anchor + "' on a file that is not Markdown "
                            + "(only #L<n> line anchors work there)";
        }
        Set<String> known = anchorCache.computeIfAbsent(resolved, p -> anchors(read(p)));
        return known.contains(anchor) ? null
                : "has anchor '#" + anchor + "', but no heading of " + relative + " has that GitHub id";
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
