package nl.wijkwijzer.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.junit.jupiter.api.Test;

class DiagnosticsTest {
    /** Equal texts made separately (as every check makes its message) are held once, and nothing else changes. */
    @Test
    void equalMessagesAndHintsAreHeldOnceWithoutChangingWhatIsReported() {
        Diagnostics diagnostics = new Diagnostics();
        String message = "'situatie' is moeilijk te lezen: Flesch-Douma " + 29;
        String sameMessage = "'situatie' is moeilijk te lezen: Flesch-Douma " + Integer.parseInt("29");
        String hint = "schrijf kortere zinnen (" + 40 + ")";
        String sameHint = "schrijf kortere zinnen (" + Integer.parseInt("40") + ")";
        assertNotSame(message, sameMessage);
        diagnostics.warning(Source.file("c/a.yaml").at(3, 1), "leesbaarheid", message, hint);
        diagnostics.warning(Source.file("c/b.yaml").at(4, 2), "leesbaarheid", sameMessage, sameHint);
        diagnostics.error(Source.file("c/b.yaml").at(1, 1), "yaml-syntax", "iets anders", "");
        List<Diagnostic> sorted = diagnostics.sorted();
        assertEquals(List.of(
                new Diagnostic("c/a.yaml", 3, 1, Diagnostic.Severity.WAARSCHUWING, "leesbaarheid", message, hint),
                new Diagnostic("c/b.yaml", 1, 1, Diagnostic.Severity.FOUT, "yaml-syntax", "iets anders", ""),
                new Diagnostic("c/b.yaml", 4, 2, Diagnostic.Severity.WAARSCHUWING, "leesbaarheid", message, hint)), sorted);
        assertSame(sorted.get(0).message(), sorted.get(2).message());
        assertSame(sorted.get(0).hint(), sorted.get(2).hint());
        assertEquals(1, diagnostics.errorCount());
        assertEquals(2, diagnostics.warningCount());
    }
}
