package nl.wijkwijzer.gates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The site works under its own Content-Security-Policy: no page logs a violation or other error. */
class CspBrowserTest extends BrowserTestBase {
    @Test
    void everyPageTypeLoadsWithoutViolationsOrConsoleErrors() {
        BuiltSite site = BuiltSite.get();
        browser.consoleErrors();
        Map<String, List<String>> errors = new TreeMap<>();
        for (Path page : PageTypes.representatives(site)) {
            browser.open(page);
            List<String> found = new java.util.ArrayList<>(browser.cspViolations());
            found.addAll(browser.consoleErrors());
            if (!found.isEmpty()) {
                errors.put(site.relative(page), found);
            }
        }
        assertEquals(Map.of(), errors);
    }

    @Test
    void gateReportsAnInlineScriptBlockedByThePolicy() {
        browser.consoleErrors();
        browser.open(Fixtures.path("inline-script.html"));
        assertEquals(List.of("script-src-elem blokkeert inline (regel 13)"), browser.cspViolations());
        List<String> console = browser.consoleErrors();
        assertTrue(console.stream().anyMatch(m -> m.contains("Content Security Policy directive")), console.toString());
        assertEquals("Tekst.", browser.driver().findElement(By.id("doel")).getText(), "the inline script must not have run");
    }
}
