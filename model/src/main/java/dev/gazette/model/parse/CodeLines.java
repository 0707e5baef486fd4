package dev.gazette.model.parse;

import dev.gazette.model.LineIndex;
import java.util.regex.Pattern;

/**
 * Finds the lines of code listings in an article (a blog post's JavaScript, Python or Zig): a line whose shape is
 * code, and a line that sits between two such lines of one block (no blank line between them). Rules that read
 * prose (missing spaces, run-together words, stray lines, line joins) leave these lines alone: a closing brace,
 * "console.log(x);" and "getData" are code, not slips of typing.
 *
 * <p>A line's shape is code when it is only brackets and separators (a closing brace, "});", a comment's close),
 * starts a comment ("//", "/" + "*") or a preprocessor line ("#include"), opens a block with a brace after code,
 * ends a statement with a semicolon, assigns with "=" after an identifier and holds brackets, quotes or a
 * semicolon, or calls "name(...)" / "name.name(...)" with nothing after the call but a separator. Besides these
 * statements of JavaScript-like languages, a line is code when it holds template markup ("{{ item.views }}",
 * "{% if user %}", "<%= name %>", "${total}"), is an HTML or XML tag ("&lt;div class=\"note\"&gt;", "&lt;/ul&gt;"), a
 * CSS selector that opens a block or a declaration ("color: red;"), a JSON member ("\"name\": \"gazette\","), a
 * shell command after its prompt ("$ npm install"), or a configuration line whose key is an identifier with an
 * underscore, dot or hyphen ("max_workers = 4", "log_level: debug"). A web page that shows its own template code
 * (an unrendered comment widget, say) is read so too.
 */
public final class CodeLines {

    private static final Pattern ONLY_BRACKETS = Pattern.compile("[{}()\\[\\];,. ]+");
    private static final Pattern COMMENT = Pattern.compile("(?://|/\\*|#include\\b|#!/).*");
    private static final Pattern OPENS_BLOCK = Pattern.compile(".*[)=>\\]:]\\s*\\{|.*\\b(?:else|try|do)\\s*\\{|.*=\\s*\\w*\\{");
    private static final Pattern STATEMENT = Pattern.compile(".*[\\w)\\]\"'`]\\s*;");
    private static final Pattern ASSIGNMENT = Pattern.compile(
            "(?:(?:const|let|var|val|def|pub|auto|int|final)\\s+)?[A-Za-z_$][\\w$.]*(?:\\s*:\\s*[\\w\\[\\]]+)?\\s*[-+*/]?=\\s*\\S.*");
    private static final Pattern CALL = Pattern.compile(
            "(?:return\\s+|await\\s+)?[A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*)*\\(.*\\)[;,]?");
    private static final Pattern KEYWORD = Pattern.compile("(?:return|break|continue|const|let|var|import|throw)\\b");
    /** Template markup of the common web template languages (Mustache, Angular, Jinja, ERB, JavaScript templates). */
    private static final Pattern TEMPLATE = Pattern.compile("\\{\\{.*?}}|\\{%.*?%}|<%.*?%>|\\$\\{[^}\\s][^}]*}");
    /** A line that is one or more tags: an opening tag with its attributes, a closing tag, a comment. */
    private static final Pattern TAG = Pattern.compile("(?:<!--.*|<[A-Za-z][\\w:-]*+(?:\\s++[\\w:@.-]++"
            + "(?:=(?:\"[^\"]*+\"|'[^']*+'|[^\\s>]++))?+)*+\\s*+/?>.*|</[A-Za-z][\\w:-]*+>.*)");
    /** A CSS selector that opens a block: ".note {", "a:hover, p > em {". */
    private static final Pattern CSS_SELECTOR = Pattern.compile("[.#@:]?[A-Za-z*\\[][\\w\\s,>+~.:#*\\[\\]=\"'()-]*+\\{");
    /** A CSS declaration: a lower-case property, a colon and a value ended by a semicolon ("margin-top: 4px;"). */
    private static final Pattern CSS_DECLARATION = Pattern.compile("-?[a-z][a-z-]*+\\s*:\\s*[^:;{}]{1,40};\\s*}?");
    /** A JSON member: a quoted key, a colon and a value (string, number, literal, or an opening bracket). */
    private static final Pattern JSON_MEMBER = Pattern.compile(
            "\"[^\"]+\"\\s*:\\s*(?:\"[^\"]*\"|-?\\d[\\d.eE+-]*|true|false|null|\\{|\\[)\\s*[,}\\]]*");
    /** A shell command after a dollar prompt: "$ npm install", "$ ./run.sh". */
    private static final Pattern SHELL = Pattern.compile("\\$ +[a-z./~][\\w./~-]*(?:\\s.*)?");
    /**
     * A configuration line whose key is an identifier joined by an underscore or dot ("max_workers = 4",
     * "log.level: debug"), or by a hyphen before an equals sign ("dry-run = true").
     */
    private static final Pattern CONFIG = Pattern.compile(
            "[a-z][a-z0-9]*+(?:[_.][a-z0-9]++)++\\s*[=:]\\s*\\S+|[a-z][a-z0-9]*+(?:-[a-z0-9]++)++\\s*=\\s*\\S+");
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("#{1,6}\\s+\\S.*");

