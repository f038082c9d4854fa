package nl.wijkwijzer.drafts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.wijkwijzer.TestPaths;
import nl.wijkwijzer.Wijkwijzer;
import nl.wijkwijzer.author.TestContent;
import nl.wijkwijzer.cli.Main;
import nl.wijkwijzer.diagnostics.Diagnostic;
import nl.wijkwijzer.serve.PreviewServer;

/**
 * {@code concept: true} on any record: checked like every record, shown with a label in {@code serve},
 * left out of every build; placeholder text of {@code nieuw} is an error only outside drafts; a
 * published record may not refer to a draft. Inline fixtures on the small test knowledge base.
 */
class DraftsTest {
    @TempDir
    Path tmp;
    Path content;

    /** A public case, a weeffout and an organisation, each a draft, each with a word found nowhere else. */
    private static final String DRAFT_CASE = """
            concept: true
            titel: Kladversie over een dakloze egel
            samenvatting: Een casus in wording met het woord egelmarker.
            wijk: noord
            datum: 2025-04-01
            status: open
            vuistregels: [wonen]
            zichtbaarheid: publiek
            situatie: |
              Iemand zoekt een huis; egelmarker.
            hulpvraag:
              wat-wil-ik: Een huis.
              wat-kan-ik: Koken.
              wat-heb-ik-nodig: Hulp.
            blokkades:
              - weeffout: nieuwe-blokkade
                toelichting: Nog uitzoeken.
            partijen: [buurtkamer]
            """;
    private static final String DRAFT_WEEFFOUT = """
            concept: true
            titel: Nieuwe blokkade egelmarker
            categorie: wonen
            eigenaar: woningcorporatie
            beschrijving: Nog te beschrijven, egelmarker.
            status: gesignaleerd
            gesignaleerd-op: 2025-01-10
            """;
    private static final String DRAFT_ORGANISATIE = """
            concept: true
            naam: Buurtkamer egelmarker
            soort: buurtinitiatief
            wat-ze-doen: Een kamer in de buurt.
            """;

    @BeforeEach
    void fixture() throws IOException {
        content = tmp.resolve("content");
        TestContent.copyTree(TestPaths.resource("mini/content"), content);
        write("casuistiek/egel.yaml", DRAFT_CASE);
        write("weeffouten/nieuwe-blokkade.yaml", DRAFT_WEEFFOUT);
        write("wijknetwerk/buurtkamer.yaml", DRAFT_ORGANISATIE);
    }

