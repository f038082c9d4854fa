package nl.wijkwijzer.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.wijkwijzer.TestPaths;
import nl.wijkwijzer.Wijkwijzer;
import nl.wijkwijzer.model.Zichtbaarheid;

/**
 * The fixture's professionals-only case and trainer notes carry unique marker words. No byte of the
 * public build may contain them; the professionals build must.
 */
class AudienceSplitTest {
    @TempDir
    Path tmp;

    private static final List<String> MARKERS = List.of("zebramarker", "kwartelmarker", "geheim-dossier");

    private static boolean containsIgnoreCase(byte[] bytes, String marker) {
        return new String(bytes, StandardCharsets.UTF_8).toLowerCase(java.util.Locale.ROOT).contains(marker);
    }

    @Test
    void publicBuildContainsNoProfessionalsOnlyByte() throws IOException {
        Wijkwijzer.build(TestPaths.options(TestPaths.resource("mini/content"), tmp.resolve("site")));
        Map<String, byte[]> files = SiteFiles.read(tmp.resolve("site"));
        long publicFiles = files.keySet().stream().filter(k -> k.startsWith("publiek/")).count();
        assertTrue(publicFiles > 20, "public files: " + publicFiles);
        for (var e : files.entrySet()) {
            for (String marker : MARKERS) {
                if (e.getKey().startsWith("publiek/")) {
                    assertFalse(containsIgnoreCase(e.getValue(), marker), marker + " in " + e.getKey());
                }
            }
        }
        for (String marker : MARKERS) {
            assertTrue(files.entrySet().stream().anyMatch(e -> e.getKey().startsWith("professionals/")
                    && containsIgnoreCase(e.getValue(), marker)), marker);
        }
    }

    @Test
    void doelgroepOptionBuildsOneAudienceAtTheTopLevel() throws IOException {
        var o = TestPaths.options(TestPaths.resource("mini/content"), tmp.resolve("pub"));
        var result = Wijkwijzer.build(new Wijkwijzer.Options(o.content(), o.templates(), o.out(),
                List.of(Zichtbaarheid.PUBLIEK), o.today()));
        assertEquals(Map.of(Zichtbaarheid.PUBLIEK, result.pages().get(Zichtbaarheid.PUBLIEK)), result.pages());
        Map<String, byte[]> files = SiteFiles.read(tmp.resolve("pub"));
        assertTrue(files.containsKey("index.html"));
        assertTrue(files.containsKey("casuistiek/open-huis.html"));
        assertFalse(files.containsKey("casuistiek/geheim-dossier.html"));
    }
}
