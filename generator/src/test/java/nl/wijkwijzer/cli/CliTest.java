package nl.wijkwijzer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.wijkwijzer.TestPaths;

/** The command line as a redacteur uses it: Dutch messages and meaningful exit codes. */
class CliTest {
    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    private String mini() {
        return TestPaths.resource("mini/content").toString();
    }

    @Test
    void checkOnGoodContentExitsZeroAndWritesNothing() {
        Path out = tmp.resolve("site");
        Run r = run("check", "--content", mini(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Content in orde: 2 casussen"), r.out());
        assertFalse(Files.exists(out));
    }

    @Test
    void buildWritesTheSiteAndReportsCounts() {
        Path out = tmp.resolve("site");
        Run r = run("build", "--content", mini(), "--templates", TestPaths.templates().toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Site gebouwd in " + out), r.out());
        assertTrue(Files.exists(out.resolve("publiek/index.html")));
    }

    @Test
    void contentErrorsExitOneWithFileLineAndHint() throws IOException {
        Path content = tmp.resolve("content");
        Files.createDirectories(content.resolve("casuistiek"));
        Files.writeString(content.resolve("site.yaml"), "titel: T\ngemeente: G\nwijken: {noord: Noord}\n");
        Files.writeString(content.resolve("casuistiek/a.yaml"), "titel: A\nwijk: noord\n");
        Run r = run("build", "--content", content.toString(), "--out", tmp.resolve("site").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("content/casuistiek/a.yaml:1:1: fout: verplicht veld 'samenvatting' ontbreekt"), r.err());
        assertTrue(r.err().contains("Site niet gebouwd"), r.err());
        assertFalse(Files.exists(tmp.resolve("site")));
    }

    /** A copy of the shipped templates that a test may break. */
    private Path templatesCopy() throws IOException {
        Path copy = tmp.resolve("templates");
        nl.wijkwijzer.author.TestContent.copyTree(TestPaths.templates(), copy);
        return copy;
    }

    @Test
    void aStaticFileNamedLikeAGeneratedOneStopsTheBuildAndKeepsTheSite() throws IOException {
        Path out = tmp.resolve("site");
        Path templates = templatesCopy();
        assertEquals(0, run("build", "--content", mini(), "--templates", templates.toString(), "--out", out.toString()).code());
        byte[] before = Files.readAllBytes(out.resolve("publiek/assets/theme.css"));
        Files.writeString(templates.resolve("static/theme.css"), "body { color: red; }\n");
        Run r = run("build", "--content", mini(), "--templates", templates.toString(), "--out", out.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().startsWith("wijkwijzer: " + templates.resolve("static/theme.css")
                + ": deze naam gebruikt de generator zelf (assets/theme.css"), r.err());
        assertTrue(r.err().contains("Geef het bestand een andere naam"), r.err());
        assertFalse(r.err().contains("onverwachte fout"), r.err());
        assertEquals(new String(before), Files.readString(out.resolve("publiek/assets/theme.css")), "the previous site stays");
    }

    @Test
    void aBrokenTemplateExitsOneWithItsNameAndLineAndKeepsTheSite() throws IOException {
        Path out = tmp.resolve("site");
        Path templates = templatesCopy();
        assertEquals(0, run("build", "--content", mini(), "--templates", templates.toString(), "--out", out.toString()).code());
        String index = Files.readString(out.resolve("publiek/index.html"));
        Files.writeString(templates.resolve("404.ftlh"), "<p>\n${geenVeld.naam}</p>\n");
        Run r = run("build", "--content", mini(), "--templates", templates.toString(), "--out", out.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().startsWith("wijkwijzer: sjabloon 404.ftlh:2:3: fout: 'geenVeld' bestaat niet of is leeg."), r.err());
        assertTrue(r.err().contains("${geenVeld!\"\"}"), r.err());
        assertEquals(index, Files.readString(out.resolve("publiek/index.html")), "the previous site stays");
    }

    @Test
    void wrongUsageExitsTwoInDutch() {
        Run r = run("build", "--onzin");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("wijkwijzer: onbekende optie: '--onzin'"), r.err());
        Run d = run("build", "--doelgroep", "iedereen", "--content", mini());
        assertEquals(2, d.code());
        assertTrue(d.err().contains("onbekende doelgroep 'iedereen'"), d.err());
        assertEquals(2, run().code());
    }

    @Test
    void everyCommandHasDutchHelpWithTheCommonOptions() {
        for (String command : new String[] {"build", "check"}) {
            Run r = run(command, "--help");
            assertEquals(0, r.code());
            for (String option : new String[] {"--content", "--templates", "--out", "--help"}) {
                assertTrue(r.out().contains(option), command + " " + option);
            }
            assertTrue(r.out().startsWith("Gebruik: wijkwijzer " + command), r.out());
        }
    }
}
