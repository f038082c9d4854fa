package nl.wijkwijzer.gates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** Keyboard-only use: skip link first, then menu, search field and the case filters by Tab alone. */
class KeyboardNavigationTest extends BrowserTestBase {
    private static Path page(String rel) {
        return BuiltSite.get().root().resolve(rel);
    }

    /**
     * Opens a page with the sequential focus starting point at the top of the document, as for a
     * visitor who just arrived; Chromium can otherwise keep the point from the previous page.
     */
    private static void openFresh(String rel) {
        browser.open(page(rel));
        browser.js("document.body.setAttribute('tabindex', '-1'); document.body.focus();"
                + " document.body.removeAttribute('tabindex'); window.scrollTo(0, 0);");
    }

    private static void tab() {
        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
    }

    private static WebElement focused() {
        return browser.driver().switchTo().activeElement();
    }

    /** Tabs through the page from the top and returns every element that got focus, in order. */
    private static List<WebElement> tabOrder(int max) {
        List<WebElement> order = new ArrayList<>();
        for (int i = 0; i < max; i++) {
            tab();
            WebElement el = focused();
            if (!order.isEmpty() && order.get(0).equals(el)) {
                break; // wrapped around
            }
            order.add(el);
        }
        return order;
    }

    @Test
    void firstTabReachesTheSkipLinkWhichMovesFocusToMain() {
        for (String rel : List.of("publiek/index.html", "professionals/casuistiek/index.html", "publiek/avg/inleiding.html")) {
            openFresh(rel);
            tab();
            WebElement skip = focused();
            assertEquals("Naar de inhoud", skip.getText(), rel);
            assertEquals("skip", skip.getAttribute("class"), rel);
            assertTrue((Boolean) browser.js("return arguments[0].getBoundingClientRect().top >= 0"
                    + " && getComputedStyle(arguments[0]).clip !== 'rect(0px, 0px, 0px, 0px)';", skip),
                    rel + ": skip link is not shown when it has focus");
            skip.sendKeys(Keys.ENTER);
            assertEquals("main", focused().getTagName(), rel);
            tab();
            assertTrue((Boolean) browser.js("return document.querySelector('main').contains(document.activeElement);"),
                    rel + ": Tab after the skip link leaves main");
        }
    }

    @Test
    void menuLinksAndSearchFieldAreReachableByTab() {
        openFresh("publiek/index.html");
        List<WebElement> order = tabOrder(40);
        List<WebElement> menu = browser.driver().findElements(By.cssSelector("nav[aria-label=Hoofdmenu] a"));
        assertTrue(menu.size() >= 4, "menu items: " + menu.size());
        for (WebElement link : menu) {
            assertTrue(order.contains(link), "not reachable by Tab: menu link " + link.getText());
        }
        assertTrue(order.contains(browser.driver().findElement(By.id("zoekveld"))), "search field not reachable by Tab");
        assertTrue(order.indexOf(menu.get(0)) > 0, "the skip link comes before the menu");
    }

    @Test
    void caseFiltersAreReachableByTab() {
        openFresh("professionals/casuistiek/index.html");
        List<WebElement> filters = browser.driver().findElements(By.cssSelector("nav.filters a"));
        assertTrue(filters.size() >= 8, "filter links: " + filters.size());
        List<WebElement> order = tabOrder(filters.size() + 80);
        for (WebElement link : filters) {
            assertTrue(order.contains(link), "not reachable by Tab: filter " + link.getText());
        }
    }
}