    private void write(String relative, String text) throws IOException {
        Path p = content.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    private List<String> check() {
        return Wijkwijzer.check(TestPaths.options(content, tmp.resolve("site"))).diagnostics().sorted().stream()
                .map(Diagnostic::format).toList();
    }

    @Test
    void draftsAreCheckedAndLeftOutOfEveryBuild() throws IOException {
        assertEquals(List.of(), check().stream().filter(d -> d.contains(": fout:")).toList());
        Wijkwijzer.BuildResult r = Wijkwijzer.build(TestPaths.options(content, tmp.resolve("site")));
        assertTrue(r.written(), r.diagnostics().sorted().toString());
        List<Path> files;
        try (Stream<Path> s = Files.walk(tmp.resolve("site"))) {
            files = s.filter(Files::isRegularFile).toList();
        }
        assertTrue(files.size() > 20);
        for (Path f : files) {
            String name = tmp.resolve("site").relativize(f).toString();
            assertFalse(name.contains("/egel.") || name.contains("nieuwe-blokkade") || name.contains("buurtkamer"), name);
            if (name.endsWith(".pdf")) {
                continue;
            }
            assertFalse(Files.readString(f, StandardCharsets.ISO_8859_1).contains("egelmarker"), "draft text in " + name);
        }
        assertTrue(Files.readString(tmp.resolve("site/publiek/casuistiek/index.html")).contains("open-huis.html"),
                "the published case is there");
    }

    @Test
    void theSameFilesWithoutConceptArePublished() throws IOException {
        for (String f : List.of("casuistiek/egel.yaml", "weeffouten/nieuwe-blokkade.yaml", "wijknetwerk/buurtkamer.yaml")) {
            Path p = content.resolve(f);
            Files.writeString(p, Files.readString(p).replace("concept: true\n", ""));
        }
        assertTrue(Wijkwijzer.build(TestPaths.options(content, tmp.resolve("site"))).written());
        assertTrue(Files.readString(tmp.resolve("site/publiek/casuistiek/egel.html")).contains("egelmarker"));
        assertTrue(Files.isRegularFile(tmp.resolve("site/publiek/weeffouten/nieuwe-blokkade.html")));
        assertTrue(Files.isRegularFile(tmp.resolve("site/publiek/wijknetwerk/buurtkamer.html")));
    }

    @Test
    void aPublishedRecordThatRefersToADraftIsAnErrorNamingBothFiles() throws IOException {
        Path open = content.resolve("casuistiek/open-huis.yaml");
        Files.writeString(open, Files.readString(open).replace("partijen: [wijkteam]", "partijen: [wijkteam, buurtkamer]"));
        write("leersessies/sessie.yaml", "titel: Een sessie\ncasussen: [open-huis, egel]\n");
        List<String> errors = check().stream().filter(d -> d.contains(": fout:")).toList();
        assertEquals(List.of(
                "content/casuistiek/open-huis.yaml:17:22: fout: verwijst naar organisatie 'buurtkamer', maar dat is nog een"
                        + " concept (content/wijknetwerk/buurtkamer.yaml heeft concept: true) en komt niet in de site\n"
                        + "    tip: haal 'concept: true' weg uit content/wijknetwerk/buurtkamer.yaml als het klaar is, of zet"
                        + " deze verwijzing er pas dan in",
                "content/leersessies/sessie.yaml:2:23: fout: verwijst naar casus 'egel', maar dat is nog een concept"
                        + " (content/casuistiek/egel.yaml heeft concept: true) en komt niet in de site\n"
                        + "    tip: haal 'concept: true' weg uit content/casuistiek/egel.yaml als het klaar is, of zet deze"
                        + " verwijzing er pas dan in"), errors);
        assertFalse(Wijkwijzer.build(TestPaths.options(content, tmp.resolve("site"))).written(), "the build refuses");
    }

    @Test
    void scaffoldPlaceholdersAreAnErrorOnlyOutsideADraft() throws IOException {
        StringWriter err = new StringWriter();
        assertEquals(0, Main.run(new String[] {"nieuw", "casus", "nog-leeg", "--content", content.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err, true)), err.toString());
        Path file = content.resolve("casuistiek/nog-leeg.yaml");
        String scaffold = Files.readString(file);
        assertTrue(scaffold.contains("\nconcept: true\n"), "nieuw writes a draft");
        assertEquals(List.of(), check().stream().filter(d -> d.contains("nog-leeg") && d.contains(": fout:")).toList(),
                "a draft may hold placeholders");

        Files.writeString(file, scaffold.replace("\nconcept: true\n", "\n"));
        List<String> found = check().stream().filter(d -> d.contains("nog-leeg") && d.contains(": fout:")).toList();
        String[] lines = Files.readString(file).split("\n", -1);
        List<String> expected = new java.util.ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            int at = lines[i].indexOf("Schrijf hier:");
            if (at >= 0 && !lines[i].strip().startsWith("#")) {
                expected.add("content/casuistiek/nog-leeg.yaml:" + (i + 1) + ":" + (at + 1)
                        + ": fout: hier staat nog de voorbeeldtekst van 'nieuw' ('Schrijf hier: ...')\n"
                        + "    tip: vervang die door je eigen tekst, of zet 'concept: true' in het bestand zolang het niet klaar is");
            }
        }
        assertTrue(expected.size() >= 5, "samenvatting, situatie and the three hulpvraag fields: " + expected);
        assertEquals(expected, found);
    }

    @Test
    void aConceptValueThatIsNotTrueOrFalseIsAnError() throws IOException {
        write("casuistiek/egel.yaml", DRAFT_CASE.replace("concept: true", "concept: bijna"));
        assertTrue(check().contains("content/casuistiek/egel.yaml:1:10: fout: veld 'concept' moet true of false zijn\n"
                + "    tip: concept: true houdt het bestand uit de site; haal de regel weg als het klaar is"), check().toString());
    }

    @Test
    void servShowsDraftsWithALabelOnTheirPageAndInListings() throws Exception {
        try (PreviewServer server = new PreviewServer(TestPaths.options(content, tmp.resolve("site")),
                new PrintWriter(new StringWriter(), true))) {
            String base = "http://127.0.0.1:" + server.start(0) + "/publiek/";
            String page = get(base + "casuistiek/egel.html");
            assertTrue(page.contains("egelmarker"), "serve shows the draft");
            assertTrue(page.contains("<p class=\"wijkwijzer-concept wijkwijzer-concept-pagina\" role=\"note\"><strong>Concept.</strong>"),
                    page);
            assertTrue(page.contains("<link rel=\"stylesheet\" href=\"/__wijkwijzer/concept.css\">"));
            String listing = get(base + "casuistiek/index.html");
            assertTrue(listing.matches("(?s).*<a [^>]*href=\"(\\.\\./casuistiek/)?egel.html\"[^>]*>[^<]*Kladversie over een dakloze egel"
                    + " <span class=\"wijkwijzer-concept\">concept</span></a>.*"), listing);
            assertFalse(listing.matches("(?s).*href=\"[^\"]*open-huis.html\"[^>]*>[^<]*<span class=\"wijkwijzer-concept\">.*"),
                    "a published case has no label");
            String open = get(base + "casuistiek/open-huis.html");
            assertFalse(open.contains("wijkwijzer-concept-pagina"), "a published page has no notice");
            assertTrue(get("http://127.0.0.1:" + URI.create(base).getPort() + "/__wijkwijzer/concept.css").contains(".wijkwijzer-concept"));
        }
    }

    private static String get(String url) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), url);
        return r.body();
    }
}
