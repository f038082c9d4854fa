package nl.wijkwijzer.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.wijkwijzer.content.ContentLoader;
import nl.wijkwijzer.content.LoadedContent;
import nl.wijkwijzer.diagnostics.Diagnostic;
import nl.wijkwijzer.diagnostics.Diagnostics;

/** The fixture site under src/test/resources/privacy/content, loaded by the real loader and checked. */
class PrivacyEndToEndTest {
    private static final Path CONTENT = Path.of("src/test/resources/privacy/content");

    /** Every made-up personal value in the fixtures; none may appear in any diagnostic. */
    private static final List<String> VALUES = List.of("Kerkstraat 12", "5211 AB", "111222333", "NL51 ZZZZ 0123 4567 89",
            "NL51ZZZZ0123456789", "14-03-1975", "06-12345678", "0612345678", "sanne.test@voorbeeldmail.nl", "Özdemir",
            "Mehmet", "123456782", "privacy.medewerker@gemeente-voorbeeld.nl", "+31 6 12345678", "010-1234567",
            "info@schuldhulp-voorbeeld.nl", "toegankelijkheid@gemeente-voorbeeld.nl", "Jan de Vries");

    /** "path:line:col" of the first occurrence of {@code value} in a fixture file. */
    private static String at(String file, String value) throws IOException {
        List<String> lines = Files.readAllLines(CONTENT.resolve(file), StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            int col = lines.get(i).indexOf(value);
            if (col >= 0) {
                return "content/" + file + ":" + (i + 1) + ":" + (lines.get(i).codePointCount(0, col) + 1);
            }
        }
        throw new IllegalArgumentException(value + " not in " + file);
    }

    private static String line(String at, String severity, String message) {
        return at + ": " + severity + ": " + message;
    }

    @Test
    void fixtureSiteGivesExactlyTheExpectedFindingsAndNeverRepeatsAValue() throws IOException {
        Diagnostics loading = new Diagnostics();
        LoadedContent content = ContentLoader.load(CONTENT, loading);
        assertEquals(List.of(), loading.sorted().stream().map(Diagnostic::format).toList(), "fixtures load cleanly");

        Diagnostics d = new Diagnostics();
        PrivacyGuard.check(PrivacyGuard.Scope.of(content, nl.wijkwijzer.util.BuildCache.uncached()), d);

        String casus = "casuistiek/lekkende-casus.yaml";
        List<String> expected = List.of(
                line(at("avg/gegevens-delen.md", "privacy.medewerker@"), "fout", "mogelijk e-mailadres in 'tekst'"),
                line(at("avg/gegevens-delen.md", "+31 6"), "fout", "mogelijk telefoonnummer in 'tekst'"),
                line(at(casus, "Kerkstraat 12"), "fout", "mogelijk adres in 'situatie'"),
                line(at(casus, "111222333"), "fout", "mogelijk BSN in 'situatie'"),
                line(at(casus, "NL51"), "fout", "mogelijk IBAN in 'situatie'"),
                line(at(casus, "14-03-1975"), "fout", "mogelijk geboortedatum in 'situatie'"),
                line(at(casus, "06-12345678"), "fout", "mogelijk telefoonnummer in 'situatie'"),
                line(at(casus, "sanne.test@"), "fout", "mogelijk e-mailadres in 'situatie'"),
                line(at(casus, "Özdemir"), "fout", "mogelijk verboden naam in 'situatie'"),
                line(at(casus, "Mehmet"), "waarschuwing", "mogelijk echte voornaam in 'situatie'"),
                line(at(casus, "- soort: iban").replaceFirst(":\\d+$", ":5"), "waarschuwing",
                        "uitzondering voor 'iban' in 'hulpvraag.wat-wil-ik' wordt niet gebruikt"));
        List<Diagnostic> found = d.sorted();
        assertEquals(expected, found.stream().map(x -> x.format().lines().findFirst().orElseThrow()).toList());

        for (Diagnostic x : found) {
            for (String value : VALUES) {
                assertFalse(x.format().contains(value), () -> "diagnostic repeats '" + value + "': " + x.format());
            }
        }
    }

    /**
     * A one-off build runs the guard on each record file while loading and keeps no sources; it must
     * find exactly what the guard finds on the whole load (the preview's way).
     */
    @Test
    void theGuardWhileLoadingFindsWhatTheGuardAfterLoadingFinds() {
        Diagnostics after = new Diagnostics();
        PrivacyGuard.check(PrivacyGuard.Scope.of(ContentLoader.load(CONTENT, after), nl.wijkwijzer.util.BuildCache.uncached()), after);

        Diagnostics during = new Diagnostics();
        LoadedContent streamed = ContentLoader.loadChecking(CONTENT, during, PrivacyGuard.whileLoading());
        assertTrue(streamed.files().stream().noneMatch(f -> f.path().contains("/casuistiek/") || f.path().contains("/avg/")),
                () -> "record files' sources are not kept: " + streamed.files().stream().map(f -> f.path()).toList());
        PrivacyGuard.check(PrivacyGuard.Scope.of(streamed, nl.wijkwijzer.util.BuildCache.uncached()), during);

        List<String> expected = after.sorted().stream().map(Diagnostic::format).toList();
        assertTrue(expected.size() >= 10, "the fixtures give findings: " + expected);
        assertEquals(expected, during.sorted().stream().map(Diagnostic::format).toList());
    }

    @Test
    void realContentOfTheProjectPassesTheGuard() {
        Path real = Path.of(System.getProperty("wijkwijzer.root", ".."), "content");
        Diagnostics loading = new Diagnostics();
        LoadedContent content = ContentLoader.load(real, loading);
        Diagnostics d = new Diagnostics();
        PrivacyGuard.check(PrivacyGuard.Scope.of(content, nl.wijkwijzer.util.BuildCache.uncached()), d);
        assertEquals(List.of(), d.sorted().stream().filter(Diagnostic::isError).map(Diagnostic::format).toList());
    }
}
