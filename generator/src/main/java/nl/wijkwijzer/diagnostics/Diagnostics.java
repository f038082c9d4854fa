package nl.wijkwijzer.diagnostics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Collects diagnostics from every stage; thread-safe so parallel loaders can share one. */
public final class Diagnostics {
    private final List<Diagnostic> items = new ArrayList<>();
    /**
     * Equal messages and hints are held once: a corpus of hard-to-read text gets a readability warning
     * for most of its fields (100,000 cases of {@code gen_corpus.py}: 340,733 warnings, ~110 MB of
     * message and hint strings kept until the build prints them), and the texts repeat (a field name
     * and a score). {@code -XX:+UseStringDeduplication} was tried first and raised the peak instead
     * (docs/performance.md).
     */
    private final Map<String, String> texts = new HashMap<>();

    public synchronized void add(Diagnostic d) {
        String message = texts.computeIfAbsent(d.message(), m -> m);
        String hint = texts.computeIfAbsent(d.hint(), h -> h);
        items.add(message == d.message() && hint == d.hint() ? d
                : new Diagnostic(d.path(), d.line(), d.column(), d.severity(), d.code(), message, hint));
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
