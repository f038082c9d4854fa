package nl.wijkwijzer.author;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** The real content folder and copies of it for tests that change files. */
public final class TestContent {
    private TestContent() {
    }

    public static Path root() {
        return Path.of(System.getProperty("wijkwijzer.root", "..")).toAbsolutePath().normalize();
    }

    public static Path defaultContent() {
        return root().resolve("content");
    }

    /** Copies a folder tree. */
    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
