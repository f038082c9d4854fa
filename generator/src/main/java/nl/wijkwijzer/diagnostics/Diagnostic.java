package nl.wijkwijzer.diagnostics;

import java.util.Comparator;

/**
 * One problem found in the content, pointing at a place in a file.
 *
 * @param path    path of the file relative to the content folder's parent, with forward slashes
 * @param line    1-based line, 0 when the whole file is meant
 * @param column  1-based column, 0 when unknown
 * @param code    stable machine-readable code, e.g. {@code onbekend-veld}
 * @param message Dutch message for the redacteur; never contains a detected personal value (a value the
 *                redacteur wrote is quoted through {@link Quote})
 * @param hint    Dutch hint how to fix it, or empty
 *
 * <p>Path, message and hint hold no control characters: the constructor makes them {@link Visible}, so a
 * file name or key with terminal escapes reaches no terminal, log or preview page raw.
 */
public record Diagnostic(String path, int line, int column, Severity severity, String code, String message, String hint) {

    public Diagnostic {
        path = Visible.of(path);
        message = Visible.of(message);
        hint = Visible.of(hint);
    }

    public enum Severity {
        FOUT("fout"), WAARSCHUWING("waarschuwing");

        private final String label;

        Severity(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::path)
            .thenComparingInt(Diagnostic::line)
            .thenComparingInt(Diagnostic::column)
            .thenComparing(Diagnostic::code)
            .thenComparing(Diagnostic::message);

    public boolean isError() {
        return severity == Severity.FOUT;
    }

    /** {@code pad:regel:kolom: fout: melding}, with the hint on the next line. */
    public String format() {
        StringBuilder sb = new StringBuilder(path);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        sb.append(": ").append(severity.label()).append(": ").append(message);
        if (!hint.isEmpty()) {
            sb.append("\n    tip: ").append(hint);
        }
        return sb.toString();
    }
}
