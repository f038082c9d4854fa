package nl.wijkwijzer.gates;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** One headless Chromium per test class at desktop size; the class is skipped when no browser is installed. */
abstract class BrowserTestBase {
    protected static Browser browser;

    @BeforeAll
    static void startBrowser() throws IOException {
        assumeTrue(Browser.available(), "chromium/chromedriver niet gevonden");
        browser = Browser.start(1280, 900);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }
}
