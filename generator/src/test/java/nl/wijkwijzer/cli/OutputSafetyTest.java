package nl.wijkwijzer.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.wijkwijzer.TestPaths;
import nl.wijkwijzer.Wijkwijzer;
import nl.wijkwijzer.serve.PreviewServer;
import nl.wijkwijzer.write.OutputException;
import nl.wijkwijzer.write.OutputFolder;

/**
 * {@code --out} never deletes what it names: a build replaces only a folder it made itself (with
 * the marker), an empty one or none; everything else is exit 2 with a Dutch message and not one
 * byte changed. Each case runs the real command line on a project written into a temp folder.
 */
class OutputSafetyTest {
    @TempDir
    Path tmp;

    private Path project;
    private Path content;
    private Path templates;

    /** A project folder as a redacteur has it: content, own templates, a README and a .git folder. */
    private void project() throws IOException {
        project = tmp.resolve("project");
        content = project.resolve("content");
        nl.wijkwijzer.author.TestContent.copyTree(TestPaths.resource("mini/content"), content);
        templates = project.resolve("templates");
        Files.createDirectories(templates);
        Files.writeString(project.resolve("README.md"), "# Onze kennisbank\n");
        Files.createDirectories(project.resolve(".git"));
        Files.writeString(project.resolve(".git/config"), "[core]\n");
    }