    private CodeLines() {
    }

    /** Whether {@code line} alone has the shape of a line of code. */
    public static boolean looksLikeCode(String line) {
        String t = line.strip();
        if (t.isEmpty()) {
            return false;
        }
        if (ONLY_BRACKETS.matcher(t).matches() && t.matches(".*[{};].*")) {
            return true;
        }
        if (t.equals("*/") || COMMENT.matcher(t).matches() || OPENS_BLOCK.matcher(t).matches()) {
            return true;
        }
        if (STATEMENT.matcher(t).matches() && (hasCodePunctuation(t.replace(";", "")) || KEYWORD.matcher(t).lookingAt())) {
            return true;
        }
        if (ASSIGNMENT.matcher(t).matches() && hasCodePunctuation(t.replace("=", ""))) {
            return true;
        }
        if (CALL.matcher(t).matches() && !t.contains(". ")) {
            return true;
        }
        return TEMPLATE.matcher(t).find() || TAG.matcher(t).matches() || CSS_SELECTOR.matcher(t).matches()
                || CSS_DECLARATION.matcher(t).matches() || JSON_MEMBER.matcher(t).matches() || SHELL.matcher(t).matches()
                || CONFIG.matcher(t).matches();
    }

    private static boolean hasCodePunctuation(String t) {
        return t.indexOf('(') >= 0 || t.indexOf('[') >= 0 || t.indexOf('{') >= 0 || t.indexOf('"') >= 0
                || t.indexOf('=') >= 0 || t.indexOf(';') >= 0 || t.indexOf('`') >= 0;
    }

    /** A Markdown heading: one to six {@code #} and a space before its words ({@code ## The Concept}). */
    public static boolean isMarkdownHeading(String line) {
        return MARKDOWN_HEADING.matcher(line.strip()).matches();
    }

    /**
     * The code lines of {@code text}, indexed by line number (1-based; index 0 unused): lines whose shape is code,
     * and lines between two of them in one block of non-blank lines.
     */
    public static boolean[] of(String text) {
        LineIndex index = LineIndex.of(text);
        int n = index.lineCount();
        String[] lines = new String[n + 1];
        boolean[] code = new boolean[n + 1];
        for (int k = 1; k <= n; k++) {
            lines[k] = text.substring(index.lineStart(k), index.lineEnd(k));
            code[k] = looksLikeCode(lines[k]);
        }
        int lastCode = 0;
        for (int k = 1; k <= n; k++) {
            if (lines[k].isBlank()) {
                lastCode = 0;
            } else if (code[k]) {
                for (int j = lastCode + 1; lastCode > 0 && j < k; j++) {
                    code[j] = true;
                }
                lastCode = k;
            }
        }
        return code;
    }
}
