package nl.wijkwijzer.gates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import nl.wijkwijzer.TestPaths;

/**
 * Gate for WCAG 2.1 criterion 1.4.10 (reflow): on a phone of 320 and of 375 CSS px no page scrolls
 * sideways. Measured as {@code document.documentElement.scrollWidth <= clientWidth} under phone
 * emulation; {@code innerWidth} would not do, as it grows with a too-wide page there. A table or chart
 * that needs more room scrolls inside its own focusable region instead.
 */
class ReflowGateTest extends BrowserTestBase {
    static final int[] WIDTHS = {320, 375};

    @AfterEach
    void desktopAgain() {
        browser.stopEmulation();
    }

    /**
     * Every page that scrolls sideways, as "width px: page (scrollWidth)". Each page is loaded once and
     * measured at each width (changing the emulated screen lays the page out again).
     */
    @SuppressWarnings("unchecked")
    static List<String> tooWide(BuiltSite site, List<Path> pages) {
        Map<String, String> found = new TreeMap<>();
        browser.emulatePhone(WIDTHS[0], 720);
        for (Path page : pages) {
            browser.open(page);
            for (int width : WIDTHS) {
                browser.emulatePhone(width, 720);
                List<Long> m = (List<Long>) browser.js(
                        "return [document.documentElement.scrollWidth, document.documentElement.clientWidth];");
                // Without this the gate would pass on a desktop-wide window that never emulated a phone.
                assertEquals(width, m.get(1).intValue(), "no phone emulation on " + site.relative(page));
                if (m.get(0) > m.get(1)) {
                    found.put(width + " px: " + site.relative(page), "scrollWidth " + m.get(0));
                }
            }
        }
        return found.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")").toList();
    }

    @Test
    void noPageOfTheBuiltSiteScrollsSidewaysOnAPhone() {
        BuiltSite site = BuiltSite.get();
        List<Path> pages = site.htmlPages();
        assertTrue(pages.stream().anyMatch(p -> site.relative(p).startsWith("bestuur/")), "the bestuur report is built");
        assertEquals(List.of(), tooWide(site, pages));
    }

    /**
     * The small test knowledge base with what makes a phone page too wide when a page type does not
     * plan for it: long Dutch compounds in titles and table cells, a wide Markdown table, a long web
     * address, long cost items; built for all three audiences.
     */
    @Test
    void noPageOfAStressFixtureScrollsSidewaysOnAPhone(@TempDir Path tmp) throws IOException {
        Path content = tmp.resolve("content");
        BuiltSite.copyTree(TestPaths.resource("mini/content"), content);
        write(content, "site.yaml", """
                titel: Wijkwijzer met heel lange woorden
                gemeente: Testgemeente
                doelgroepen: [publiek, professionals, bestuur]
                wijken:
                  noord: Noord
                  zuid: Zuid
                """);
        String compound = "Schuldhulpverleningsintakegesprekken";
        write(content, "casuistiek/lange-woorden.yaml", """
                titel: %1$s en arbeidsongeschiktheidsverzekeringspremies
                samenvatting: Een casus met %1$s.
                wijk: zuid
                datum: 2025-03-01
                status: lopend
                vuistregels: [financien, wonen]
                zichtbaarheid: publiek
                situatie: |
                  Zie https://www.voorbeeldgemeente.example/sociaal-domein/schuldhulpverlening/aanmelden-voor-een-intakegesprek-zonder-wachttijd.

                  | Gegevens | Woningcorporatie | Huisarts | Wijkagent | Werk en inkomen | Schuldhulpverlening |
                  | --- | --- | --- | --- | --- | --- |
                  | Gezondheidsgegevens | onder voorwaarden | ja | nee | nee | onder voorwaarden |
                  | Inkomensgegevens | nee | nee | nee | ja | ja |
                hulpvraag:
                  wat-wil-ik: Een eigen huis.
                  wat-kan-ik: Zelf koken.
                  wat-heb-ik-nodig: %1$s.
                blokkades:
                  - weeffout: krappe-markt
                    toelichting: Geen woning vrij.
                partijen: [wijkteam]
                kosten:
                  standaard:
                    - {post: Verblijfsvoorzieningsvergoeding beschermd wonen, bedrag: 123456, per: maand, betaler: gemeente}
                  maatwerk:
                    - {post: %1$s, bedrag: 4321, per: week, betaler: gemeente}
                """.formatted(compound));
        BuiltSite site = BuiltSite.build(content, TestPaths.templates());
        List<Path> pages = site.htmlPages();
        assertTrue(Files.readString(site.root().resolve("publiek/casuistiek/lange-woorden.html")).contains(compound));
        assertTrue(pages.size() > 50, "pages: " + pages.size());
        assertEquals(List.of(), tooWide(site, pages));
    }

    @Test
    void gateReportsAPageWithATooWideElement() {
        BuiltSite fixtures = BuiltSite.of(Fixtures.path(""));
        List<String> found = tooWide(fixtures, List.of(Fixtures.path("too-wide.html"), Fixtures.path("valid.html")));
        // The 600 px block plus the body margin and border: the exact figure is the browser's.
        assertEquals(2, found.size(), found.toString());
        assertTrue(found.get(0).matches("320 px: too-wide\\.html \\(scrollWidth 6[01]\\d\\)"), found.get(0));
        assertTrue(found.get(1).matches("375 px: too-wide\\.html \\(scrollWidth 6[01]\\d\\)"), found.get(1));
    }

    /** The deelwijzer matrix needs about 950 px: it scrolls in a region the keyboard can reach and scroll. */
    @Test
    void wideTableScrollsInItsOwnRegionThatTheKeyboardCanScroll() {
        browser.emulatePhone(320, 720);
        browser.open(BuiltSite.get().root().resolve("publiek/avg/deelwijzer.html"));
        WebElement region = browser.driver().findElement(By.cssSelector(".scroll:has(> table.matrix)"));
        assertEquals("region", region.getAttribute("role"));
        assertEquals("0", region.getAttribute("tabindex"));
        assertFalse(region.getAttribute("aria-label").isBlank());
        assertTrue((Boolean) browser.js("return arguments[0].scrollWidth > arguments[0].clientWidth + 300;", region),
                "the matrix is wider than the phone, so the region must scroll");
        browser.js("arguments[0].focus();", region);
        new Actions(browser.driver()).sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT).perform();
        // Keyboard scrolling is animated: wait for it.
        new WebDriverWait(browser.driver(), Duration.ofSeconds(3)).until(d -> ((Number) browser.js(
                "return arguments[0].scrollLeft;", region)).intValue() > 0);
    }

    @Test
    void menuFoldsAwayOnAPhoneAndOpensWithTheKeyboard() {
        Path home = BuiltSite.get().root().resolve("professionals/index.html");
        browser.emulatePhone(320, 720);
        browser.open(home);
        List<WebElement> links = browser.driver().findElements(By.cssSelector("nav[aria-label=Hoofdmenu] a"));
        assertTrue(links.size() >= 6, "menu links: " + links.size());
        WebElement knop = browser.driver().findElement(By.cssSelector("nav[aria-label=Hoofdmenu] summary"));
        assertTrue(knop.isDisplayed());
        assertEquals("Menu", knop.getText());
        assertTrue(links.stream().noneMatch(ReflowGateTest::rendered), "menu is folded away on a phone");
        long headerHeight = (Long) browser.js("return Math.round(document.querySelector('header.top').getBoundingClientRect().height);");
        assertTrue(headerHeight < 180, "header height on a phone: " + headerHeight + " px");
        knop.sendKeys(Keys.ENTER);
        assertTrue(links.stream().allMatch(ReflowGateTest::rendered), "Enter on Menu opens it");
        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        assertEquals(links.get(0), browser.driver().switchTo().activeElement(), "Tab goes from Menu into the menu");

        browser.stopEmulation();
        browser.resize(1280, 900);
        browser.open(home);
        assertFalse(browser.driver().findElement(By.cssSelector("nav[aria-label=Hoofdmenu] summary")).isDisplayed());
        assertTrue(browser.driver().findElements(By.cssSelector("nav[aria-label=Hoofdmenu] a")).stream()
                .allMatch(ReflowGateTest::rendered), "on a wide screen the menu is always open");
    }

    /** Chart text is drawn at 11 or 12 px in the SVG; on a phone it may not shrink below 10 px. */
    @Test
    void reportChartTextStaysLegibleOnAPhone() {
        for (String rel : List.of("publiek/rapport/index.html", "bestuur/rapport/index.html")) {
            Path page = BuiltSite.get().root().resolve(rel);
            browser.emulatePhone(320, 720);
            browser.open(page);
            Number smallest = (Number) browser.js("""
                    let min = 1e9;
                    for (const svg of document.querySelectorAll('svg.grafiek')) {
                      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
                      for (const t of svg.querySelectorAll('text')) {
                        min = Math.min(min, parseFloat(t.getAttribute('font-size')) * scale);
                      }
                    }
                    return min;""");
            assertTrue(smallest.doubleValue() < 1e9, rel + ": no chart found");
            assertTrue(smallest.doubleValue() >= 10, rel + ": smallest chart text " + smallest + " px at 320 px");
        }
    }

    /**
     * Shown on screen. Selenium's isDisplayed treats everything inside a closed {@code <details>} as
     * hidden, whatever the style sheet shows, so the test asks the browser instead.
     */
    private static boolean rendered(WebElement el) {
        // checkVisibility is false inside a closed <details> (its content has content-visibility: hidden);
        // getBoundingClientRect alone would lay the hidden content out and report a size.
        return (Boolean) browser.js("const e = arguments[0], r = e.getBoundingClientRect();"
                + " return e.checkVisibility() && r.width > 0 && r.height > 0;", el);
    }

    private static void write(Path content, String rel, String text) throws IOException {
        Path p = content.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }
}
