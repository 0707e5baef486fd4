package dev.gazette.export.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The report in Chromium with hostile text and with the optional data present or absent: markup,
 * {@code </textarea>}, {@code </script>}, {@code javascript:} links and quotes in titles, entity
 * names, findings and link evidence stay text; a run without fingerprints shows its suggestions but
 * records no decision; link evidence is drawn when the run has it.
 */
class HtmlReportSafetyBrowserTest {

    /** Each string is a way out of an HTML context; none may run or leave its element. */
    static final String HOSTILE_TITLE = "Report <script>window.pwned=1</script> \"double\" 'single' </textarea> & <b>bold</b>";
    static final String HOSTILE_NAME = "Acme <img src=x onerror=\"window.pwned=2\"> \"Widgets\" </textarea>";

    static ChromeDriver driver;
    static Path work;

    @BeforeAll
    static void start() throws Exception {
        Chromium.assume();
        work = ReportPages.ARTEFACTS.resolve("safety");
        driver = Chromium.start(ReportPages.ARTEFACTS.resolve("work"), ReportPages.ARTEFACTS.resolve("downloads"), 1280, 800);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
    }

    @AfterEach
    void consoleStaysClean() {
        assertThat(Chromium.console(driver)).as("console messages").isEmpty();
    }

    static void open(Path page, String hash) {
        driver.get(page.toAbsolutePath().toUri() + hash);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> "true".equals(
                ((JavascriptExecutor) d).executeScript("return document.documentElement.getAttribute('data-ready')")));
    }

    static Object js(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    /** How many elements of the page match {@code selector}. */
    static int count(String selector) {
        return ((Number) js("return document.querySelectorAll(arguments[0]).length;", selector)).intValue();
    }

    static Path hostileCorpus() throws Exception {
        Path corpus = Files.createDirectories(work.resolve("corpus"));
        Files.writeString(corpus.resolve("hostile-1.txt"), String.join("\n",
                "<script>window.pwned=3</script> \"Quoted\" and 'single' </textarea> Headline",
                "",
                "Acme Widgets said on Monday that sales rose,sharply in \"</script><script>window.pwned=4</script>\".",
                "",
                "Visit <a href=\"javascript:window.pwned=5\">the site</a> or javascript:alert(1) for the the details.",
                "",
                "Acme Widgets and Acme Widgets Inc. agreed, the chief executive said </textarea><!-- comment -->.",
                "",
                "He wrote \"<b onclick='window.pwned=7'>bold</b> claims about </textarea> prices.",
                ""), StandardCharsets.UTF_8);
        Files.writeString(corpus.resolve("hostile-2.txt"), String.join("\n",
                "Second <i>Story</i> About Acme Widgets",
                "",
                "Acme Widgets opened a plant in Baghdad, officials said on Tuesday.",
                ""), StandardCharsets.UTF_8);
        Path registry = work.resolve("registry.yaml");
        Files.writeString(registry, String.join("\n",
                "entities:",
                "  - id: acme",
                "    name: '" + HOSTILE_NAME.replace("'", "''") + "'",
                "    type: organisation",
                "    aliases: [{name: Acme Widgets, kind: short}]",
                ""), StandardCharsets.UTF_8);
        return corpus;
    }

    @Test
    void hostileTextInTitlesNamesFindingsAndEvidenceStaysText() throws Exception {
        Path corpus = hostileCorpus();
        Path page = ReportPages.write(corpus, work.resolve("hostile"), ReportPages.Options.standard(HOSTILE_TITLE)
                .withRegistry(work.resolve("registry.yaml"))
                .with(r -> r.entityLinks(List.of(ReportPages.link("acme", "Acme Widgets",
                        "</textarea><img src=x onerror=\"window.pwned=6\">", 0.97, 8.5,
                        "name:alias=+6.0; context:<script>=+2.5", "Joined because \"<b>quotes</b>\" & 'apostrophes' agree.")))));
        String html = Files.readString(page, StandardCharsets.UTF_8);
        List<CSVRecord> articles = ReportPages.csv(page, "articles");
        List<CSVRecord> findings = ReportPages.csv(page, "findings");
        assertThat(findings).as("findings whose messages quote markup")
                .anyMatch(f -> f.get("message").contains("<b onclick="));

        open(page, "");
        assertThat(driver.getTitle()).isEqualTo(HOSTILE_TITLE);
        assertThat(driver.findElement(By.id("page-title")).getText()).isEqualTo(HOSTILE_TITLE.replaceAll(" +", " "));
        for (String view : List.of("#findings", "#entities", "#suggestions", "#article/hostile-1", "#article/hostile-2")) {
            open(page, view);
            assertThat(js("return window.pwned === undefined;")).as("script ran in %s", view).isEqualTo(true);
            assertThat(count("script:not([type=\"application/json\"])"))
                    .as("executable scripts in %s", view).isEqualTo(1);
            assertThat(count("main img, main b, main i, main textarea"))
                    .as("elements made from text in %s", view).isZero();
            @SuppressWarnings("unchecked")
            List<String> hrefs = (List<String>) js("return Array.prototype.map.call(document.querySelectorAll('[href]'),"
                    + " function (a) { return a.getAttribute('href'); });");
            assertThat(hrefs).as("links in %s", view).allMatch(h -> h.startsWith("#") || h.equals("data:,"));
        }

        open(page, "#article/hostile-1");
        CSVRecord first = articles.stream().filter(a -> a.get("id").equals("hostile-1")).findFirst().orElseThrow();
        assertThat(driver.findElement(By.id("a-title")).getText()).isEqualTo(first.get("title"));
        String body = (String) js("return document.getElementById('article-body').textContent;");
        assertThat(body).contains("<a href=\"javascript:window.pwned=5\">the site</a>",
                "</script><script>window.pwned=4</script>",
                "</textarea><!-- comment -->");

        open(page, "#findings");
        CSVRecord hostile = findings.stream().filter(f -> f.get("message").contains("<b onclick=")).findFirst().orElseThrow();
        String table = (String) js("return document.getElementById('f-body').textContent;");
        assertThat(table).contains(hostile.get("message"));

        open(page, "#entities");
        WebElement card = driver.findElement(By.cssSelector(".entity[data-entity=acme]"));
        assertThat(card.findElement(By.cssSelector("h3 span")).getText()).isEqualTo(HOSTILE_NAME.replaceAll(" +", " "));
        assertThat(card.getText()).contains("Joined because \"<b>quotes</b>\" & 'apostrophes' agree.", "context:<script>");
        assertThat(card.findElement(By.cssSelector(".link")).getAttribute("data-linked"))
                .isEqualTo("</textarea><img src=x onerror=\"window.pwned=6\">");

        // the file itself: the data cannot end its script element, and only the policy's own script runs
        java.util.regex.Matcher blocks = java.util.regex.Pattern.compile(
                "<script type=\"application/json\" id=\"([^\"]+)\">(.*?)</script>", java.util.regex.Pattern.DOTALL).matcher(html);
        int count = 0;
        while (blocks.find()) {
            assertThat(blocks.group(2)).as("data block %s", blocks.group(1)).doesNotContain("<", ">", "&");
            count++;
        }
        assertThat(count).as("summary, index, entities and one block per article").isEqualTo(3 + articles.size());
        assertThat(html).doesNotContain("<script>window.pwned", "<img src=x");
    }

    @Test
    void withoutFingerprintsSuggestionsAreShownButCannotBeDecided() throws Exception {
        // a page built from results without fingerprints (a dataset written before issue 15 had none)
        Path page = ReportPages.write(ReportPages.SEEDS, work.resolve("no-fingerprints"),
                ReportPages.Options.standard("Seeds without fingerprints").withoutFingerprints());
        open(page, "#suggestions");
        assertThat(driver.findElement(By.id("s-no-fp")).getText()).contains("no fingerprints");
        List<WebElement> cards = driver.findElements(By.cssSelector("#s-list .suggestion"));
        assertThat(cards).isNotEmpty().allSatisfy(c -> {
            assertThat(c.getAttribute("data-fp")).isNull();
            assertThat(c.findElements(By.cssSelector("input[type=radio]"))).allMatch(r -> !r.isEnabled());
        });
        assertThat(driver.findElement(By.id("s-download")).isEnabled()).isFalse();
    }

    @Test
    void linkEvidenceIsDrawnWhenTheRunHasIt() throws Exception {
        Path plain = ReportPages.write(ReportPages.SEEDS, work.resolve("plain"), ReportPages.Options.standard("plain"));
        CSVRecord entity = ReportPages.csv(plain, "entities").stream()
                .filter(e -> e.get("variants").split("\\|").length >= 2).findFirst().orElseThrow();
        String[] forms = entity.get("variants").split("\\|");
        Path page = ReportPages.write(ReportPages.SEEDS, work.resolve("links"), ReportPages.Options.standard("links")
                .with(r -> r.entityLinks(List.of(
                        ReportPages.link(entity.get("id"), forms[0], forms[1], 0.998, 11.4,
                                "name:transliteration-key=+7.9; context:shared-entities=+4.3; period:same-year=-0.8",
                                "Same transliteration key and 14 shared co-occurring entities."),
                        ReportPages.link("no-such-entity", "A", "B", 0.5, 0.0, "", "")))));
        open(page, "#entities?q=" + java.net.URLEncoder.encode(forms[1], StandardCharsets.UTF_8).replace("+", "%20"));
        assertThat(driver.findElements(By.id("e-no-links"))).isEmpty();
        WebElement card = driver.findElement(By.cssSelector(".entity[data-entity='" + entity.get("id") + "']"));
        WebElement link = card.findElement(By.cssSelector(".link"));
        assertThat(link.getText()).contains(forms[0] + " ↔ " + forms[1], "probability 0.998", "weight +11.4 bits",
                "Same transliteration key and 14 shared co-occurring entities.");
        List<WebElement> bars = link.findElements(By.cssSelector(".bar-row"));
        assertThat(bars).extracting(b -> b.getAttribute("aria-label")).containsExactly(
                "name:transliteration-key +7.9 bits", "context:shared-entities +4.3 bits", "period:same-year -0.8 bits");
        assertThat(bars.get(2).findElement(By.cssSelector("rect")).getAttribute("class")).isEqualTo("neg");
        assertThat(Map.of("rows", driver.findElements(By.cssSelector(".link")).size())).isEqualTo(Map.of("rows", 1));
    }
}
