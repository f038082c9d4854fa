package nl.wijkwijzer.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import nl.wijkwijzer.content.ContentFile;
import nl.wijkwijzer.diagnostics.Diagnostic;
import nl.wijkwijzer.diagnostics.Diagnostics;
import nl.wijkwijzer.model.Zichtbaarheid;
import nl.wijkwijzer.yaml.YNode;

/**
 * Hostile and huge input finishes: every detector is linear, so a 200 KB line built to make regular
 * expressions backtrack takes no longer than ordinary text. The timeouts only guard against a hang.
 */
class PrivacyRobustnessTest {
    private static final int SIZE = 200 * 1024;

    private static String repeat(String unit) {
        StringBuilder sb = new StringBuilder(SIZE + unit.length());
        while (sb.length() < SIZE) {
            sb.append(unit);
        }
        return sb.toString();
    }

    /** A case with one long plain line in 'situatie', built without the YAML parser (which caps file size). */
    private static ContentFile caseWith(String path, String line) {
        String text = "situatie: " + line + "\n";
        YNode.Scalar scalar = new YNode.Scalar(line, "str", false, 1, 11);
        YNode.YMap tree = new YNode.YMap(Map.of("situatie", new YNode.Entry("situatie", 1, 1, scalar)), 1, 1);
        return new ContentFile(path, "casus", "x", tree, "", 0, Zichtbaarheid.PROFESSIONALS, List.of(), text);
    }

    static Stream<Arguments> pathologicalLines() {
        return Stream.of(
                Arguments.of("digits", repeat("1")),
                Arguments.of("digits and spaces", repeat("1 ")),
                Arguments.of("digit groups", repeat("123 ")),
                Arguments.of("zeros and separators", repeat("0-")),
                Arguments.of("phone prefixes", repeat("+31 (0)")),
                Arguments.of("at signs", repeat("@")),
                Arguments.of("local parts", repeat("a.")),
                Arguments.of("addresses without domain", repeat("a@a")),
                Arguments.of("domains without end", repeat("@a-a.")),
                Arguments.of("one long word", "A" + repeat("a")),
                Arguments.of("capitals", repeat("A")),
                Arguments.of("iban prefixes", repeat("NL00")),
                Arguments.of("iban groups", repeat("NL00 0000 ")),
                Arguments.of("postcodes", repeat("1234 AB ")),
                Arguments.of("streets", repeat("Kerkstraat ")),
                Arguments.of("streets with numbers", repeat("Kerkstraat 12, 5211 AB ")),
                Arguments.of("dates", repeat("14-03-1975 ")),
                Arguments.of("birth dates", repeat("geboren 14 maart 1975 (48 jaar) ")),
                Arguments.of("names", repeat("en Fatima ")),
                Arguments.of("opening punctuation", repeat("(\"")),
                Arguments.of("dots", repeat(".")),
                Arguments.of("line breaks", repeat("\n")),
                Arguments.of("urls", repeat("https://x.nl/1234567 ")),
                Arguments.of("written ats", repeat("a at ")),
                Arguments.of("bracketed ats", repeat("a [at] b [dot] ")),
                Arguments.of("ats without address", repeat("[at]")),
                Arguments.of("spaced at signs", repeat("a @ b.")),
                Arguments.of("written dots", repeat("x at y dot ")),
                Arguments.of("lower-case postcodes", repeat("woont in 1234ab ")),
                Arguments.of("eight digits", repeat("12345678 ")),
                Arguments.of("no-break spaces", repeat("1\u00A0")),
                Arguments.of("full-width digits", repeat("\uFF11\u200B")),
                Arguments.of("apostrophe years", repeat("geb. 1-1-'79 ")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pathologicalLines")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void pathologicalLineOf200KbFinishes(String name, String line) {
        Diagnostics d = new Diagnostics();
        PrivacyGuard.check(PrivacyGuard.Scope.of(List.of(caseWith("content/casuistiek/x.yaml", line)),
                PrivacyTesting.site(List.of("Fatima")), Map.of()), d);
        for (Diagnostic x : d.sorted()) {
            assertTrue(x.line() >= 1 && x.format().length() < 1000, x::format);
        }
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void hundredThousandCasesAreCheckedInOneRun() {
        String situatie = "Sinds 2019 woont Sanne in de wijk en heeft ze schulden. Ze wil een eigen huis. "
                + "Volgens Vuistregel 3 kijkt de doorbraaktafel naar de kosten (3.000 euro per jaar). "
                + "Op 14-03-2024 is de casus besproken met de woningcorporatie, het wijkteam en de ggz. "
                + "De gemeente is bereikbaar via 14 073. Het Buurtplein helpt elke week bij de post. "
                + "De buurman, Mehmet, kijkt mee; zijn nummer staat niet in dit verslag.\n";
        ContentFile template = caseWith("content/casuistiek/casus.yaml", situatie.repeat(4));
        List<ContentFile> files = new ArrayList<>(100_000);
        Map<String, List<String>> pseudoniemen = new HashMap<>();
        for (int i = 0; i < 100_000; i++) {
            // The same text under 100,000 names: the test measures scanning, not the memory for 165 MB of text.
            String path = "content/casuistiek/casus-" + i + ".yaml";
            files.add(new ContentFile(path, "casus", "casus-" + i, template.tree(), "", 0, Zichtbaarheid.PROFESSIONALS,
                    List.of(), template.text()));
            if (i % 1000 != 0) {
                pseudoniemen.put(path, List.of("Sanne", "Mehmet"));
            }
        }
        Diagnostics d = new Diagnostics();
        PrivacyGuard.check(PrivacyGuard.Scope.of(files, PrivacyTesting.site(List.of("Jan de Vries")), pseudoniemen), d);
        // One case in a thousand forgot its pseudonyms: both names warn, in each of the 4 copies of the text.
        assertEquals(0, d.errorCount());
        assertEquals(100L * 8, d.warningCount());
    }
}
