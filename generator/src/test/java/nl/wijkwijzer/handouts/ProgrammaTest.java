package nl.wijkwijzer.handouts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProgrammaTest {
    @Test
    void everyDurationFromMinToMaxIsFilledExactlyWithCasesOfTwentyToFortyMinutes() {
        for (int duur = Programma.MIN_DUUR; duur <= Programma.MAX_DUUR; duur++) {
            for (int gevraagd : new int[] {0, 1, 3, 10}) {
                int n = Programma.casussenVoor(duur, gevraagd);
                assertTrue(n >= 1, duur + "/" + gevraagd);
                Programma p = Programma.passend(duur, n).orElseThrow(() -> new AssertionError("no plan"));
                assertEquals(duur, p.totaal(), p.toString());
                assertTrue(p.perCasus() >= 20 && p.perCasus() <= 40 && p.perCasus() % 5 == 0, p.toString());
                assertTrue(p.vragen() >= 10, p.toString());
            }
        }
    }

    @Test
    void tooShortOrTooManyCasesHasNoPlan() {
        assertTrue(Programma.passend(Programma.MIN_DUUR - 1, 1).isEmpty());
        assertTrue(Programma.passend(60, 3).isEmpty());
        assertEquals(new Programma(10, 25, 2, 20, 10), Programma.passend(90, 2).orElseThrow());
    }
}
