package nl.wijkwijzer.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Control characters never reach a terminal or page raw: they are shown as escapes. */
class VisibleTest {

    @ParameterizedTest(name = "U+{0}")
    @CsvSource({"001b, \\u001b", "0007, \\u0007", "0000, \\u0000", "0008, \\u0008", "007f, \\u007f", "009b, \\u009b",
            "0085, \\u0085", "202e, \\u202e", "202a, \\u202a", "2066, \\u2066", "2069, \\u2069", "000a, \\n", "0009, \\t",
            "000d, \\r"})
    void everyControlCharacterIsEscaped(String hex, String shown) {
        String c = String.valueOf((char) Integer.parseInt(hex, 16));
        assertEquals("a" + shown + "b", Visible.of("a" + c + "b"));
    }

    @Test
    void ordinaryTextIsTheSameString() {
        String s = "Ayşe's casus, € 12 — ‘zo’ (één) ✓";
        assertSame(s, Visible.of(s));
    }

    @Test
    void aDiagnosticHoldsNoControlCharacters() {
        Diagnostic d = new Diagnostic("content/casuistiek/\u001b]0;titel\u0007.yaml", 1, 0, Diagnostic.Severity.FOUT,
                "ongeldig-id", "onbekend veld '\u001b[2J'", "tip\u202eomgekeerd");
        assertEquals("content/casuistiek/\\u001b]0;titel\\u0007.yaml:1: fout: onbekend veld '\\u001b[2J'\n"
                + "    tip: tip\\u202eomgekeerd", d.format());
    }

    @Test
    void theTerminalWriterKeepsLineBreaksAndEscapesTheRest() {
        StringWriter raw = new StringWriter();
        PrintWriter out = Visible.printWriter(raw);
        out.print("eerste\u001b[2J regel\n\ttweede\u009b regel\u202e");
        out.write('\u0007');
        out.write("x\u001by".toCharArray(), 0, 3);
        out.flush();
        assertEquals("eerste\\u001b[2J regel\n\ttweede\\u009b regel\\u202e\\u0007x\\u001by", raw.toString());
    }
}
