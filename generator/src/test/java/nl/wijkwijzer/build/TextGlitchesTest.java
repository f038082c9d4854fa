package nl.wijkwijzer.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The scanner finds each glitch in a broken page and help text, and nothing in the correct forms. */
class TextGlitchesTest {
    private static List<String> kinds(List<TextGlitches.Glitch> found) {
        return found.stream().map(TextGlitches.Glitch::kind).toList();
    }

    @Test
    void findsEachGlitchInABrokenPage() {
        String html = """
                <html><body><main>
                <p class="meta">Woningcorporatie · reageert Binnen vijf werkdagen</p>
                <p>Dag en nacht bereikbaar.. Telefoon: 0800-0123400.</p>
                <p><a href="a.html">Hand-out</a> · </p>
                <p>Met de pijltjestoetsen gaat u naar uw resultaten.</p>
                </main></body></html>""";
        assertEquals(List.of("hoofdletter midden in een zin", "dubbele punt", "losse ·", "u in plaats van je",
                "u in plaats van je"), kinds(TextGlitches.inPage("kapot.html", html)));
    }

    @Test
    void acceptsTheCorrectForms() {
        String html = """
                <html><body><main>
                <h2>Te snel afgeschaald</h2><p>Na een crisis krijgt een man hulp.</p>
                <p class="meta">Woningcorporatie · reactietijd: binnen vijf werkdagen</p>
                <p>Wie helpt bij...? Dag en nacht bereikbaar. Telefoon: 0800-0123400.</p>
                <p><a href="a.html">Hand-out</a> · <a href="b.html">PDF</a></p>
                <p>Met de pijltjestoetsen ga je naar je resultaten (u.i. 2026).</p>
                <script>var u = 1;</script>
                </main></body></html>""";
        assertEquals(List.of(), TextGlitches.inPage("goed.html", html));
    }

    @Test
    void findsPicocliEnglishInHelp() {
        assertEquals(List.of("Engels in de hulp", "Engels in de hulp"), kinds(TextGlitches.inHelp("build --help",
                "Usage: wijkwijzer build [-hV]\n  -h, --help   Show this help message and exit.\n")));
        assertEquals(List.of(), TextGlitches.inHelp("build --help",
                "Gebruik: wijkwijzer build [-hV]\n  -h, --help   toon deze hulp en stop\n"));
    }
}
