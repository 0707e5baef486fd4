package dev.gazette.export.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The page around the data: {@code report.html} with the style sheet ({@code report.css}) and
 * the script ({@code report.js}) written inline, and a Content-Security-Policy that allows exactly
 * that style sheet and that script (by their SHA-256 hashes) and nothing else: no remote load, no
 * other inline script, no form, no base URL.
 */
final class PageTemplate {

    private static final String DATA = "<!--@DATA-->";
    private static final String DETAILS = "<!--@DETAILS-->";
    private static volatile PageTemplate loaded;

    private final String head;
    private final String script;
    private final String end;

    private PageTemplate(String html, String css, String js) {
        String csp = policy(css, js);
        String page = html.replace("{{CSP}}", csp).replace("{{STYLE}}", css);
        int data = page.indexOf(DATA);
        int details = page.indexOf(DETAILS);
        if (data < 0 || details < data) {
            throw new IllegalStateException("report.html lacks the data and details markers");
        }
        this.head = page.substring(0, data);
        this.script = page.substring(data + DATA.length(), details).replace("{{SCRIPT}}", js);
        this.end = page.substring(details + DETAILS.length());
    }

    /** The template from the class path (read once). */
    static PageTemplate load() {
        PageTemplate t = loaded;
        if (t == null) {
            t = new PageTemplate(resource("report.html"), resource("report.css"), resource("report.js"));
            loaded = t;
        }
        return t;
    }

    /** The Content-Security-Policy of the page. */
    static String policy(String css, String js) {
        return "default-src 'none'; script-src '" + sha256(js) + "'; style-src '" + sha256(css)
                + "'; img-src data:; base-uri 'none'; form-action 'none'";
    }

    /** Everything up to the data: head, style, skeleton. {@code title} is escaped here. */
    void writeHead(Writer out, String title) throws IOException {
        out.write(head.replace("{{TITLE}}", escape(title)));
    }

    /** The script, after the data and before the article details. */
    void writeBody(Writer out) throws IOException {
        out.write(script);
    }

    /** The end of the page, after the article details. */
    void writeEnd(Writer out) throws IOException {
        out.write(end);
    }

    /** Escapes text for an HTML element's content or a quoted attribute value. */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String sha256(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = PageTemplate.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
    }
}
