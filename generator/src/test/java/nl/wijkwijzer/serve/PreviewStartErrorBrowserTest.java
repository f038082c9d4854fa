package nl.wijkwijzer.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.wijkwijzer.TestPaths;
import nl.wijkwijzer.Wijkwijzer;
import nl.wijkwijzer.author.TestContent;
import nl.wijkwijzer.gates.Browser;

/**
 * {@code serve} started on content with an error has no good site to show: every page is the list of
 * errors (file:line and the fix) with the preview's overlay, not an empty 404, and it turns into the
 * asked page by itself once the file is fixed. Selenium with headless Chromium; fails without it.
 */
class PreviewStartErrorBrowserTest {
    @TempDir
    Path tmp;

    @Test
    void brokenContentAtStartShowsTheErrorsAndTheFixedPageFollows() throws Exception {
        nl.wijkwijzer.browser.RequiredTool.require(Browser.available(), "chromium/chromedriver");
        Path content = tmp.resolve("content");
        TestContent.copyTree(TestPaths.resource("mini/content"), content);
        Path file = content.resolve("casuistiek/open-huis.yaml");
        String good = Files.readString(file);
        assertTrue(good.contains("wijk: noord\n"));
        Files.writeString(file, good.replace("wijk: noord\n", "wijk: nord\n"));

        var options = new Wijkwijzer.Options(content, TestPaths.templates(), tmp.resolve("site"), List.of(),
                LocalDate.of(2026, 11, 22));
        StringWriter log = new StringWriter();
        try (PreviewServer server = new PreviewServer(options, new PrintWriter(log, true));
                Browser browser = Browser.start(1280, 900)) {
            int port = server.start(0);
            String url = "http://127.0.0.1:" + port + "/publiek/casuistiek/open-huis.html";

            HttpResponse<String> first = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(503, first.statusCode());
            assertTrue(first.body().contains("<code>content/casuistiek/open-huis.yaml:3:7</code>: fout: onbekende wijk"),
                    "the place and the message, readable without JavaScript: " + first.body());
            assertTrue(first.body().contains("tip: bedoelde je &#39;noord&#39;?") || first.body().contains("tip: bedoelde je 'noord'?"),
                    first.body());

            browser.driver().get(url);
            String overlay = waitFor(browser, "(document.getElementById('wijkwijzer-fouten') || {textContent: ''}).textContent",
                    t -> t.contains("content/casuistiek/open-huis.yaml:3:7"), 15);
            assertTrue(overlay.contains("er is nog geen site"), overlay);
            assertTrue(overlay.contains("tip: bedoelde je 'noord'?"), overlay);
            assertEquals("De site kan nog niet gebouwd worden", browser.js("return document.querySelector('h1').textContent"));

            Files.writeString(file, good);
            waitFor(() -> log.toString(), browser, "return document.querySelector('h1') ? document.querySelector('h1').textContent : ''",
                    "Een open huis"::equals, 120);
            assertEquals(url, browser.driver().getCurrentUrl(), "the page asked for, not a start page");
            waitFor(browser, "return document.getElementById('wijkwijzer-fouten') ? 'overlay' : 'weg'", "weg"::equals, 5);
        }
    }

    private static String waitFor(Browser browser, String script, java.util.function.Predicate<String> done, int seconds)
            throws InterruptedException {
        return waitFor(() -> "", browser, script, done, seconds);
    }

    private static String waitFor(java.util.function.Supplier<String> context, Browser browser, String script, java.util.function.Predicate<String> done, int seconds)
            throws InterruptedException {
        String js = script.startsWith("return ") ? script : "return " + script;
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        String last = null;
        while (System.nanoTime() < end) {
            try {
                last = String.valueOf(browser.js(js));
            } catch (RuntimeException e) {
                last = "fout: " + e.getMessage(); // the page is reloading
            }
            if (done.test(last)) {
                return last;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("not within " + seconds + " s; last: " + last + "\n" + context.get());
    }
}
