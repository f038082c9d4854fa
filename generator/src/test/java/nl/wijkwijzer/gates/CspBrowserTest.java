package nl.wijkwijzer.gates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;

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

    /**
     * The gate's guarantee: an inline script is blocked (it did not run) and the gate reports it. Which
     * other violations a browser version emits besides (Chromium 156 adds {@code script-src-attr}
     * for the fixture's {@code onclick}) is the browser's business, so only their kind is pinned.
     */
    @Test
    void gateReportsAnInlineScriptBlockedByThePolicy() {
        browser.consoleErrors();
        browser.open(Fixtures.path("inline-script.html"));
        assertEquals("Tekst.", browser.driver().findElement(By.id("doel")).getText(), "the inline script must not have run");
        browser.driver().findElement(By.tagName("button")).click();
        assertThrows(NoAlertPresentException.class, () -> browser.driver().switchTo().alert(),
                "the inline onclick handler must not have run");
        List<String> violations = browser.cspViolations();
        assertTrue(violations.stream().anyMatch(v -> v.matches("script-src(-elem)? blokkeert inline \\(regel \\d+\\)")),
                "the blocked <script> element is reported: " + violations);
        assertTrue(violations.stream().allMatch(v -> v.startsWith("script-src")),
                "only script violations in a fixture that has nothing else: " + violations);
        List<String> console = browser.consoleErrors();
        assertTrue(console.stream().anyMatch(m -> m.contains("Content Security Policy directive")), console.toString());
    }
}
