package nl.wijkwijzer.privacy;

import static nl.wijkwijzer.privacy.PrivacyTesting.fakeBsn;
import static nl.wijkwijzer.privacy.PrivacyTesting.fakeIban;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.wijkwijzer.TestPaths;
import nl.wijkwijzer.Wijkwijzer;
import nl.wijkwijzer.author.TestContent;
import nl.wijkwijzer.diagnostics.Diagnostic;
import nl.wijkwijzer.diagnostics.Quote;
import nl.wijkwijzer.serve.PreviewServer;

/**
 * Messages that quote what the redacteur wrote (an unknown field, a wrong choice, an unknown reference, an
 * invalid file name) describe it instead when it looks like personal data, in the terminal and in the
 * preview's status (what its error overlay shows).
 */
class PrivacyQuotedValuesTest {
    private static final String BSN = fakeBsn("12345678");
    private static final String IBAN = fakeIban("NL", "ZZZZ0123456789");
    private static final String PHONE = "06-12345678";
    private static final String EMAIL = "jan.jansen@voorbeeldmail.nl";
    private static final List<String> VALUES = List.of(BSN, IBAN, PHONE, EMAIL, "12345678");

    @TempDir
    Path tmp;
    Path content;

    @BeforeEach
    void leakyCase() throws IOException {
        content = tmp.resolve("content");
        TestContent.copyTree(TestPaths.resource("mini/content"), content);
        Path casus = content.resolve("casuistiek/open-huis.yaml");
        String text = Files.readString(casus)
                .replace("status: doorbraak", "status: " + BSN)
                .replace("wijk: noord", "wijk: " + EMAIL)
                .replace("partijen: [wijkteam]", "partijen: [wijkteam, " + PHONE + "]")
                + IBAN + ": een veld dat niet bestaat\n"
                + "\"\\e]0;titel\\a\\u202Eveld\": een sleutel met een escape en een omkering\n";
        Files.writeString(casus, text);
        Files.writeString(content.resolve("casuistiek/bsn " + BSN + ".yaml"), "titel: x\n");
    }

    private static void assertNoValue(String text) {
        for (String v : VALUES) {
            assertFalse(text.contains(v), "a message repeats a personal value");
        }
    }

    @Test
    void checkDescribesThePersonalValuesItWouldHaveQuoted() {
        var result = Wijkwijzer.check(TestPaths.options(content, tmp.resolve("site")));
        List<String> messages = result.diagnostics().sorted().stream().map(Diagnostic::message).toList();
        for (String expected : List.of(Quote.DESCRIBED + " is geen geldige waarde voor 'status'",
                "onbekende wijk " + Quote.DESCRIBED, "onbekende organisatie " + Quote.DESCRIBED,
                "onbekend veld " + Quote.DESCRIBED + " in casus", "bestandsnaam " + Quote.DESCRIBED + " is geen geldig id")) {
            assertTrue(messages.contains(expected), "missing: " + expected);
        }
        for (Diagnostic d : result.diagnostics().sorted()) {
            // The invalid file name is the one place the value stays: the path says which file to rename.
            assertNoValue(d.format().replace("bsn " + BSN + ".yaml", ""));
        }
    }

    @Test
    void harmlessValuesAreStillQuoted() throws IOException {
        Path casus = content.resolve("casuistiek/geheim-dossier.yaml");
        Files.writeString(casus, Files.readString(casus).replace("status: lopend", "status: klaar"));
        var result = Wijkwijzer.check(TestPaths.options(content, tmp.resolve("site")));
        assertTrue(result.diagnostics().sorted().stream().map(Diagnostic::message)
                .anyMatch(m -> m.equals("'klaar' is geen geldige waarde voor 'status'")));
    }

    @Test
    void thePreviewStatusShowsTheSameDescriptions() throws Exception {
        var options = new Wijkwijzer.Options(content, TestPaths.templates(), tmp.resolve("site"), List.of(),
                LocalDate.of(2026, 11, 22));
        StringWriter log = new StringWriter();
        try (PreviewServer server = new PreviewServer(options, new PrintWriter(log, true))) {
            String base = "http://127.0.0.1:" + server.start(0);
            String status = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/__wijkwijzer/status"))
                    .build(), HttpResponse.BodyHandlers.ofString()).body();
            assertTrue(status.contains("\"ok\":false"), "the content has errors");
            assertTrue(status.contains("onbekende organisatie " + Quote.DESCRIBED), "the overlay describes the value");
            assertNoValue(status.replace("bsn " + BSN + ".yaml", ""));
            // The key's ESC, BEL and right-to-left override arrive as visible text (backslash, u, code, escaped
            // once more by JSON), not as characters (or JSON escapes of them) a browser or terminal would obey.
            assertTrue(status.contains("\\\\u001b]0;titel\\\\u0007\\\\u202eveld"), "control characters shown");
            assertFalse(java.util.regex.Pattern.compile("(?<!\\\\)\\\\u(001[bB]|0007|202[eE])").matcher(status).find()
                    || status.indexOf('\u202e') >= 0 || status.indexOf(27) >= 0,
                    "a control character reached the status raw");
            assertNoValue(log.toString().replace("bsn " + BSN + ".yaml", ""));
            // No good site yet: every page lists the errors, and it describes the value as the status does.
            HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(base + "/publiek/index.html")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(503, page.statusCode());
            assertTrue(page.body().contains("onbekende organisatie " + Quote.DESCRIBED.replace("'", "&#39;"))
                    || page.body().contains("onbekende organisatie " + Quote.DESCRIBED), page.body());
            assertNoValue(page.body().replace("bsn " + BSN + ".yaml", ""));
        }
    }
}
