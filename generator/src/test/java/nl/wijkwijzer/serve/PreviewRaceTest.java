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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.wijkwijzer.TestPaths;
import nl.wijkwijzer.Wijkwijzer;
import nl.wijkwijzer.author.TestContent;

/**
 * The race the preview's version label exists for: a page requested while the site changes. Its
 * label must never be newer than its content, or the page's first poll would see nothing new and a
 * stale page would stay open. Here a request is held between reading the version and the site while
 * a real edit on disk goes through the real watcher and rebuild; the page it then gets must carry the
 * version from before the edit, so it reloads. (Reading the site before the version fails this.)
 */
class PreviewRaceTest {
    @TempDir
    Path tmp;

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern LABEL = Pattern.compile("data-versie=\"(\\d+)\"");

    private static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).build();
    }

    private static long label(String page) {
        Matcher m = LABEL.matcher(page);
        assertTrue(m.find(), "the served page carries its version: " + page);
        return Long.parseLong(m.group(1));
    }

    @Test
    void aPageServedWhileTheSiteChangesIsLabelledWithTheVersionBeforeTheChange() throws Exception {
        Path content = tmp.resolve("content");
        TestContent.copyTree(TestPaths.resource("mini/content"), content);
        var options = new Wijkwijzer.Options(content, TestPaths.templates(), tmp.resolve("site"), List.of(),
                LocalDate.of(2026, 11, 22));
        try (PreviewServer server = new PreviewServer(options, new PrintWriter(new StringWriter(), true))) {
            String page = "http://127.0.0.1:" + server.start(0) + "/publiek/casuistiek/open-huis.html";
            String before = HTTP.send(get(page), HttpResponse.BodyHandlers.ofString()).body();
            assertTrue(before.contains("Een open huis"), before);
            long versionBefore = server.versie();
            assertEquals(versionBefore, label(before));

            CountDownLatch held = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            AtomicBoolean armed = new AtomicBoolean(true);
            server.betweenVersionAndSite(() -> {
                if (armed.getAndSet(false)) {
                    held.countDown();
                    try {
                        release.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            });
            CompletableFuture<HttpResponse<String>> racing = HTTP.sendAsync(get(page), HttpResponse.BodyHandlers.ofString());
            assertTrue(held.await(20, TimeUnit.SECONDS), "the request reached the point between version and site");

            Path file = content.resolve("casuistiek/open-huis.yaml");
            Files.writeString(file, Files.readString(file).replace("titel: Een open huis", "titel: Een open huis met tuin"));
            long until = System.nanoTime() + 30_000_000_000L;
            String fresh = "";
            while (System.nanoTime() < until && !fresh.contains("Een open huis met tuin")) {
                Thread.sleep(50);
                fresh = HTTP.send(get(page), HttpResponse.BodyHandlers.ofString()).body();
            }
            assertTrue(fresh.contains("Een open huis met tuin"), "the preview picked up the edit");
            assertTrue(server.versie() > versionBefore, "the edit gave a new version");

            release.countDown();
            String raced = racing.get(20, TimeUnit.SECONDS).body();
            // Its content is the new site (read after the edit), its label the version from before it:
            // the page's first poll sees a newer version and reloads, never the other way round.
            assertTrue(raced.contains("Een open huis met tuin"), "the held request read the site after the edit");
            assertEquals(versionBefore, label(raced));
            assertTrue(label(raced) < server.versie());
        }
    }
}
