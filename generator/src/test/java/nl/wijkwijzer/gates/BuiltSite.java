package nl.wijkwijzer.gates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import nl.wijkwijzer.Wijkwijzer;

/**
 * The real build of the default {@code content/} with the default {@code templates/}, made once per
 * test JVM in a temporary folder and shared by every gate. Gates iterate over {@link #files()}, so a
 * page type added later is checked without touching the gates.
 */
public final class BuiltSite {
    private static BuiltSite shared;

    private final Path root;
    private final List<Path> files;

    private BuiltSite(Path root) {
        this.root = root;
        try (Stream<Path> walk = Files.walk(root)) {
            this.files = walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The repository root: surefire passes it as {@code wijkwijzer.root}; falls back to the module's parent. */
    public static Path repoRoot() {
        String prop = System.getProperty("wijkwijzer.root");
        Path root = prop != null ? Path.of(prop) : Path.of("..");
        return root.toAbsolutePath().normalize();
    }

    public static synchronized BuiltSite get() {
        if (shared == null) {
            shared = build(repoRoot().resolve("content"), repoRoot().resolve("templates"));
        }
        return shared;
    }

    /** Builds content with templates into a fresh temporary folder, deleted when the JVM exits. */
    public static BuiltSite build(Path content, Path templates) {
        try {
            Path out = Files.createTempDirectory("wijkwijzer-gates").resolve("site");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(out.getParent())));
            Wijkwijzer.BuildResult result = Wijkwijzer.build(new Wijkwijzer.Options(content, templates, out, List.of(),
                    LocalDate.of(2026, 11, 22)));
            if (!result.written()) {
                throw new IllegalStateException("build failed: " + result.diagnostics().sorted());
            }
            return new BuiltSite(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A folder of hand-written pages (the broken fixtures), treated like a built site. */
    public static BuiltSite of(Path folder) {
        return new BuiltSite(folder.toAbsolutePath().normalize());
    }

    public Path root() {
        return root;
    }

    public List<Path> files() {
        return files;
    }

    public List<Path> htmlPages() {
        return files.stream().filter(p -> p.getFileName().toString().endsWith(".html")).toList();
    }

    /** Path relative to the site root with forward slashes, for messages. */
    public String relative(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    /** Copies a folder (e.g. the default content) so a test can change one file in the copy. */
    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.sorted().toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort at JVM exit
        }
    }
}
