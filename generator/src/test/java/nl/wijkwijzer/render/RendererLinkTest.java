package nl.wijkwijzer.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.wijkwijzer.Wijkwijzer;
import nl.wijkwijzer.diagnostics.Diagnostics;
import nl.wijkwijzer.gates.BuiltSite;

/**
 * A gemeente's templates folder with symbolic links: a link that leads out of it (a template, a static
 * file, a linked folder) stops the build with a Dutch error naming the link, and nothing of its
 * target is read; a link that stays inside the folder is followed.
 */
class RendererLinkTest {
    private static final String SECRET = "GEHEIM-BUITEN-SJABLONEN";

    private static Path outsideFile(Path tmp) throws IOException {
        Path outside = Files.createDirectories(tmp.resolve("buiten"));
        return Files.writeString(outside.resolve("geheim.txt"), SECRET + "\n");
    }

    @Test
    void aStaticFileLinkedFromOutsideIsRefusedByName(@TempDir Path tmp) throws IOException {
        Path templates = Files.createDirectories(tmp.resolve("templates/static"));
        Files.createSymbolicLink(templates.resolve("huisstijl.css"), outsideFile(tmp));
        Renderer.LinkFailure e = assertThrows(Renderer.LinkFailure.class, () -> new Renderer(tmp.resolve("templates")));
        assertEquals("templates/static/huisstijl.css: dit is een symbolische link naar iets buiten de map templates; "
                + "hij wordt niet gevolgd. Zet het bestand zelf in de map (kopieer het) in plaats van een link, of haal de link weg.",
                e.getMessage());
        Diagnostics d = new Diagnostics();
        e.report(d);
        assertEquals("templates/static/huisstijl.css", d.sorted().get(0).path());
        assertFalse(d.sorted().get(0).format().contains(SECRET));
    }

    @Test
    void aTemplateOrFolderLinkedFromOutsideIsRefused(@TempDir Path tmp) throws IOException {
        Path templates = Files.createDirectories(tmp.resolve("templates"));
        Path secret = outsideFile(tmp);
        Files.createSymbolicLink(templates.resolve("casus.ftlh"), secret);
        assertTrue(assertThrows(Renderer.LinkFailure.class, () -> new Renderer(templates)).getMessage()
                .startsWith("templates/casus.ftlh: "));
        Files.delete(templates.resolve("casus.ftlh"));
        Files.createSymbolicLink(templates.resolve("static"), secret.getParent());
        assertTrue(assertThrows(Renderer.LinkFailure.class, () -> new Renderer(templates)).getMessage()
                .startsWith("templates/static: "));
        Files.delete(templates.resolve("static"));
        Files.createSymbolicLink(templates.resolve("weg.ftlh"), tmp.resolve("bestaat-niet"));
        assertTrue(assertThrows(Renderer.LinkFailure.class, () -> new Renderer(templates)).getMessage()
                .contains("symbolische link die nergens heen wijst"));
    }

    @Test
    void theBuildStopsBeforeWritingAndNothingOfTheTargetIsPublished(@TempDir Path tmp) throws IOException {
        Path templates = tmp.resolve("templates");
        BuiltSite.copyTree(BuiltSite.repoRoot().resolve("templates"), templates);
        Files.createSymbolicLink(templates.resolve("static/geheim.txt"), outsideFile(tmp));
        Path out = tmp.resolve("site");
        assertThrows(Renderer.LinkFailure.class, () -> Wijkwijzer.build(new Wijkwijzer.Options(
                nl.wijkwijzer.TestPaths.resource("mini/content"), templates, out, List.of(), LocalDate.of(2026, 11, 22))));
        assertFalse(Files.exists(out));
    }

    @Test
    void aLinkInsideTheFolderIsFollowed(@TempDir Path tmp) throws IOException {
        Path templates = Files.createDirectories(tmp.resolve("templates/static"));
        Files.writeString(templates.resolve("echt.css"), "body { color: black; }\n");
        Files.createSymbolicLink(templates.resolve("ook.css"), Path.of("echt.css"));
        Files.writeString(tmp.resolve("templates/groet.ftlh"), "Hallo ${naam}");
        Files.createSymbolicLink(tmp.resolve("templates/welkom.ftlh"), Path.of("groet.ftlh"));
        Renderer r = new Renderer(tmp.resolve("templates"));
        Map<String, byte[]> assets = r.staticAssets();
        assertArrayEquals(assets.get("echt.css"), assets.get("ook.css"));
        assertEquals("Hallo Jan", r.render("welkom.ftlh", Map.of("naam", "Jan")));
    }
}
