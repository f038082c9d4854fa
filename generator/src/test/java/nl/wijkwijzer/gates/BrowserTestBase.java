package nl.wijkwijzer.gates;

import java.io.IOException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** One headless Chromium per test class at desktop size; the class fails when no browser is installed (RequiredTool). */
abstract class BrowserTestBase {
    protected static Browser browser;

    @BeforeAll
    static void startBrowser() throws IOException {
        nl.wijkwijzer.browser.RequiredTool.require(Browser.available(), "chromium/chromedriver");
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
