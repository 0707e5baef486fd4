package dev.gazette.export.html;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * A real browser for the report's tests: Debian's {@code chromium} driven through its
 * {@code chromedriver}, headless, with a fresh profile and nothing that reaches the network on its
 * own. Found at {@code /usr/bin} (or {@code $GAZETTE_CHROMIUM} and {@code $GAZETTE_CHROMEDRIVER}).
 * When they are missing the tests are skipped with {@link #MISSING}; when
 * {@code $GAZETTE_REQUIRE_BROWSER} is set (CI, after installing them) they fail instead.
 */
final class Chromium {

    static final Path BROWSER = Path.of(env("GAZETTE_CHROMIUM", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(env("GAZETTE_CHROMEDRIVER", "/usr/bin/chromedriver"));

    /** The message of a skipped test. */
    static final String MISSING = "Chromium is not installed (no " + BROWSER + " or no " + DRIVER
            + "): install it with 'apt-get install -y chromium chromium-driver' (.ci/run does) to run the"
            + " browser tests of the HTML report";

    /* Held here: java.util.logging keeps loggers only weakly, and a collected one forgets its level. */
    private static final List<java.util.logging.Logger> QUIET = List.of(
            java.util.logging.Logger.getLogger("org.openqa.selenium.devtools"),
            java.util.logging.Logger.getLogger("org.openqa.selenium.chromium"));

    private Chromium() {
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    static boolean installed() {
        return Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
    }

    /** Skips the calling test (or class) when Chromium is missing, or fails when CI requires it. */
    static void assume() {
        if (!installed() && System.getenv("GAZETTE_REQUIRE_BROWSER") != null) {
            fail(MISSING + " ($GAZETTE_REQUIRE_BROWSER is set, so this is an error)");
        }
        assumeTrue(installed(), MISSING);
    }

    /**
     * Starts a headless Chromium with a fresh profile in {@code work}; downloads go to
     * {@code downloads}. The window is {@code width} by {@code height} CSS pixels.
     */
    static ChromeDriver start(Path work, Path downloads, int width, int height) throws IOException {
        // Selenium looks for a DevTools binding of this Chromium's version and warns that it ships none;
        // the tests use only WebDriver and plain CDP commands, which need none.
        QUIET.forEach(l -> l.setLevel(Level.SEVERE));
        Path profile = Files.createTempDirectory(Files.createDirectories(work), "profile-");
        Files.createDirectories(downloads);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--no-default-browser-check",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=" + width + "," + height,
                "--force-device-scale-factor=1", "--lang=en-US", "--enable-precise-memory-info");
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", downloads.toAbsolutePath().toString(),
                "download.prompt_for_download", false));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .withLogOutput(java.io.OutputStream.nullOutputStream())
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(180));
        driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow",
                "downloadPath", downloads.toAbsolutePath().toString()));
        return driver;
    }

    /** The console messages of the page since the last call, as "LEVEL message". */
    static List<String> console(ChromeDriver driver) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(e -> e.getLevel() + " " + e.getMessage()).toList();
    }
}
