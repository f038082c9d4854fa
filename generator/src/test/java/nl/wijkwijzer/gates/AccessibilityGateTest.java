package nl.wijkwijzer.gates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Gate: axe-core finds no WCAG 2.1 A/AA violation on one page of every page type, at desktop width
 * and on a narrow phone screen.
 */
class AccessibilityGateTest extends BrowserTestBase {
    @BeforeAll
    static void needsAxe() {
        nl.wijkwijzer.browser.RequiredTool.require(Axe.source() != null, "axe-core " + Axe.VERSION + " (npm)");
    }

    private static Map<String, List<String>> violations(BuiltSite site, List<Path> pages) {
        Map<String, List<String>> found = new TreeMap<>();
        for (Path page : pages) {
            browser.open(page);
            List<String> v = Axe.violations(browser, Axe.WCAG21_AA);
            if (!v.isEmpty()) {
                found.put(site.relative(page), v);
            }
        }
        return found;
    }

    @Test
    void noViolationsOnEveryPageTypeAtDesktopWidth() {
        BuiltSite site = BuiltSite.get();
        List<Path> pages = PageTypes.representatives(site);
        assertTrue(pages.size() >= 15, "page types: " + pages.size());
        browser.resize(1280, 900);
        assertEquals(Map.of(), violations(site, pages));
    }

    @Test
    void noViolationsOnEveryPageTypeOnAPhone() {
        BuiltSite site = BuiltSite.get();
        browser.resize(375, 812);
        try {
            assertEquals(375L, browser.js("return window.innerWidth;"));
            assertEquals(Map.of(), violations(site, PageTypes.representatives(site)));
        } finally {
            browser.resize(1280, 900);
        }
    }

    @Test
    void gateReportsAnImageWithoutAltText() {
        browser.open(Fixtures.path("img-without-alt.html"));
        // What the gate guarantees is that it reports the missing alt text, whatever else a browser adds.
        List<String> found = Axe.violations(browser, Axe.WCAG21_AA);
        assertTrue(found.contains("image-alt (critical): img"), found.toString());
    }
}
