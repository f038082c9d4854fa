package nl.wijkwijzer.gates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Search as a person uses it, in headless Chromium from disk under the strict CSP: type in the field,
 * see results announced, move to them with the arrow key, narrow with a filter, follow a result.
 */
class SearchTypingBrowserTest extends BrowserTestBase {
    private static WebDriverWait waiting() {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(15));
    }

    private static List<WebElement> results() {
        return browser.driver().findElements(By.cssSelector("#resultaten > li"));
    }

    @Test
    void typingFilteringAndFollowingAResult() {
        browser.open(BuiltSite.get().root().resolve("publiek/zoeken.html"));
        WebElement field = browser.driver().findElement(By.id("q"));
        field.sendKeys("woningen");
        waiting().until(d -> !results().isEmpty());
        String status = browser.driver().findElement(By.id("zoekstatus")).getText();
        assertTrue(status.matches("\\d+ resultat(en)? voor “woningen”\\.?.*"), status);
        assertFalse(browser.driver().findElements(By.cssSelector("#resultaten mark")).isEmpty(), "highlighted words");

        field.sendKeys(Keys.ARROW_DOWN);
        WebElement focused = browser.driver().switchTo().activeElement();
        assertEquals("a", focused.getTagName());
        assertEquals(results().get(0).findElement(By.cssSelector("h2 a")), focused);

        new Select(browser.driver().findElement(By.id("filter-type"))).selectByValue("casus");
        waiting().until(d -> d.getCurrentUrl().contains("type=casus"));
        waiting().until(d -> results().stream().allMatch(r -> r.findElement(By.cssSelector(".meta")).getText().startsWith("Casus")));
        assertFalse(results().isEmpty());
        assertTrue(browser.driver().getCurrentUrl().contains("q=woningen"), browser.driver().getCurrentUrl());

        WebElement first = results().get(0).findElement(By.cssSelector("h2 a"));
        String title = first.getText();
        first.click();
        waiting().until(d -> d.getCurrentUrl().contains("/casuistiek/"));
        assertEquals(title, browser.driver().findElement(By.tagName("h1")).getText());
        assertEquals(List.of(), browser.cspViolations());
    }

    @Test
    void anAbbreviationFindsTheFullTermAndATypoIsCorrected() {
        browser.open(BuiltSite.get().root().resolve("publiek/zoeken.html"));
        WebElement field = browser.driver().findElement(By.id("q"));
        field.sendKeys("BW" + Keys.ENTER);
        waiting().until(d -> !results().isEmpty());
        assertTrue(browser.driver().findElement(By.id("resultaten")).getText().toLowerCase().contains("beschermd wonen"));

        field.clear();
        field.sendKeys("woonprofeil" + Keys.ENTER);
        // A typo is searched as the closest real word of the site, said so; the link searches the words as typed.
        waiting().until(d -> d.findElement(By.id("zoekstatus")).getText()
                .endsWith("voor “woonprofiel”. Zoek in plaats daarvan naar “woonprofeil”."));
        assertFalse(results().isEmpty());
        browser.driver().findElement(By.cssSelector("#zoekstatus a")).click();
        waiting().until(d -> d.findElement(By.id("zoekstatus")).getText().equals("Niets gevonden voor “woonprofeil”."));
        assertTrue(results().isEmpty());
        assertEquals("woonprofeil", field.getAttribute("value"));
    }
}
