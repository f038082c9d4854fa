package nl.wijkwijzer.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class DisclosureTest {
    private final Disclosure k5 = new Disclosure(5);

    private static List<String> texts(Aantal[] a) {
        return Arrays.stream(a).map(Aantal::tekst).toList();
    }

    @Test
    void primarySuppressionIncludesZero() {
        assertEquals("minder dan 5", k5.count(0).tekst());
        assertEquals("minder dan 5", k5.count(4).tekst());
        assertEquals("5", k5.count(5).tekst());
        assertEquals("1.234", k5.count(1234).tekst());
        assertEquals(null, k5.count(4).getoond());
    }

    @Test
    void oneHiddenCellInALineHidesTheNextSmallest() {
        // 3 is hidden; with the total 20 shown it would follow as 20-9-8, so 8 goes too.
        assertEquals(List.of("minder dan 5", "niet getoond", "9", "20"), texts(k5.line(new int[] {3, 8, 9}, 20)));
    }

    @Test
    void twoHiddenCellsThatCanOnlyBeZeroAreProtected() {
        // 0 + 0 = 20 - 12 - 8: both zeros would be derivable, so the smallest shown cell is hidden.
        assertEquals(List.of("minder dan 5", "minder dan 5", "niet getoond", "12", "20"),
                texts(k5.line(new int[] {0, 0, 8, 12}, 20)));
        // Two hidden cells of 4 each: they can only be 4 and 4 (the maximum), derivable as well.
        assertEquals(List.of("minder dan 5", "minder dan 5", "niet getoond", "18"), texts(k5.line(new int[] {4, 4, 10}, 18)));
    }

    @Test
    void twoHiddenCellsWithSeveralPossibleValuesAreEnough() {
        assertEquals(List.of("minder dan 5", "minder dan 5", "9", "12"), texts(k5.line(new int[] {1, 2, 9}, 12)));
    }

    @Test
    void hiddenTotalNeedsNoComplement() {
        assertEquals(List.of("minder dan 5", "minder dan 5"), texts(k5.line(new int[] {3}, 3)));
    }

    @Test
    void tableProtectsRowsAndColumns() {
        int[][] cells = {{2, 6, 7}, {8, 9, 10}};
        Aantal[][] t = k5.table(cells, new int[] {15, 27}, new int[] {10, 15, 17});
        // Row 0 hides 2, then 6 (smallest); column 0 then hides 8, column 1 hides 9; row 1 then has two hidden.
        assertEquals(List.of("minder dan 5", "niet getoond", "7"), texts(t[0]));
        assertEquals(List.of("niet getoond", "niet getoond", "10"), texts(t[1]));
    }
}
