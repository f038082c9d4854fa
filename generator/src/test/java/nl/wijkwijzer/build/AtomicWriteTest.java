package nl.wijkwijzer.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.wijkwijzer.TestPaths;
import nl.wijkwijzer.Wijkwijzer;
import nl.wijkwijzer.write.SiteWriter;

/** A failed build, or one that breaks while writing, leaves the previous site exactly as it was. */
class AtomicWriteTest {
    @TempDir
    Path tmp;

    private Path copyMini() throws IOException {
        Path content = tmp.resolve("content");
        Path mini = TestPaths.resource("mini/content");
        try (Stream<Path> s = Files.walk(mini)) {
            for (Path p : s.toList()) {
                Path t = content.resolve(mini.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
        return content;
    }

    @Test
    void contentErrorLeavesThePreviousSiteUntouched() throws IOException {
        Path content = copyMini();
        Path out = tmp.resolve("site");
        Wijkwijzer.build(TestPaths.options(content, out));
        Map<String, byte[]> before = SiteFiles.read(out);
        Files.writeString(content.resolve("casuistiek/open-huis.yaml"), "titel: [kapot\n");
        var result = Wijkwijzer.build(TestPaths.options(content, out));
        assertFalse(result.written());
        Map<String, byte[]> after = SiteFiles.read(out);
        assertEquals(before.keySet(), after.keySet());
        before.forEach((k, v) -> assertArrayEquals(v, after.get(k), k));
        SiteWriter.awaitCleanup();
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(0, s.filter(p -> p.getFileName().toString().startsWith(".site")).count());
        }
    }

    @Test
    void failureWhileWritingKeepsTheOldSiteAndCleansTheStaging() throws IOException {
        Path out = tmp.resolve("site");
        SiteWriter.writeAtomically(out, Map.of("index.html", "oud".getBytes()));
        assertThrows(IllegalStateException.class,
                () -> SiteWriter.writeAtomically(out, Map.of("a.html", "nieuw".getBytes(), "../../ontsnapt.html", "x".getBytes())));
        assertEquals("oud", Files.readString(out.resolve("index.html")));
        assertFalse(Files.exists(out.resolve("a.html")));
        SiteWriter.awaitCleanup();
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(0, s.filter(p -> p.getFileName().toString().startsWith(".site")).count());
        }
    }

    @Test
    void interruptedSwapIsRecoveredOnTheNextBuild() throws IOException {
        Path out = tmp.resolve("site");
        SiteWriter.writeAtomically(out, Map.of("index.html", "oud".getBytes()));
        Files.move(out, tmp.resolve(".site.old"));
        SiteWriter.writeAtomically(out, Map.of("index.html", "nieuw".getBytes()));
        assertEquals("nieuw", Files.readString(out.resolve("index.html")));
        assertFalse(Files.exists(tmp.resolve(".site.old")));
        SiteWriter.awaitCleanup();
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(List.of("site"), s.map(p -> p.getFileName().toString()).toList(), "the previous site is gone too");
        }
    }
}
