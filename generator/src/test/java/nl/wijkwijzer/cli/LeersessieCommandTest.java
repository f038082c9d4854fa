package nl.wijkwijzer.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import nl.wijkwijzer.Wijkwijzer;
import nl.wijkwijzer.handouts.TrainersFixture;
import nl.wijkwijzer.model.Leersessie;

class LeersessieCommandTest {
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void writesADraftThatLoadsAndNeverOverwritesIt(@TempDir Path tmp) throws Exception {
        Path content = TrainersFixture.copy(TrainersFixture.fixtureContent(), tmp.resolve("content"));
        Run first = run("leersessie", "--vuistregel", "financien", "--aantal", "3", "--content", content.toString());
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().contains("1. huurschuld-na-opvang - Huurschuld na de opvang"), first.out());
        assertTrue(first.out().contains("Gekozen omdat: thema financiën, vuistregel 2; geen bekende weeffout; nieuwe wijk: West"),
                first.out());
        assertTrue(first.out().contains("- huurschuld-na-opvang-zuid lijkt op huurschuld-na-opvang"), first.out());
        Path draft = content.resolve("leersessies/concept-financien.yaml");
        assertTrue(Files.exists(draft));
        byte[] before = Files.readAllBytes(draft);

        Wijkwijzer.CheckResult check = Wijkwijzer.check(new Wijkwijzer.Options(content, tmp.resolve("t"), tmp.resolve("o"),
                List.of(), null));
        assertEquals(List.of(), check.diagnostics().sorted().stream()
                .filter(d -> d.path().contains("leersessies")).toList());
        assertFalse(check.diagnostics().hasErrors());
        Leersessie l = check.kb().leersessies().stream().filter(x -> x.id().equals("concept-financien")).findFirst().orElseThrow();
        assertEquals(List.of("huurschuld-na-opvang", "bewindvoering-zonder-haast", "geen-geld-voor-inrichting"), l.casussen());
        assertEquals(List.of("financien"), l.vuistregels());
        assertEquals(115, l.duur());
        assertEquals(6, l.werkvormen().size());
        assertEquals(List.of("Welke geldregel zat het vaakst in de weg?",
                "Wie betaalt een klein bedrag dat een groot probleem voorkomt?"), l.vragen());

        Run second = run("leersessie", "--vuistregel", "financien", "--aantal", "3", "--content", content.toString());
        assertEquals(0, second.code(), second.err());
        assertTrue(Files.exists(content.resolve("leersessies/concept-financien-2.yaml")));
        assertArrayEquals(before, Files.readAllBytes(draft));

        Run named = run("leersessie", "--vuistregel", "financien", "--id", "concept-financien", "--content", content.toString());
        assertEquals(1, named.code());
        assertTrue(named.err().contains("bestaat al en wordt niet overschreven"), named.err());
        assertArrayEquals(before, Files.readAllBytes(draft));
    }

    @Test
    void unknownVuistregelIsADutchErrorWithASuggestion(@TempDir Path tmp) {
        Path content = TrainersFixture.copy(TrainersFixture.fixtureContent(), tmp.resolve("content"));
        Run r = run("leersessie", "--vuistregel", "financein", "--content", content.toString());
        assertEquals(1, r.code());
        assertEquals("wijkwijzer: onbekende vuistregel 'financein'. Bedoelde je 'financien'?", r.err().strip());
        assertFalse(Files.exists(content.resolve("leersessies")));
    }

    @ParameterizedTest
    @ValueSource(ints = {60, 90, 120})
    void theWerkvormenFillExactlyTheAskedDuration(int minuten, @TempDir Path tmp) throws Exception {
        Path content = TrainersFixture.copy(TrainersFixture.fixtureContent(), tmp.resolve("content"));
        Run r = run("leersessie", "--vuistregel", "financien", "--duur", String.valueOf(minuten), "--content", content.toString());
        assertEquals(0, r.code(), r.err());
        Wijkwijzer.CheckResult check = Wijkwijzer.check(new Wijkwijzer.Options(content, tmp.resolve("t"), tmp.resolve("o"),
                List.of(), null));
        Leersessie l = check.kb().leersessies().stream().filter(x -> x.id().equals("concept-financien")).findFirst().orElseThrow();
        assertEquals(minuten, l.duur());
        assertEquals(minuten, l.werkvormen().stream().mapToInt(Leersessie.Werkvorm::minuten).sum(), l.werkvormen().toString());
        long caseForms = l.werkvormen().stream().filter(w -> w.naam().startsWith("Casus ")).count();
        assertEquals(l.casussen().size(), caseForms);
        assertTrue(l.casussen().size() >= 1 && l.casussen().size() <= (minuten - 20) / 20, l.casussen().toString());
        for (String id : l.casussen()) {
            String titel = check.kb().casusById().get(id).titel();
            assertTrue(l.trainersnotities().contains(titel + ", gekozen omdat: thema financiën, vuistregel 2;"), l.trainersnotities());
        }
        assertTrue(r.out().contains("Programma van " + minuten + " minuten"), r.out());
    }

    @Test
    void moreCasesThanFitAreCutToWhatFits(@TempDir Path tmp) throws Exception {
        Path content = TrainersFixture.copy(TrainersFixture.fixtureContent(), tmp.resolve("content"));
        Run r = run("leersessie", "--vuistregel", "financien", "--duur", "60", "--aantal", "5", "--content", content.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Let op: in 60 minuten passen 2 casussen, niet 5."), r.out());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "abc|wijkwijzer: --duur 'abc' is geen aantal minuten. Schrijf het aantal minuten als getal, bijvoorbeeld --duur 90.",
            "-5|wijkwijzer: --duur '-5' is geen aantal minuten. Schrijf het aantal minuten als getal, bijvoorbeeld --duur 90.",
            "1,5|wijkwijzer: --duur '1,5' is geen aantal minuten. Schrijf het aantal minuten als getal, bijvoorbeeld --duur 90.",
            "30|wijkwijzer: --duur 30 is te kort. Een leersessie met één casus duurt minstens 40 minuten.",
            "500|wijkwijzer: --duur 500 is te lang. Een leersessie duurt hoogstens 240 minuten (4 uur). Maak er twee sessies van."})
    void aDurationThatMakesNoSenseIsAClearDutchErrorAndWritesNothing(String duur, String message, @TempDir Path tmp) {
        Path content = TrainersFixture.copy(TrainersFixture.fixtureContent(), tmp.resolve("content"));
        Run r = run("leersessie", "--vuistregel", "financien", "--duur=" + duur, "--content", content.toString());
        assertEquals(Main.USAGE, r.code());
        assertEquals(message, r.err().strip());
        assertFalse(Files.exists(content.resolve("leersessies")));
    }

    @Test
    void helpExplainsDuurInDutch() {
        Run r = run("leersessie", "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("--duur=MINUTEN"), r.out());
        assertTrue(r.out().replaceAll("\\s+", " ").contains("duur van de sessie in minuten (40 tot 240)"), r.out());
    }
}
