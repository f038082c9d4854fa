package nl.wijkwijzer.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;

/**
 * Writes a whole site into a staging folder next to the output folder and swaps it into place only
 * when everything was written. A failed or interrupted build leaves the previous site untouched.
 */
public final class SiteWriter {
    private SiteWriter() {
    }

    /** @param files relative path (forward slashes) to content */
    public static void writeAtomically(Path out, Map<String, byte[]> files) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        Path parent = target.getParent();
        Files.createDirectories(parent);
        String name = target.getFileName().toString();
        recoverInterruptedSwap(parent, name);
        Path staging = Files.createTempDirectory(parent, "." + name + ".staging-");
        try {
            files.entrySet().parallelStream().forEach(e -> {
                Path file = staging.resolve(e.getKey()).normalize();
                if (!file.startsWith(staging)) {
                    throw new IllegalStateException("output path escapes the site folder: " + e.getKey());
                }
                try {
                    Files.createDirectories(file.getParent());
                    Files.write(file, e.getValue());
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            });
            swap(staging, target, parent, name);
        } catch (UncheckedIOException e) {
            deleteTree(staging);
            throw e.getCause();
        } catch (IOException | RuntimeException e) {
            deleteTree(staging);
            throw e;
        }
    }

    private static void swap(Path staging, Path target, Path parent, String name) throws IOException {
        Path old = parent.resolve("." + name + ".old");
        deleteTree(old);
        if (Files.exists(target)) {
            move(target, old);
        }
        move(staging, target);
        deleteTree(old);
    }

    /** A crash between the two renames of a swap leaves only ".site.old": put it back. */
    private static void recoverInterruptedSwap(Path parent, String name) throws IOException {
        Path old = parent.resolve("." + name + ".old");
        Path target = parent.resolve(name);
        if (Files.exists(old) && !Files.exists(target)) {
            move(old, target);
        }
        try (var stale = Files.list(parent)) {
            for (Path p : stale.filter(p -> p.getFileName().toString().startsWith("." + name + ".staging-")).toList()) {
                deleteTree(p);
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
