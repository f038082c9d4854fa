package nl.wijkwijzer.gates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/** Gate: every HTML page of the real build is valid HTML5 according to the Nu HTML Checker. */
class HtmlValidityGateTest {

    static Map<String, List<String>> invalidPages(BuiltSite site) {
        Map<String, List<String>> problems = new TreeMap<>();
        site.htmlPages().parallelStream().forEach(page -> {
            List<String> errors = HtmlValidator.errors(page);
            if (!errors.isEmpty()) {
                synchronized (problems) {
                    problems.put(site.relative(page), errors);
                }
            }
        });
        return problems;
    }

    @Test
    void everyBuiltPageIsValidHtml5() {
        BuiltSite site = BuiltSite.get();
        assertTrue(site.htmlPages().size() > 200, "expected both audiences to be built");
        assertEquals(Map.of(), invalidPages(site));
    }

    @Test
    void gateReportsAnInvalidElement() {
        List<String> errors = HtmlValidator.errors(Fixtures.path("invalid-element.html"));
        assertEquals(List.of(
                "13.45: error: The \u201cblink\u201d element is a completely-unknown element that is not allowed anywhere in any HTML content.",
                "13.45: error: The \u201cblink\u201d element is obsolete. Use CSS instead."), errors);
    }

    @Test
    void gateRunsOverAWholeFolder() {
        Map<String, List<String>> problems = invalidPages(BuiltSite.of(Fixtures.path("")));
        assertTrue(problems.containsKey("invalid-element.html"), problems.toString());
        assertTrue(!problems.containsKey("valid.html"), problems.toString());
    }
}
