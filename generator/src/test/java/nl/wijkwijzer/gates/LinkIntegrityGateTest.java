package nl.wijkwijzer.gates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Gate: no broken internal link, anchor or asset, and no file-system path in any output file. */
class LinkIntegrityGateTest {

    @Test
    void everyInternalLinkAnchorAndAssetResolves() {
        BuiltSite site = BuiltSite.get();
        assertEquals(List.of(), LinkChecker.problems(site, site.root().toString(), BuiltSite.repoRoot().toString()));
    }

    @Test
    void gateReportsBrokenLinksAnchorsAssetsAndPaths() {
        List<String> problems = LinkChecker.problems(BuiltSite.of(Fixtures.path("")));
        assertEquals(List.of(
                "broken-link.html: absoluut bestandspad in de uitvoer: /home/redacteur/site.",
                "broken-link.html: link naar ontbrekend bestand: bestaat-niet.html",
                "broken-link.html: anker bestaat niet: other.html#geen-anker",
                "broken-link.html: anker bestaat niet: #nergens",
                "broken-link.html: link naar ontbrekend bestand: assets/weg.png"), problems);
    }
}
