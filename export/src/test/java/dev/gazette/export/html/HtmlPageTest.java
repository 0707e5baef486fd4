package dev.gazette.export.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page as a file, without a browser: inert data, a policy that matches its own style and script, same bytes each time. */
class HtmlPageTest {

    @TempDir
    Path tmp;

    @Test
    void jsonDataCannotLeaveItsScriptElement() throws Exception {
        String hostile = "</script><script>alert(1)</script><!-- --> & \u2028\u2029 \uD800 é 🙂";
        String json = PageJson.write(Map.of("text", hostile));
        assertThat(PageJson.inert(json)).as(json).isTrue();
        assertThat(json).doesNotContain("</", "<!--", "\u2028");
        assertThat(new ObjectMapper().readTree(json).get("text").asText()).isEqualTo(hostile);
    }

    @Test
    void thePolicyAllowsExactlyTheInlineStyleAndTheOneScript() throws Exception {
        String html = Files.readString(ReportPages.write(ReportPages.SEEDS, tmp.resolve("p"),
                ReportPages.Options.standard("seeds")), StandardCharsets.UTF_8);
        Matcher csp = Pattern.compile("<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]+)\">").matcher(html);
        assertThat(csp.find()).isTrue();
        String policy = csp.group(1);
        assertThat(policy).startsWith("default-src 'none'; ").contains("base-uri 'none'", "form-action 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval", "http:", "https:", "*");

        List<String> scripts = new ArrayList<>();
        Matcher m = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL).matcher(html);
        while (m.find()) {
            scripts.add(m.group(1));
        }
        assertThat(scripts).as("executable inline scripts").hasSize(1);
        assertThat(policy).contains("script-src '" + sha256(scripts.get(0)) + "'");
        Matcher style = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL).matcher(html);
        assertThat(style.find()).isTrue();
        assertThat(policy).contains("style-src '" + sha256(style.group(1)) + "'");
        assertThat(style.find()).as("a second style element").isFalse();
        assertThat(html).doesNotContainPattern("<[a-z]+[^>]* on[a-z]+=").doesNotContainPattern("<[a-z]+[^>]* style=")
                .doesNotContain("<script src", "<link rel=\"stylesheet\"", "@import", "url(http")
                .doesNotContainPattern("(src|href|action)=\"?(https?:|//)");
    }

    @Test
    void theScriptAndStyleCannotEndTheirOwnElements() throws Exception {
        for (String name : List.of("report.js", "report.css")) {
            try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).toLowerCase(java.util.Locale.ROOT);
                assertThat(text).as(name).doesNotContain("</script", "</style", "<!--", "innerhtml", "eval(",
                        "new function", "document.write");
            }
        }
    }

    @Test
    void theSameRunWritesTheSameBytes() throws Exception {
        byte[] first = Files.readAllBytes(ReportPages.write(ReportPages.SEEDS, tmp.resolve("a"),
                ReportPages.Options.standard("seeds")));
        byte[] second = Files.readAllBytes(ReportPages.write(ReportPages.SEEDS, tmp.resolve("b"),
                ReportPages.Options.standard("seeds")));
        assertThat(second).isEqualTo(first);
        assertThat(Files.list(tmp.resolve("a/dataset")).map(p -> p.getFileName().toString()))
                .as("no spool file left in the dataset").noneMatch(n -> n.contains("spool"));
    }

    private static String sha256(String text) throws Exception {
        return "sha256-" + Base64.getEncoder().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