    /** Every file and folder under {@code root} (the root included), folders as null, files as bytes. */
    static Map<String, byte[]> snapshot(Path root) {
        Map<String, byte[]> all = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.toList()) {
                all.put(root.relativize(p).toString(), Files.isDirectory(p) ? null : Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    static void assertSame(Map<String, byte[]> before, Map<String, byte[]> after) {
        assertEquals(before.keySet(), after.keySet());
        before.forEach((k, v) -> assertArrayEquals(v, after.get(k), k));
    }


    private CliTest.Run build(Path out) {
        return CliTest.run("build", "--content", content.toString(), "--templates", templates.toString(), "--out", out.toString());
    }

    /** Builds into {@code out} and asserts it was refused (exit 2, Dutch) with the whole temp folder unchanged. */
    private CliTest.Run refused(Path out, String reason) {
        Map<String, byte[]> before = snapshot(tmp);
        CliTest.Run r = build(out);
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().startsWith("wijkwijzer: --out " + out + " wordt niet gebruikt: "), r.err());
        assertTrue(r.err().contains(reason), r.err());
        assertTrue(r.err().contains("Er is niets veranderd."), r.err());
        assertSame(before, snapshot(tmp));
        return r;
    }

    @Test
    void theProjectFolderItselfIsRefused() throws IOException {
        project();
        refused(project, "de map bevat --content");
    }

    @Test
    void theContentFolderAndAFolderInsideItAreRefused() throws IOException {
        project();
        refused(content, "dat is de map van --content");
        refused(content.resolve("site"), "de map ligt in --content");
        refused(content.resolve("casuistiek"), "de map ligt in --content");
    }

    @Test
    void theTemplatesFolderAndAFolderInsideItAreRefused() throws IOException {
        project();
        refused(templates, "dat is de map van --templates");
        refused(templates.resolve("site"), "de map ligt in --templates");
    }

    @Test
    void aFileIsRefused() throws IOException {
        project();
        refused(project.resolve("README.md"), "dat is een bestand, geen map");
    }

    @Test
    void theWorkingFolderIsRefused() {
        Path cwd = Path.of("").toAbsolutePath();
        Map<String, byte[]> before = new TreeMap<>();
        try (Stream<Path> s = Files.list(cwd)) {
            s.forEach(p -> before.put(p.getFileName().toString(), null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CliTest.Run r = CliTest.run("build", "--content", TestPaths.resource("mini/content").toString(), "--out", ".");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("dat is de map waarin je nu werkt"), r.err());
        Map<String, byte[]> after = new TreeMap<>();
        try (Stream<Path> s = Files.list(cwd)) {
            s.forEach(p -> after.put(p.getFileName().toString(), null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertEquals(before.keySet(), after.keySet());
    }

    @Test
    void aFolderWithOtherFilesIsRefusedAndKeptByteForByte() throws IOException {
        project();
        Path mine = tmp.resolve("mijn-map");
        Files.createDirectories(mine.resolve("sub"));
        Files.writeString(mine.resolve("notities.txt"), "belangrijk\n");
        Files.write(mine.resolve("sub/foto.bin"), new byte[] {1, 2, 3});
        CliTest.Run r = refused(mine, "niet door wijkwijzer gemaakt");
        assertTrue(r.err().contains("verwijder deze map alleen zelf"), r.err());
    }

    /** A site from before the marker existed is refused too, with a hint how to go on. */
    @Test
    void aSiteFromAnOlderVersionIsRefusedWithAHint() throws IOException {
        project();
        Path old = tmp.resolve("site");
        Files.createDirectories(old.resolve("publiek/assets"));
        Files.writeString(old.resolve("index.html"), "<!DOCTYPE html><title>oud</title>\n");
        Files.writeString(old.resolve("publiek/assets/style.css"), "body{}\n");
        CliTest.Run r = refused(old, "er staat geen " + OutputFolder.MARKER + " in");
        assertTrue(r.err().contains("oudere versie van wijkwijzer? Verwijder de map dan zelf"), r.err());
    }

    @Test
    void aLinkIsRefused() throws IOException {
        project();
        Path real = tmp.resolve("echt");
        Files.createDirectories(real);
        Path link = Files.createSymbolicLink(tmp.resolve("link"), real);
        refused(link, "snelkoppeling");
    }

    @Test
    void anEmptyOrNewFolderIsBuiltAndTheSiteIsMarkedAndReplacedNextTime() throws IOException {
        project();
        Path empty = Files.createDirectories(tmp.resolve("leeg"));
        assertEquals(0, build(empty).code());
        assertTrue(Files.isRegularFile(empty.resolve(OutputFolder.MARKER)));
        assertTrue(Files.isRegularFile(empty.resolve("publiek/index.html")));
        Path fresh = tmp.resolve("nieuw/diep/site");
        assertEquals(0, build(fresh).code());
        assertTrue(Files.isRegularFile(fresh.resolve(OutputFolder.MARKER)));
        Files.writeString(content.resolve("casuistiek/open-huis.yaml"), Files.readString(content.resolve("casuistiek/open-huis.yaml"))
                .replaceFirst("titel: Een open huis", "titel: Een ander open huis"));
        CliTest.Run again = build(fresh);
        assertEquals(0, again.code(), again.err());
        assertTrue(Files.readString(fresh.resolve("professionals/casuistiek/open-huis.html")).contains("Een ander open huis"));
        // The previous site is deleted before the command ends, not left for the next build.
        try (Stream<Path> s = Files.list(fresh.getParent())) {
            assertEquals(List.of(".site.lock", "site"), s.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    /** A staging folder is never mistaken for the user's: a folder of the user's that merely looks like trash stays. */
    @Test
    void foldersNamedLikeTheBuildsOwnButNotMadeByItStay() throws IOException {
        project();
        Path out = tmp.resolve("site");
        assertEquals(0, build(out).code());
        Path lookalike = tmp.resolve(".site.trash-van-mij");
        Files.createDirectories(lookalike);
        Files.writeString(lookalike.resolve("bewaar.txt"), "van mij\n");
        Path oldLookalike = tmp.resolve(".site.staging-van-mij");
        Files.createDirectories(oldLookalike);
        Files.writeString(oldLookalike.resolve("bewaar.txt"), "ook van mij\n");
        assertEquals(0, build(out).code());
        assertEquals("van mij\n", Files.readString(lookalike.resolve("bewaar.txt")));
        assertEquals("ook van mij\n", Files.readString(oldLookalike.resolve("bewaar.txt")));
    }

    @Test
    void theReportExportFollowsTheSameRules() throws IOException {
        project();
        Map<String, byte[]> before = snapshot(tmp);
        CliTest.Run intoContent = CliTest.run("report", "--content", content.toString(), "--out", content.toString());
        assertEquals(2, intoContent.code(), intoContent.err());
        assertTrue(intoContent.err().contains("dat is de map van --content"), intoContent.err());
        CliTest.Run file = CliTest.run("report", "--content", content.toString(), "--out", project.resolve("README.md").toString());
        assertEquals(2, file.code(), file.err());
        assertSame(before, snapshot(tmp));

        Path mine = Files.createDirectories(tmp.resolve("mijn-map"));
        Files.writeString(mine.resolve("weeffouten.csv"), "mijn eigen lijst\n");
        Files.writeString(mine.resolve("notities.txt"), "belangrijk\n");
        before = snapshot(tmp);
        CliTest.Run other = CliTest.run("report", "--content", content.toString(), "--out", mine.toString());
        assertEquals(2, other.code(), other.err());
        assertTrue(other.err().contains("is geen export van wijkwijzer"), other.err());
        assertSame(before, snapshot(tmp));

        // An export from before the marker (only the export's own files) is written over; a new one is made.
        Path older = Files.createDirectories(tmp.resolve("rapport-export"));
        Files.writeString(older.resolve("weeffouten.csv"), "oud\n");
        CliTest.Run ok = CliTest.run("report", "--content", content.toString(), "--out", older.toString());
        assertEquals(0, ok.code(), ok.err());
        assertFalse(Files.readString(older.resolve("weeffouten.csv")).equals("oud\n"));
        assertTrue(Files.isRegularFile(older.resolve(OutputFolder.EXPORT_MARKER)));
        assertEquals(0, CliTest.run("report", "--content", content.toString(), "--out", older.toString()).code());
    }

    @Test
    void thePreviewRefusesAFolderItDidNotMake() throws IOException {
        project();
        Path mine = Files.createDirectories(tmp.resolve("mijn-map"));
        Files.writeString(mine.resolve("notities.txt"), "belangrijk\n");
        Map<String, byte[]> before = snapshot(tmp);
        var options = new Wijkwijzer.Options(content, templates, mine, List.of(), java.time.LocalDate.of(2026, 11, 22));
        try (PreviewServer server = new PreviewServer(options, new PrintWriter(new StringWriter(), true))) {
            OutputException e = assertThrows(OutputException.class, () -> server.start(0));
            assertTrue(e.getMessage().contains("niet door wijkwijzer gemaakt"), e.getMessage());
        }
        assertSame(before, snapshot(tmp));
        CliTest.Run serve = CliTest.run("serve", "--content", content.toString(), "--templates", templates.toString(), "--out", content.toString(),
                "--port", "0");
        assertEquals(2, serve.code(), serve.err());
        assertTrue(serve.err().contains("dat is de map van --content"), serve.err());
        assertSame(before, snapshot(tmp));
    }

    @Test
    void theMarkerTextIsDutchAndStable() throws IOException {
        project();
        Path out = tmp.resolve("site");
        assertEquals(0, build(out).code());
        String marker = Files.readString(out.resolve(OutputFolder.MARKER), StandardCharsets.UTF_8);
        assertTrue(marker.startsWith("Deze map is gemaakt door wijkwijzer build."), marker);
    }
}
