package nl.wijkwijzer.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.wijkwijzer.content.ContentFile;
import nl.wijkwijzer.diagnostics.Diagnostic;
import nl.wijkwijzer.diagnostics.Diagnostics;
import nl.wijkwijzer.diagnostics.Source;
import nl.wijkwijzer.model.Zichtbaarheid;
import nl.wijkwijzer.yaml.SafeYaml;
import nl.wijkwijzer.yaml.YNode;

/** A finding points at the value itself: the exact line and column in the file, in every YAML style. */
class PrivacyPositionsTest {
    private static final String NUMBER = "06-12345678";
    private static final Path DIR = Path.of("src/test/resources/privacy/posities");

    /** Where the number stands in the file (at most once per line), with the field it belongs to. */
    private static List<String> occurrences(String text, List<String> fields) {
        List<String> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        int k = 0;
        for (int i = 0; i < lines.length; i++) {
            int at = lines[i].indexOf(NUMBER);
            if (at >= 0) {
                out.add(PrivacyTesting.describe("privacy-telefoon", i + 1, lines[i].codePointCount(0, at) + 1,
                        fields.get(k++)));
            }
        }
        return out;
    }

    private static List<String> describe(List<Diagnostic> diagnostics) {
        return diagnostics.stream()
                .map(d -> PrivacyTesting.describe(d.code(), d.line(), d.column(), PrivacyTesting.fieldOf(d)))
                .toList();
    }

    @Test
    void pointsAtTheValueInQuotedEscapedFoldedBlockAndFlowTexts() throws IOException {
        String yaml = Files.readString(DIR.resolve("stijlen.yaml"), StandardCharsets.UTF_8);
        ContentFile file = PrivacyTesting.file("content/casuistiek/stijlen.yaml", "casus", yaml, List.of());
        List<String> fields = List.of("titel", "samenvatting", "situatie", "oplossing", "hulpvraag.wat-wil-ik",
                "hulpvraag.wat-kan-ik", "hulpvraag.wat-heb-ik-nodig", "blokkades[2].toelichting",
                "kosten.standaard[1].post", "leervragen[2]", "waardendriehoek.rendement");
        List<Diagnostic> found = PrivacyTesting.check(file, List.of(), List.of());
        assertEquals(occurrences(yaml, fields), describe(found));
        PrivacyTesting.assertNoLeak(found, NUMBER);
    }

    @Test
    void pointsAtTheValueInMarkdownFrontMatterAndBody() throws IOException {
        String text = Files.readString(DIR.resolve("gids.md"), StandardCharsets.UTF_8);
        int end = text.indexOf("\n---\n", 3);
        String front = text.substring(4, end + 1);
        int bodyLine = (int) front.chars().filter(c -> c == '\n').count() + 3;
        Diagnostics parse = new Diagnostics();
        YNode tree = SafeYaml.parse(front, Source.file("content/avg/gids.md"), 1, parse).orElseThrow();
        ContentFile file = new ContentFile("content/avg/gids.md", "avg", "gids", tree, text.substring(end + 5), bodyLine,
                Zichtbaarheid.PUBLIEK, List.of(), text);
        Diagnostics d = new Diagnostics();
        PrivacyGuard.check(PrivacyGuard.Scope.of(List.of(file), PrivacyTesting.site(List.of()), Map.of()), d);
        assertEquals(occurrences(text, List.of("titel", "samenvatting", "tekst", "tekst")), describe(d.sorted()));
    }

    @Test
    void withoutTheFileTextSingleLinePlainValuesAreStillExact() {
        String yaml = "titel: bel 06-12345678\nsituatie: |\n  regel\n  bel 06-12345678\n";
        ContentFile withText = PrivacyTesting.file(PrivacyTesting.CASUS_PATH, "casus", yaml, List.of());
        ContentFile without = new ContentFile(withText.path(), withText.type(), withText.id(), withText.tree(), "", 0,
                withText.zichtbaarheid(), List.of());
        assertEquals(List.of("privacy-telefoon titel 1:12", "privacy-telefoon situatie 4:7"),
                describe(PrivacyTesting.check(withText, List.of(), List.of())));
        // Line still right; the column of a block text is unknown (0) without the indentation.
        assertEquals(List.of("privacy-telefoon titel 1:12", "privacy-telefoon situatie 4:0"),
                describe(PrivacyTesting.check(without, List.of(), List.of())));
    }
}
