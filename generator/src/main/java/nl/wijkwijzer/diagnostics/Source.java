package nl.wijkwijzer.diagnostics;

/** A place in a content file: path relative to the project, 1-based line and column (0 = unknown). */
public record Source(String path, int line, int column) {

    public static Source file(String path) {
        return new Source(path, 0, 0);
    }

    public Source at(int line, int column) {
        return new Source(path, line, column);
    }
}
