package nl.wijkwijzer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.wijkwijzer.author.TestContent;

/** After every kind of change, the incremental preview output equals a full build, byte for byte. */
class IncrementalBuildTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @TempDir
    Path tmp;
    Path content;
    Path templates;
    IncrementalBuild incremental;

    @BeforeEach
    void setUp() throws IOException {
        content = tmp.resolve("content");
        templates = tmp.resolve("templates");
        TestContent.copyTree(nl.wijkwijzer.TestPaths.resource("kennisbank/content"), content);
        TestContent.copyTree(TestContent.root().resolve("templates"), templates);
        incremental = new IncrementalBuild(options(tmp.resolve("preview")));
        IncrementalBuild.Result first = incremental.rebuild();
        assertTrue(first.written(), first.diagnostics().sorted().toString());
        assertSameAsFullBuild();
    }

    private Wijkwijzer.Options options(Path out) {
        return new Wijkwijzer.Options(content, templates, out, List.of(), TODAY);
    }

    private IncrementalBuild.Result rebuild(Path... changed) throws IOException {
        for (Path p : changed) {
            incremental.contentChanged(p);
        }
        IncrementalBuild.Result r = incremental.rebuild();
        assertTrue(r.written(), r.diagnostics().sorted().toString());
        return r;
    }

    private void assertSameAsFullBuild() throws IOException {
        Path full = tmp.resolve("full");
        Wijkwijzer.BuildResult b = Wijkwijzer.build(options(full));
        assertTrue(b.written());
        Map<String, byte[]> expected = tree(full);
        Map<String, byte[]> actual = tree(tmp.resolve("preview"));
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((path, bytes) -> assertArrayEquals(bytes, actual.get(path), path));
        assertEquals(dirs(full), dirs(tmp.resolve("preview")));
    }

    /** The preview folder holds exactly {@code before}, byte for byte. */
    private void assertUnchanged(Map<String, byte[]> before, String note) throws IOException {
        Map<String, byte[]> after = tree(tmp.resolve("preview"));
        assertEquals(before.keySet(), after.keySet());
        before.forEach((path, bytes) -> assertArrayEquals(bytes, after.get(path), path + note));
    }

    private static Map<String, byte[]> tree(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    private static List<String> dirs(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isDirectory).map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }

    private Path casus(String id) {
        return content.resolve("casuistiek/" + id + ".yaml");
    }

    @Test
    void editingACaseTitle() throws IOException {
        Path file = casus("jan-ns-jaarkaart");
        Files.writeString(file, Files.readString(file).replace("titel: Een jaarkaart in plaats van de cel",
                "titel: Een jaarkaart in plaats van de gevangenis"));
        IncrementalBuild.Result r = rebuild(file);
        assertTrue(r.rendered() > 0 && r.rendered() < 60, "rendered " + r.rendered());
        assertTrue(Files.readString(tmp.resolve("preview/publiek/casuistiek/jan-ns-jaarkaart.html"))
                .contains("Een jaarkaart in plaats van de gevangenis"));
        assertSameAsFullBuild();
    }

    @Test
    void nothingChangedRendersNothing() throws IOException {
        IncrementalBuild.Result r = rebuild();
        assertEquals(0, r.rendered());
        assertEquals(0, r.changedFiles());
    }

    @Test
    void addingACase() throws IOException {
        Path added = casus("tweede-jaarkaart");
        Files.writeString(added, Files.readString(casus("jan-ns-jaarkaart")).replace("titel: Een jaarkaart", "titel: Nog een jaarkaart"));
        rebuild(added);
        assertTrue(Files.isRegularFile(tmp.resolve("preview/publiek/casuistiek/tweede-jaarkaart.html")));
        assertSameAsFullBuild();
    }

    @Test
    void deletingACase() throws IOException {
        Path gone = casus("slapen-in-de-auto");
        Files.delete(gone);
        IncrementalBuild.Result r = rebuild(gone);
        assertTrue(r.deletedFiles() >= 1);
        assertFalse(Files.exists(tmp.resolve("preview/professionals/casuistiek/slapen-in-de-auto.html")));
        assertSameAsFullBuild();
    }

    @Test
    void renamingACase() throws IOException {
        Path from = casus("jan-ns-jaarkaart");
        Path to = casus("jaarkaart-voor-jan");
        Files.move(from, to);
        // Leersessies refer to cases by id; rename the reference as a redacteur would.
        for (Path l : Files.list(content.resolve("leersessies")).toList()) {
            Files.writeString(l, Files.readString(l).replace("jan-ns-jaarkaart", "jaarkaart-voor-jan"));
            incremental.contentChanged(l);
        }
        rebuild(from, to);
        assertTrue(Files.isRegularFile(tmp.resolve("preview/publiek/casuistiek/jaarkaart-voor-jan.html")));
        assertFalse(Files.exists(tmp.resolve("preview/publiek/casuistiek/jan-ns-jaarkaart.html")));
        assertSameAsFullBuild();
    }

    @Test
    void changingATemplate() throws IOException {
        Path layout = templates.resolve("casus.ftlh");
        String text = Files.readString(layout);
        int at = text.lastIndexOf("</@layout.page>");
        assertTrue(at > 0, "casus.ftlh ends with the layout macro");
        Files.writeString(layout, text.substring(0, at) + "<p>Gewijzigd sjabloon</p>\n" + text.substring(at));
        incremental.templatesChanged();
        rebuild();
        assertTrue(Files.readString(tmp.resolve("preview/publiek/casuistiek/jan-ns-jaarkaart.html")).contains("Gewijzigd sjabloon"));
        assertSameAsFullBuild();
    }

    @Test
    void aContentErrorKeepsTheLastGoodSite() throws IOException {
        Map<String, byte[]> before = tree(tmp.resolve("preview"));
        Path file = casus("jan-ns-jaarkaart");
        String good = Files.readString(file);
        Files.writeString(file, good.replace("wijk: zuidoost", "wijk: nergens"));
        incremental.contentChanged(file);
        IncrementalBuild.Result r = incremental.rebuild();
        assertFalse(r.written());
        assertTrue(r.diagnostics().sorted().stream().anyMatch(d -> d.path().equals("content/casuistiek/jan-ns-jaarkaart.yaml")
                && d.line() == 3 && d.isError()), r.diagnostics().sorted().toString());
        Map<String, byte[]> after = tree(tmp.resolve("preview"));
        assertEquals(before.keySet(), after.keySet());
        Files.writeString(file, good);
        rebuild(file);
        assertSameAsFullBuild();
    }

    @Test
    void quickPublishesTheEditedCasePageAndTheRebuildThenMatchesAFullBuild() throws IOException {
        Path file = casus("jan-ns-jaarkaart");
        Files.writeString(file, Files.readString(file).replace("titel: Een jaarkaart in plaats van de cel",
                "titel: Een jaarkaart in plaats van de gevangenis"));
        assertTrue(incremental.quick(List.of(file)) >= 1);
        assertTrue(Files.readString(tmp.resolve("preview/publiek/casuistiek/jan-ns-jaarkaart.html"))
                .contains("Een jaarkaart in plaats van de gevangenis"), "the case page shows the edit at once");
        assertTrue(new String(incremental.output().get("professionals/casuistiek/jan-ns-jaarkaart.html"),
                java.nio.charset.StandardCharsets.UTF_8).contains("in plaats van de gevangenis"), "served from memory too");
        assertFalse(Files.readString(tmp.resolve("preview/publiek/casuistiek/index.html")).contains("van de gevangenis"),
                "listings wait for the full rebuild");
        rebuild(file);
        assertTrue(Files.readString(tmp.resolve("preview/publiek/casuistiek/index.html")).contains("van de gevangenis"));
        assertSameAsFullBuild();
    }

    @Test
    void quickLeavesOtherChangesToTheFullRebuild() throws IOException {
        Map<String, byte[]> before = tree(tmp.resolve("preview"));
        Path added = casus("tweede-jaarkaart");
        Files.writeString(added, Files.readString(casus("jan-ns-jaarkaart")));
        assertEquals(-1, incremental.quick(List.of(added)), "a new case");
        Files.delete(added);
        assertEquals(-1, incremental.quick(List.of(content.resolve("weeffouten/krappe-woningmarkt.yaml"))), "not a case");
        Path file = casus("jan-ns-jaarkaart");
        String good = Files.readString(file);
        Files.writeString(file, good.replace("titel: Een jaarkaart", "titel: [Een jaarkaart"));
        assertEquals(-1, incremental.quick(List.of(file)), "a file that does not load");
        Files.writeString(file, good.replace("situatie: |\n", "situatie: |\n  Het BSN van de bewoner is 111222333.\n"));
        assertTrue(Files.readString(file).contains("111222333"), "fixture in place");
        assertEquals(-1, incremental.quick(List.of(file)), "a privacy finding is never published, not even for a moment");
        assertUnchanged(before, "");
        Files.writeString(file, good);
    }

    @Test
    void aQuickPageIsTakenBackWhenTheFullRebuildFindsAnError() throws IOException {
        Map<String, byte[]> before = tree(tmp.resolve("preview"));
        Path file = casus("jan-ns-jaarkaart");
        String good = Files.readString(file);
        // Loads on its own, but the wijk does not exist: only the checks across records see that.
        Files.writeString(file, good.replace("wijk: zuidoost", "wijk: nergens"));
        int quick = incremental.quick(List.of(file));
        incremental.contentChanged(file);
        IncrementalBuild.Result r = incremental.rebuild();
        assertFalse(r.written());
        assertUnchanged(before, " (quick published " + quick + ")");
        Files.writeString(file, good);
        rebuild(file);
        assertSameAsFullBuild();
    }
}
