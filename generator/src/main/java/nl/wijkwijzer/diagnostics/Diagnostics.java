package nl.wijkwijzer.diagnostics;

import java.util.ArrayList;
import java.util.List;

/** Collects diagnostics from every stage; thread-safe so parallel loaders can share one. */
public final class Diagnostics {
    private final List<Diagnostic> items = new ArrayList<>();

    public synchronized void add(Diagnostic d) {
        items.add(d);
    }

    public void error(Source at, String code, String message, String hint) {
        add(new Diagnostic(at.path(), at.line(), at.column(), Diagnostic.Severity.FOUT, code, message, hint));
    }

    public void warning(Source at, String code, String message, String hint) {
        add(new Diagnostic(at.path(), at.line(), at.column(), Diagnostic.Severity.WAARSCHUWING, code, message, hint));
    }

    public synchronized void addAll(Diagnostics other) {
        items.addAll(other.sorted());
    }

    public synchronized List<Diagnostic> sorted() {
        return items.stream().sorted(Diagnostic.ORDER).distinct().toList();
    }

    public synchronized boolean hasErrors() {
        return items.stream().anyMatch(Diagnostic::isError);
    }

    public synchronized long errorCount() {
        return items.stream().filter(Diagnostic::isError).count();
    }

    public synchronized long warningCount() {
        return items.stream().filter(d -> !d.isError()).count();
    }
}
