package nl.wijkwijzer.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import nl.wijkwijzer.Wijkwijzer;
import nl.wijkwijzer.model.Zichtbaarheid;

/** A word that only a professionals-only case contains never reaches the public search files. */
class SearchPrivacyTest {

    @Test
    void publicSearchFilesHoldNoProfessionalsOnlyWord() throws Exception {
        Path content = Files.createTempDirectory("wwz-content");
        try (Stream<Path> files = Files.walk(SearchFixture.ROOT.resolve("content"))) {
            for (Path p : files.toList()) {
                Path target = content.resolve(SearchFixture.ROOT.resolve("content").relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        // A unique marker in a professionals-only case (and its title).
        Path casus = content.resolve("casuistiek/slapen-in-de-auto.yaml");
        String yaml = Files.readString(casus);
        assertTrue(yaml.contains("zichtbaarheid: professionals"));
        Files.writeString(casus, yaml.replaceFirst("(?m)^titel: (.*)$", "titel: Kwartelkoningsnest $1"));
        Path out = Files.createTempDirectory("wwz-site");
        Wijkwijzer.BuildResult result = Wijkwijzer.build(new Wijkwijzer.Options(content, SearchFixture.ROOT.resolve("templates"), out,
                List.of(Zichtbaarheid.PUBLIEK, Zichtbaarheid.PROFESSIONALS), null));
        assertTrue(result.written(), result.diagnostics().toString());
        String marker = "kwartelkoningsnest";
        assertTrue(searchText(out.resolve("professionals/assets/search")).contains("\"" + marker + "\""),
                "the professionals build indexes the marker");
        String publiek = searchText(out.resolve("publiek/assets/search"));
        assertFalse(publiek.contains(marker), "the public search files contain the marker");
        assertFalse(publiek.contains("slapen-in-de-auto"), "the public search files link the case");
        // Every professionals-only case: none of its urls in the public documents.
        try (Stream<Path> docs = Files.list(out.resolve("publiek/assets/search/doc"))) {
            long count = docs.count();
            try (Stream<Path> prof = Files.list(out.resolve("professionals/assets/search/doc"))) {
                assertTrue(prof.count() > count);
            }
        }
        assertEquals(-1, publiek.indexOf("Kwartelkoningsnest"));
    }

    private static String searchText(Path dir) throws Exception {
        StringBuilder sb = new StringBuilder();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                sb.append(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return sb.toString();
    }
}
