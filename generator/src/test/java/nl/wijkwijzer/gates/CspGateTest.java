package nl.wijkwijzer.gates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/** Gate: a strict CSP meta tag on every page, and nothing inline that would need it relaxed. */
class CspGateTest {

    @Test
    void everyPageHasTheStrictPolicyAndNoInlineCode() throws IOException {
        BuiltSite site = BuiltSite.get();
        Map<String, List<String>> problems = new TreeMap<>();
        for (Path page : site.htmlPages()) {
            List<String> found = CspChecker.problems(Files.readString(page));
            if (!found.isEmpty()) {
                problems.put(site.relative(page), found);
            }
        }
        assertEquals(Map.of(), problems);
    }

    @Test
    void gateReportsInlineScriptAndEventHandler() throws IOException {
        assertEquals(List.of(
                "inline <script>: <script>document.getElementById(\"doel\").textContent = \"aangepast\";</script>",
                "event-handler-attribuut onclick op <button>"),
                CspChecker.problems(Files.readString(Fixtures.path("inline-script.html"))));
    }

    @Test
    void gateReportsAMissingOrWeakPolicy() {
        assertEquals(List.of("verwacht precies 1 Content-Security-Policy meta-tag, gevonden: 0"),
                CspChecker.problems("<!DOCTYPE html><html lang=nl><head><title>x</title></head><body></body></html>"));
        assertEquals(List.of("CSP script-src moet ''self'' zijn, is: 'self' 'unsafe-inline'",
                "CSP script-src staat 'unsafe-inline' toe",
                "javascript:-URL in href op <a>"),
                CspChecker.problems("<!DOCTYPE html><html lang=nl><head><meta http-equiv=\"Content-Security-Policy\" content=\""
                        + "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self'; object-src 'none'; base-uri 'none'\">"
                        + "<title>x</title></head><body><a href=\" JavaScript:alert(1)\">x</a></body></html>"));
    }
}
