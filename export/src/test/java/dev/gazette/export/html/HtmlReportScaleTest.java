package dev.gazette.export.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Measures a large report in Chromium: file size, time to first render, and how long opening an
 * article, filtering and sorting the findings take. A measurement, run on demand on a page made
 * beforehand (docs/report.md says how):
 * {@code mvn -pl export test -Dtest=HtmlReportScaleTest -Dgazette.report.page=/tmp/reuters.html}.
 * Prints the figures and holds them to the limits of a usable page.
 */
@EnabledIfSystemProperty(named = "gazette.report.page", matches = ".+",
        disabledReason = "a measurement: give -Dgazette.report.page=FILE to run it (see docs/report.md)")
class HtmlReportScaleTest {

    @Test
    void aLargeReportRendersAndAnswersQuickly() throws Exception {
        Chromium.assume();
        Path page = Path.of(System.getProperty("gazette.report.page")).toAbsolutePath();
        int runs = Integer.getInteger("gazette.report.runs", 3);
        List<Map<String, Object>> results = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            ChromeDriver driver = Chromium.start(ReportPages.ARTEFACTS.resolve("work"),
                    ReportPages.ARTEFACTS.resolve("downloads"), 1280, 800);
            try {
                results.add(measure(driver, page));
                assertThat(Chromium.console(driver)).as("console messages").isEmpty();
            } finally {
                driver.quit();
            }
        }
        System.out.printf(Locale.ROOT, "report %s: %.1f MB%n", page, Files.size(page) / 1e6);
        for (Map<String, Object> r : results) {
            System.out.println("  " + r);
        }
        for (Map<String, Object> r : results) {
            assertThat(((Number) r.get("firstRenderMs")).doubleValue()).as("time to first render").isLessThan(10_000);
            assertThat(((Number) r.get("openArticleMs")).doubleValue()).as("opening an article").isLessThan(2_000);
            assertThat(((Number) r.get("filterRuleMs")).doubleValue()).as("filtering by rule").isLessThan(2_000);
            assertThat(((Number) r.get("filterTextMs")).doubleValue()).as("filtering by text").isLessThan(2_000);
        }
    }

    private static Map<String, Object> measure(ChromeDriver driver, Path page) {
        JavascriptExecutor js = driver;
        driver.get(page.toUri().toString());
        new WebDriverWait(driver, Duration.ofSeconds(120))
                .until(d -> "complete".equals(js.executeScript("return document.readyState")));
        Number firstRender = (Number) js.executeScript(
                "return performance.getEntriesByName('gazette-first-render')[0].startTime;");
        Number paint = (Number) js.executeScript("var p = performance.getEntriesByName('first-contentful-paint');"
                + " return p.length ? p[0].startTime : -1;");
        Number loaded = (Number) js.executeScript("var n = performance.getEntriesByType('navigation')[0];"
                + " return n.loadEventEnd;");
        Number heap = (Number) js.executeScript("return performance.memory ? performance.memory.usedJSHeapSize : -1;");
        String last = (String) js.executeScript("var D = JSON.parse(document.getElementById('gz-index').textContent);"
                + " var ids = D.inputs.filter(function (x) { return x[2] === 1; }); return ids[ids.length - 1][0];");
        double openArticle = timed(js, "location.hash = '#article/' + encodeURIComponent(arguments[0]);", last,
                "#a-view[data-article='" + last + "'] #article-body");
        js.executeScript("location.hash = '#findings';");
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(By.id("f-status")).isEmpty());
        long t0 = System.nanoTime();
        new Select(driver.findElement(By.id("f-rule"))).selectByIndex(1);
        double filterRule = (System.nanoTime() - t0) / 1e6;
        new Select(driver.findElement(By.id("f-rule"))).selectByIndex(0);
        double filterText = ((Number) js.executeScript("var q = document.getElementById('f-q'); var t = performance.now();"
                + " q.value = 'paragraph'; q.form.dispatchEvent(new Event('submit', {cancelable: true}));"
                + " return performance.now() - t;")).doubleValue();
        double sort = ((Number) js.executeScript("var t = performance.now();"
                + " document.querySelector('#f-table th[data-sort=message] button').click(); return performance.now() - t;"))
                .doubleValue();
        double entities = timed(js, "location.hash = '#entities';", null, "#e-list .entity");
        Number heapAfter = (Number) js.executeScript("return performance.memory ? performance.memory.usedJSHeapSize : -1;");
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("firstRenderMs", Math.round(firstRender.doubleValue()));
        m.put("firstPaintMs", Math.round(paint.doubleValue()));
        m.put("loadMs", Math.round(loaded.doubleValue()));
        m.put("heapAtLoadMB", Math.round(heap.doubleValue() / 1e6));
        m.put("openArticleMs", Math.round(openArticle));
        m.put("filterRuleMs", Math.round(filterRule));
        m.put("filterTextMs", Math.round(filterText));
        m.put("sortMs", Math.round(sort));
        m.put("entitiesMs", Math.round(entities));
        m.put("heapInUseMB", Math.round(heapAfter.doubleValue() / 1e6));
        return m;
    }

    /** Runs {@code action} and waits until {@code selector} matches: the milliseconds between, in the page's clock. */
    private static double timed(JavascriptExecutor js, String action, Object arg, String selector) {
        return ((Number) js.executeAsyncScript("var done = arguments[arguments.length - 1]; var sel = arguments[1];"
                + " var t = performance.now();"
                + action
                + " (function poll() { if (document.querySelector(sel)) { done(performance.now() - t); }"
                + " else { setTimeout(poll, 5); } })();", arg, selector)).doubleValue();
    }
}
