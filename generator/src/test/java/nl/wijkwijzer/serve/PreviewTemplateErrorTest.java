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
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.wijkwijzer.TestPaths;
import nl.wijkwijzer.Wijkwijzer;
import nl.wijkwijzer.author.TestContent;

/**
 * The preview with a template broken while it runs: the fault shows in its status (what the browser
 * overlay shows) with file, line and fix, the last good site stays served, and mending the template
 * brings the site back. Real server, real watcher, real files.
 */
class PreviewTemplateErrorTest {
    @TempDir
    Path tmp;

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static String get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    /** A page as served, without the version its preview script carries (it counts every change). */
    private static String withoutVersion(String page) {
        return page.replaceAll("data-versie=\"\\d+\"", "");
    }

    private static String await(String url, Predicate<String> done, String what) throws Exception {
        long until = System.nanoTime() + 20_000_000_000L;
        String last = "";
        while (System.nanoTime() < until) {
            last = get(url);
            if (done.test(last)) {
                return last;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(what + "; last: " + last);
    }

    @Test
    void aBrokenTemplateShowsInTheStatusAndTheLastGoodSiteStays() throws Exception {
        Path templates = tmp.resolve("templates");
        TestContent.copyTree(TestPaths.templates(), templates);
        var options = new Wijkwijzer.Options(TestPaths.resource("mini/content"), templates, tmp.resolve("site"), List.of(),
                LocalDate.of(2026, 11, 22));
        StringWriter log = new StringWriter();
        try (PreviewServer server = new PreviewServer(options, new PrintWriter(log, true))) {
            String base = "http://127.0.0.1:" + server.start(0);
            String status = get(base + "/__wijkwijzer/status");
            assertTrue(status.contains("\"ok\":true"), status);
            String index = withoutVersion(get(base + "/publiek/index.html"));

            Path notFound = templates.resolve("404.ftlh");
            String good = Files.readString(notFound);
            Files.writeString(notFound, "<p>\n${geenVeld.naam}</p>\n");
            status = await(base + "/__wijkwijzer/status", s -> s.contains("\"ok\":false"), "the broken template was not reported");
            assertTrue(status.contains("\"plek\":\"sjabloon 404.ftlh:2:3\""), status);
            assertTrue(status.contains("'geenVeld' bestaat niet of is leeg"), status);
            assertTrue(status.contains("geef een standaardwaarde"), status);
            assertEquals(index, withoutVersion(get(base + "/publiek/index.html")), "the last good site stays served");

            Files.writeString(templates.resolve("static/theme.css"), "body { color: red; }\n");
            Files.writeString(notFound, good);
            status = await(base + "/__wijkwijzer/status", s -> s.contains("theme.css"), "the clashing static file was not reported");
            assertTrue(status.contains("deze naam gebruikt de generator zelf"), status);

            Files.delete(templates.resolve("static/theme.css"));
            await(base + "/__wijkwijzer/status", s -> s.contains("\"ok\":true"), "mending the templates did not bring the site back");
        }
    }
}
