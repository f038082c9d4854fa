package nl.wijkwijzer.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


/** The fields of issue 19 (betaler, opgelost-op, besluiten, the monitor's goals) report bad input with file, line and fix. */
class ActFieldsDiagnosticsTest {
    @TempDir
    Path tmp;
    Path content;

    @BeforeEach
    void copyMini() throws IOException {
        content = MiniContent.copy(tmp);
    }

    private List<String> run() {
        return MiniContent.diagnostics(content);
    }

    private void edit(String relative, String from, String to) throws IOException {
        Path p = content.resolve(relative);
        String s = Files.readString(p);
        if (!s.contains(from)) {
            throw new IllegalStateException(from + " not in " + relative);
        }
        Files.writeString(p, s.replace(from, to), StandardCharsets.UTF_8);
    }

    private void write(String relative, String text) throws IOException {
        MiniContent.write(content, relative, text);
    }

    private static final String CASE = "casuistiek/open-huis.yaml";
    private static final String WEEFFOUT = "weeffouten/krappe-markt.yaml";

    @Test
    void unknownPayerIsAnErrorWithTheNearestValue() throws IOException {
        edit(CASE, "bedrag: 1000, per: maand, betaler: gemeente", "bedrag: 1000, per: maand, betaler: gemeent");
        assertEquals(List.of("content/casuistiek/open-huis.yaml:20:71: fout: 'gemeent' is geen geldige waarde voor "
                + "'kosten.standaard[1].betaler'\n    tip: bedoelde je 'gemeente'?"), run());
    }

    @Test
    void missingPayerIsAWarningThatNamesTheChoices() throws IOException {
        edit(CASE, "bedrag: 100, per: week, betaler: gemeente", "bedrag: 100, per: week");
        assertEquals(List.of("content/casuistiek/open-huis.yaml:22:7: waarschuwing: de kostenpost 'Begeleiding' zegt niet wie betaalt\n"
                + "    tip: voeg toe, bijvoorbeeld: betaler: gemeente (kies uit gemeente, zorgverzekeraar, zorgkantoor, justitie, "
                + "woningcorporatie, rijk, uwv, inwoner)"), run());
    }

    @Test
    void solvedWithoutDateIsAnError() throws IOException {
        edit(WEEFFOUT, "status: gesignaleerd", "status: opgelost");
        assertEquals(List.of("content/weeffouten/krappe-markt.yaml:5:9: fout: bij 'status: opgelost' hoort 'opgelost-op'\n"
                + "    tip: voeg toe wanneer de weeffout is opgelost, bijvoorbeeld: opgelost-op: 2026-05-01"), run());
        edit(WEEFFOUT, "gesignaleerd-op: 2024-01-10", "gesignaleerd-op: 2024-01-10\nopgelost-op: 2023-12-01");
        assertEquals(List.of("content/weeffouten/krappe-markt.yaml:7:14: fout: 'opgelost-op' ligt voor 'gesignaleerd-op'\n"
                + "    tip: een weeffout kan pas opgelost zijn nadat hij gesignaleerd is"), run());
        edit(WEEFFOUT, "opgelost-op: 2023-12-01", "opgelost-op: 2025-12-01");
        assertEquals(List.of(), run());
    }

    @Test
    void decisionLogIsChecked() throws IOException {
        edit(WEEFFOUT, "gesignaleerd-op: 2024-01-10", """
                gesignaleerd-op: 2024-01-10
                barriere: wett
                besluiten:
                  - {datum: 2025-01-01, orgaan: College, besluit: Iets doen., eigenaar: gemeente, termijn: 2025-06-01, status: klaar}
                  - {datum: 2025-02-01, orgaan: College, eigenaar: gemeente, status: open}""");
        assertEquals(List.of(
                "content/weeffouten/krappe-markt.yaml:7:11: fout: 'wett' is geen geldige waarde voor 'barriere'\n    tip: bedoelde je 'wet'?",
                "content/weeffouten/krappe-markt.yaml:9:112: fout: 'klaar' is geen geldige waarde voor 'besluiten[1].status'\n"
                        + "    tip: kies uit: open, uitgevoerd, vervallen",
                "content/weeffouten/krappe-markt.yaml:10:5: fout: verplicht veld 'besluiten[2].besluit' ontbreekt\n"
                        + "    tip: voeg toe, bijvoorbeeld: besluit: ..."), run());
    }

    @Test
    void monitorGoalWithTargetBeforeStartIsAnError() throws IOException {
        write("monitor/uitstroom.yaml", """
                doelen:
                  capaciteit: {start: 320, doel: 145, startjaar: 2016, doeljaar: 2015}
                kwartalen:
                  - {kwartaal: 2016-Q1, capaciteit: 318}
                """);
        assertEquals(List.of("content/monitor/uitstroom.yaml:2:66: fout: het doeljaar ligt voor het startjaar\n"
                + "    tip: schrijf een doeljaar dat gelijk is aan of later is dan 2016"), run());
    }
}
