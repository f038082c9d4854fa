package nl.wijkwijzer.gates;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Chromium driven through chromedriver (Selenium). Pages are opened from disk (file://),
 * as users of a file share do. Tests fail on machines without a browser
 * ({@code RequiredTool}); CI installs one (.ci/run).
 */
public final class Browser implements AutoCloseable {
    private static final Path CHROMIUM = Path.of(System.getProperty("wijkwijzer.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("wijkwijzer.chromedriver", "/usr/bin/chromedriver"));

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(int width, int height) throws IOException {
        profile = Files.createTempDirectory("wijkwijzer-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        // Registered before any page script runs, so violations during parsing are caught too.
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                window.__cspViolations = [];
                document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(
                    e.effectiveDirective + ' blokkeert ' + (e.blockedURI || 'inline') + ' (regel ' + e.lineNumber + ')'));
                """));
    }

    public static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    public static Browser start(int width, int height) throws IOException {
        return new Browser(width, height);
    }

    public WebDriver driver() {
        return driver;
    }

    public void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /**
     * Phone emulation as Chromium's device mode does it: a {@code width} CSS px wide layout viewport
     * that honours {@code <meta name="viewport">}, touch-style overlay scrollbars and device pixel ratio 2.
     */
    public void emulatePhone(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 2, "mobile", true));
    }

    /** Back to the desktop window this browser was started with. */
    public void stopEmulation() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /** CSS media type the page is laid out for: "print", or "" for the screen again. */
    public void emulateMedia(String media) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", media));
    }

    /**
     * Prints the open page as the browser's print dialog would (print style sheets, the page's own
     * {@code @page} size, A4 otherwise), without backgrounds; returns the PDF.
     */
    public byte[] printToPdf() {
        Map<String, Object> result = driver.executeCdpCommand("Page.printToPDF", Map.of("paperWidth", 8.27,
                "paperHeight", 11.69, "preferCSSPageSize", true, "printBackground", false));
        return java.util.Base64.getDecoder().decode((String) result.get("data"));
    }

    public void open(Path file) {
        driver.get(file.toUri().toString());
    }

    public Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    public Object jsAsync(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeAsyncScript(script, args);
    }

    /** Content-Security-Policy violations reported on the open page since it loaded. */
    @SuppressWarnings("unchecked")
    public List<String> cspViolations() {
        return (List<String>) js("return window.__cspViolations || ['geen meting'];");
    }

    /** Console messages at level SEVERE since the last call (CSP violations are reported there). */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var walk = Files.walk(profile)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // temp profile; best effort
            }
        }
    }
}
