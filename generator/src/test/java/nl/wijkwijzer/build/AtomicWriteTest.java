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
            // The lock file stays (deleting a lock file races with a build waiting on it); nothing else.
            assertEquals(List.of(".site.lock"), s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".site")).toList());
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

    /**
     * Unchanged files are linked to the previous site's instead of written again; a changed or
     * rewritten file is a new file, so the previous site (still served until the swap) never changes.
     */
    @Test
    void unchangedFilesAreLinkedAndThePreviousSiteNeverChanges() throws IOException {
        Path out = tmp.resolve("site");
        byte[] big = new byte[200_000]; // larger than the compare buffer
        new java.util.Random(7).nextBytes(big);
        SiteWriter.writeAtomically(out, Map.of("index.html", "oud".getBytes(), "a/b.html", "zelfde".getBytes(),
                "groot.bin", big, "weg.html", "verdwijnt".getBytes(), "herschreven.html", "eerst".getBytes()));
        Path previous = tmp.resolve("vorige");
        Files.createLink(previous, out.resolve("a/b.html")); // a handle on the previous site's inode
        Path previousIndex = tmp.resolve("vorige-index");
        Files.createLink(previousIndex, out.resolve("index.html"));
        byte[] bigChangedAtEnd = big.clone();
        bigChangedAtEnd[big.length - 1] ^= 1;

        int linked;
        try (SiteWriter.Staging staging = SiteWriter.stage(out)) {
            staging.write("index.html", "nieuw".getBytes()); // same length, other bytes
            staging.write("a/b.html", "zelfde".getBytes());
            staging.write("groot.bin", bigChangedAtEnd);
            staging.write("herschreven.html", "eerst".getBytes()); // linked first ...
            staging.write("herschreven.html", "daarna".getBytes()); // ... then replaced by a new file
            staging.write("nieuw.html", "zelfde".getBytes());
            linked = staging.linked();
            staging.commit();
        }
        assertEquals(2, linked, "a/b.html and the first herschreven.html");
        assertEquals("nieuw", Files.readString(out.resolve("index.html")));
        assertEquals("zelfde", Files.readString(out.resolve("a/b.html")));
        assertArrayEquals(bigChangedAtEnd, Files.readAllBytes(out.resolve("groot.bin")));
        assertEquals("daarna", Files.readString(out.resolve("herschreven.html")));
        assertFalse(Files.exists(out.resolve("weg.html")));
        org.junit.jupiter.api.Assertions.assertTrue(Files.isSameFile(previous, out.resolve("a/b.html")), "linked, not copied");
        assertFalse(Files.isSameFile(previousIndex, out.resolve("index.html")));
        assertEquals("oud", Files.readString(previousIndex), "the previous site's file was not written over");

        // A build that fails after linking leaves the site as it was.
        try (SiteWriter.Staging staging = SiteWriter.stage(out)) {
            staging.write("a/b.html", "zelfde".getBytes());
            assertEquals(1, staging.linked());
        }
        assertEquals("zelfde", Files.readString(out.resolve("a/b.html")));
        assertEquals("nieuw", Files.readString(out.resolve("index.html")));
        SiteWriter.awaitCleanup();
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(0, s.filter(p -> p.getFileName().toString().startsWith(".site")).count());
        }
    }

    /** A build over a previous site gives the same files as one into an empty folder. */
    @Test
    void aRebuildOverThePreviousSiteEqualsAFreshBuild() throws IOException {
        Path content = copyMini();
        Path out = tmp.resolve("site");
        Wijkwijzer.build(TestPaths.options(content, out));
        Files.writeString(content.resolve("casuistiek/open-huis.yaml"),
                Files.readString(content.resolve("casuistiek/open-huis.yaml")).replaceFirst("titel: Een open huis", "titel: Een ander open huis"));
        org.junit.jupiter.api.Assertions.assertTrue(Wijkwijzer.build(TestPaths.options(content, out)).written());
        Path fresh = tmp.resolve("vers");
        org.junit.jupiter.api.Assertions.assertTrue(Wijkwijzer.build(TestPaths.options(content, fresh)).written());
        org.junit.jupiter.api.Assertions.assertTrue(Files.readString(out.resolve("professionals/casuistiek/open-huis.html"))
                .contains("Een ander open huis"));
        Map<String, byte[]> rebuilt = SiteFiles.read(out);
        Map<String, byte[]> expected = SiteFiles.read(fresh);
        assertEquals(expected.keySet(), rebuilt.keySet());
        expected.forEach((k, v) -> assertArrayEquals(v, rebuilt.get(k), k));
    }
}
