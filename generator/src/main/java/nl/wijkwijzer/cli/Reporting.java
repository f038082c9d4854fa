package nl.wijkwijzer.cli;

import java.io.PrintWriter;

import nl.wijkwijzer.diagnostics.Diagnostic;
import nl.wijkwijzer.diagnostics.Diagnostics;

/** Prints diagnostics once, sorted, with a Dutch summary line. */
final class Reporting {
    private Reporting() {
    }

    static void print(Diagnostics diagnostics, PrintWriter err) {
        for (Diagnostic d : diagnostics.sorted()) {
            err.println(d.format());
        }
        long errors = diagnostics.errorCount();
        long warnings = diagnostics.warningCount();
        if (errors + warnings > 0) {
            err.println(errors + " " + (errors == 1 ? "fout" : "fouten") + ", " + warnings + " "
                    + (warnings == 1 ? "waarschuwing" : "waarschuwingen"));
        }
    }
}
