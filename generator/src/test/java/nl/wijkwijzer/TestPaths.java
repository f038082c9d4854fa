package nl.wijkwijzer;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locations of the repository's real content and templates, and of the small test fixtures. */
public final class TestPaths {
    private TestPaths() {
    }

    public static Path root() {
        String root = System.getProperty("wijkwijzer.root");
        Path p = root != null ? Path.of(root) : Path.of("..");
        return p.toAbsolutePath().normalize();
    }

    public static Path content() {
        return root().resolve("content");
    }

    public static Path templates() {
        return root().resolve("templates");
    }

    public static Path resource(String name) {
        Path p = root().resolve("generator/src/test/resources").resolve(name);
        if (!Files.exists(p)) {
            throw new IllegalStateException("missing test resource " + p);
        }
        return p;
    }

    public static Wijkwijzer.Options options(Path content, Path out) {
        return new Wijkwijzer.Options(content, templates(), out, java.util.List.of(), java.time.LocalDate.of(2026, 11, 22));
    }
}
