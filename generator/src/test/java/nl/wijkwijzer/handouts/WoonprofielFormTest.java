package nl.wijkwijzer.handouts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.wijkwijzer.Wijkwijzer;
import nl.wijkwijzer.pdf.PdfChecks;
import nl.wijkwijzer.pdf.PdfUa;

/** The blank woonprofiel PDF can be filled in on screen: named form fields that keep what you type. */
class WoonprofielFormTest {
    static final List<String> DOMEINEN = List.of("woonwens", "begeleidingsvoorwaarden", "inkomen", "risicoprofiel");

    @TempDir
    static Path tmp;
    static byte[] pdf;
    static Path site;

    @BeforeAll
    static void build() throws IOException {
        Path content = TrainersFixture.copy(TrainersFixture.fixtureContent(), tmp.resolve("content"));
        Files.createDirectories(content.resolve("routekaart"));
        StringBuilder route = new StringBuilder("titel: Routekaart naar een woonprofiel\ninleiding: |\n  Samen met de bewoner.\nstappen:\n");
        StringBuilder form = new StringBuilder("woonprofiel:\n");
        for (String d : DOMEINEN) {
            route.append("  - id: stap-").append(d).append("\n    titel: Stap over ").append(d)
                    .append("\n    wat: |\n      Bespreek dit samen met de bewoner.\n    wie: [geldhulp-noord]\n")
                    .append("    vuistregels: [financien]\n    domeinen: [").append(d).append("]\n");
            form.append("  - domein: ").append(d).append("\n    titel: Over ").append(d)
                    .append("\n    vragen:\n      - Wat vindt de bewoner belangrijk?\n      - Wie helpt daarbij?\n");
        }
        Files.writeString(content.resolve("routekaart/stappen.yaml"), route + form.toString());
        Wijkwijzer.BuildResult r = Wijkwijzer.build(new Wijkwijzer.Options(content, TrainersFixture.root().resolve("templates"),
                tmp.resolve("site"), List.of(), LocalDate.of(2026, 11, 22)));
        assertTrue(r.written(), () -> r.diagnostics().sorted().toString());
        site = tmp.resolve("site");
        pdf = Files.readAllBytes(site.resolve("publiek/routekaart/woonprofiel.pdf"));
    }

    static List<String> expectedFields() {
        List<String> names = new ArrayList<>(List.of("voor-wie", "ingevuld-op", "ingevuld-door", "casusregisseur"));
        for (String d : DOMEINEN) {
            names.addAll(List.of(d + "-vraag-1", d + "-vraag-2", d + "-afspraken"));
        }
        names.addAll(List.of("akkoord-bewoner", "akkoord-partijen", "eerste-evaluatie"));
        return names;
    }

    @Test
    void thePdfHasANamedTextFieldForEveryAnswerWithItsQuestionAsTooltip() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
            assertNotNull(form, "no AcroForm");
            List<String> names = new ArrayList<>();
            for (PDField f : form.getFieldTree()) {
                assertTrue(f instanceof PDTextField, f.getFullyQualifiedName());
                names.add(f.getFullyQualifiedName());
            }
            assertEquals(expectedFields().stream().sorted().toList(), names.stream().sorted().toList());
            assertEquals("Wat vindt de bewoner belangrijk?", form.getField("inkomen-vraag-1").getAlternateFieldName());
            assertEquals("Voor wie (voornaam of kenmerk)", form.getField("voor-wie").getAlternateFieldName());
            for (PDPage page : doc.getPages()) {
                for (PDAnnotation a : page.getAnnotations()) {
                    if (a instanceof PDAnnotationWidget w) {
                        assertTrue(w.getStructParent() >= 0, "widget without a place in the structure tree");
                    }
                }
            }
        }
    }

    @Test
    void aFilledInFieldIsKeptWhenSaved() throws IOException {
        String answer = "Een eigen huis in Noord, dicht bij zijn zus.";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
            form.getField("woonwens-vraag-1").setValue(answer);
            doc.save(out);
        }
        try (PDDocument again = Loader.loadPDF(out.toByteArray())) {
            assertEquals(answer, again.getDocumentCatalog().getAcroForm().getField("woonwens-vraag-1").getValueAsString());
            assertEquals("", again.getDocumentCatalog().getAcroForm().getField("woonwens-vraag-2").getValueAsString());
        }
    }

    @Test
    void theFormIsStillAccessiblePdfUaAndTheHtmlPageHasLabelledFields() throws IOException {
        assertEquals(Map.of(), PdfUa.violations(pdf));
        assertEquals(List.of(), PdfChecks.structureProblems(pdf, "nl"));
        var page = Jsoup.parse(site.resolve("publiek/routekaart/woonprofiel.html").toFile(), "UTF-8");
        assertEquals(expectedFields().size(), page.select("form textarea").size());
        for (var t : page.select("form textarea")) {
            assertEquals(1, page.select("label[for=" + t.id() + "]").size(), t.id());
        }
    }
}
