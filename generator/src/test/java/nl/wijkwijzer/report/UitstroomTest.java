package nl.wijkwijzer.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.wijkwijzer.model.Monitor;

/** The monitor's verdict per goal: plan, margin, least-squares trend and projection, with exact figures. */
class UitstroomTest {
    private static final Disclosure K5 = Disclosure.drempel(5);

    /** Capacity 100 -> 60 from 1 January 2020 to 31 December 2023: 2.5 places per quarter, margin 2. */
    private static final Monitor.Capaciteit CAP = new Monitor.Capaciteit(100, 60, 2020, 2023);

    private static Monitor.Kwartaal q(String kwartaal, int capaciteit, Integer teLang, Integer startgroep) {
        return new Monitor.Kwartaal(kwartaal, capaciteit, 7, 6, 100, teLang, startgroep);
    }

    private static Uitstroom.Doel capaciteit(int... values) {
        List<Monitor.Kwartaal> qs = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            qs.add(q(Uitstroom.label(Uitstroom.index("2021-Q4") - values.length + 1 + i), values[i], null, null));
        }
        Monitor m = new Monitor(Optional.of(CAP), Optional.empty(), Optional.empty(), qs, false, null);
        return Uitstroom.of(m, K5).doelen().get(0);
    }

    @Test
    void planIsAStraightPathReadAtTheEndOfEachQuarter() {
        assertEquals(100.0, Uitstroom.plan(100, 60, 2020, 2023, Uitstroom.index("2019-Q4")));
        assertEquals(97.5, Uitstroom.plan(100, 60, 2020, 2023, Uitstroom.index("2020-Q1")));
        assertEquals(80.0, Uitstroom.plan(100, 60, 2020, 2023, Uitstroom.index("2021-Q4")));
        assertEquals(60.0, Uitstroom.plan(100, 60, 2020, 2023, Uitstroom.index("2023-Q4")));
        assertEquals(60.0, Uitstroom.plan(100, 60, 2020, 2023, Uitstroom.index("2026-Q2")));
        assertEquals("2024-Q1", Uitstroom.label(Uitstroom.index("2023-Q4") + 1));
    }

    @Test
    void onCourseWithinTheMarginAndProjectedToTheTargetDate() {
        Uitstroom.Doel d = capaciteit(90, 87, 84, 81); // 2021-Q1..Q4; plan in 2021-Q4 is 80
        assertEquals(Uitstroom.Oordeel.OP_KOERS, d.oordeel());
        assertEquals(2.0, d.marge());
        assertEquals(-3.0, d.trendPerKwartaal(), 1e-9);
        assertEquals(4, d.trendKwartalen());
        assertEquals(57.0, d.verwachtOpDoel(), 1e-9); // 81 - 3 x 8 quarters to 2023-Q4
        assertEquals("2023-Q3", d.doelGehaaldIn());
        assertEquals("Op koers. In 2021-Q4: 81 plaatsen; volgens het plan 80 plaatsen. In de laatste 4 kwartalen daalde het met "
                + "gemiddeld 3,0 plaatsen per kwartaal. Gaat dat zo door, dan is het eind 2023 57 plaatsen (doel: 60 plaatsen).", d.zin());
        assertEquals("2021-Q4", d.projectie().get(0).kwartaal());
        assertEquals("2023-Q4", d.projectie().get(d.projectie().size() - 1).kwartaal());
    }

    @Test
    void behindAndAheadOutsideTheMargin() {
        assertEquals(Uitstroom.Oordeel.ACHTER, capaciteit(90, 89, 87, 85).oordeel()); // 5 above the plan of 80
        assertEquals(Uitstroom.Oordeel.VOOR, capaciteit(90, 85, 80, 76).oordeel()); // 4 below it
        assertEquals(Uitstroom.Oordeel.ACHTER, capaciteit(90, 89, 88, 83).oordeel()); // 3 above
        assertEquals(Uitstroom.Oordeel.OP_KOERS, capaciteit(90, 89, 88, 82).oordeel()); // exactly the margin
    }

    @Test
    void trendUsesTheLastEightQuartersOnly() {
        // Two old quarters far off the line; the last eight fall by exactly 2 per quarter.
        Uitstroom.Doel d = capaciteit(300, 300, 98, 96, 94, 92, 90, 88, 86, 84);
        assertEquals(8, d.trendKwartalen());
        assertEquals(-2.0, d.trendPerKwartaal(), 1e-9);
    }

    @Test
    void leastSquaresOnAnUnevenSeriesAndTooFewQuarters() {
        Monitor.Uitstroom goal = new Monitor.Uitstroom(80, 200, 2020, 2023);
        List<Monitor.Kwartaal> qs = List.of(q("2021-Q1", 0, null, 10), q("2021-Q2", 0, null, 12), q("2021-Q3", 0, null, 11),
                q("2021-Q4", 0, null, 15));
        Uitstroom.Doel d = Uitstroom.of(new Monitor(Optional.empty(), Optional.of(goal), Optional.empty(), qs, true, null), K5)
                .doelen().get(0);
        assertEquals(1.4, d.trendPerKwartaal(), 1e-9); // sum (x - 1.5)(y - 12) = 7 over sum (x - 1.5)^2 = 5
        assertEquals(Uitstroom.Oordeel.ACHTER, d.oordeel()); // 15% against a plan of 40%, margin 4
        Uitstroom.Doel two = Uitstroom.of(new Monitor(Optional.empty(), Optional.of(goal), Optional.empty(), qs.subList(2, 4), true,
                null), K5).doelen().get(0);
        assertNull(two.trendPerKwartaal());
        assertEquals("Achter. In 2021-Q4: 15% uitgestroomd; volgens het plan 40% uitgestroomd. "
                + "Voor een trend zijn minstens 3 kwartalen nodig.", two.zin());
    }

    @Test
    void afterTheTermTheProjectionSaysWhenTheTargetIsReached() {
        // Opvang: 60% too long in 2020, none by the end of 2020. Later quarters fall by 2 points a quarter.
        Monitor.Opvang goal = new Monitor.Opvang(3, 60, 0, 2020, 2020);
        List<Monitor.Kwartaal> qs = List.of(q("2022-Q1", 0, 20, null), q("2022-Q2", 0, 18, null), q("2022-Q3", 0, 16, null));
        Uitstroom u = Uitstroom.of(new Monitor(Optional.empty(), Optional.empty(), Optional.of(goal), qs, false, null), K5);
        Uitstroom.Doel d = u.doelen().get(0);
        assertEquals(Uitstroom.Oordeel.ACHTER, d.oordeel());
        assertNull(d.verwachtOpDoel());
        assertEquals("2024-Q3", d.doelGehaaldIn()); // 16 - 2 x 8 quarters
        assertEquals(16, u.kwartalen().get(2).opvangTeLangProcent());
        // Reached after the term: ahead of the (flat) plan, and the sentence says so.
        Monitor.Uitstroom out = new Monitor.Uitstroom(80, 0, 2016, 2023);
        Uitstroom.Doel done = Uitstroom.of(new Monitor(Optional.empty(), Optional.of(out), Optional.empty(),
                List.of(q("2024-Q1", 0, null, 84), q("2024-Q2", 0, null, 85), q("2024-Q3", 0, null, 86)), false, null), K5)
                .doelen().get(0);
        assertEquals(Uitstroom.Oordeel.VOOR, done.oordeel());
        assertEquals("Voor. In 2024-Q3: 86% uitgestroomd; volgens het plan 80% uitgestroomd. Het doel (80% uitgestroomd) is gehaald. "
                + "In de laatste 3 kwartalen steeg het met gemiddeld 1,0 procentpunt per kwartaal.", done.zin());
    }

    @Test
    void goalsAreSeparateAndSmallCountsStayHidden() {
        List<Monitor.Kwartaal> qs = List.of(new Monitor.Kwartaal("2021-Q4", 81, 3, 6, 100, 30, 40));
        Uitstroom u = Uitstroom.of(new Monitor(Optional.of(CAP), Optional.of(new Monitor.Uitstroom(80, 0, 2020, 2023)),
                Optional.of(new Monitor.Opvang(3, 60, 0, 2020, 2023)), qs, false, null), K5);
        assertEquals(List.of("capaciteit", "uitstroom", "opvang"), u.doelen().stream().map(Uitstroom.Doel::id).toList());
        assertEquals(List.of(Uitstroom.Oordeel.OP_KOERS, Uitstroom.Oordeel.OP_KOERS, Uitstroom.Oordeel.OP_KOERS),
                u.doelen().stream().map(Uitstroom.Doel::oordeel).toList()); // 81 vs 80, 40 vs 40, 30 vs 30
        assertEquals(new Uitstroom.Rij("2021-Q4", 81, 80, new Aantal(null, "niet getoond"), new Aantal(6, "6"), 100, 30, 40.0),
                u.kwartalen().get(0));
    }
}
