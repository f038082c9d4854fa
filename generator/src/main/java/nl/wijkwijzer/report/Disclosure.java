package nl.wijkwijzer.report;

import java.util.Arrays;

/**
 * Statistical disclosure control for the report's counts. Primary rule: a count below the
 * k-threshold is never shown (zero included: "0 of 1" is as telling as "1"). Complementary rule: in
 * a line whose total is shown, the hidden cells must not be derivable from the total; while they
 * are (one hidden cell, or hidden cells that can only all be 0 or all be k-1), the smallest shown
 * cell is hidden too. Tables apply the line rule to rows and columns until nothing changes.
 */
public final class Disclosure {
    private final int k;

    public Disclosure(int k) {
        this.k = Math.max(1, k);
    }

    public int k() {
        return k;
    }

    public Aantal count(int n) {
        return n >= k ? Aantal.shown(n) : Aantal.hidden(k);
    }

    /** One line of cells with its total; returns the cells followed by the total as shown. */
    public Aantal[] line(int[] cells, int total) {
        int[][] table = {cells};
        Aantal[][] t = table(table, new int[] {total}, null);
        Aantal[] out = Arrays.copyOf(t[0], cells.length + 1);
        out[cells.length] = count(total);
        return out;
    }

    /**
     * A table with optional row and column totals (null when the table has none). Totals that are
     * not simple sums of the cells (a case counted in two columns) are treated as if they were,
     * which can only hide more, never less.
     *
     * @return the cells as shown; totals follow the primary rule ({@link #count})
     */
    public Aantal[][] table(int[][] cells, int[] rowTotals, int[] colTotals) {
        int rows = cells.length;
        int cols = rows == 0 ? 0 : cells[0].length;
        // 0 = shown, 1 = primary, 2 = complementary
        int[][] hidden = new int[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                hidden[r][c] = cells[r][c] < k ? 1 : 0;
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int r = 0; r < rows && rowTotals != null; r++) {
                if (rowTotals[r] >= k) {
                    int[] idx = new int[cols];
                    for (int c = 0; c < cols; c++) {
                        idx[c] = c;
                    }
                    changed |= protect(cells[r], hidden[r], idx, rowTotals[r]);
                }
            }
            for (int c = 0; c < cols && colTotals != null; c++) {
                if (colTotals[c] >= k) {
                    int[] col = new int[rows];
                    int[] h = new int[rows];
                    for (int r = 0; r < rows; r++) {
                        col[r] = cells[r][c];
                        h[r] = hidden[r][c];
                    }
                    int[] idx = new int[rows];
                    for (int r = 0; r < rows; r++) {
                        idx[r] = r;
                    }
                    if (protect(col, h, idx, colTotals[c])) {
                        changed = true;
                        for (int r = 0; r < rows; r++) {
                            hidden[r][c] = h[r];
                        }
                    }
                }
            }
        }
        Aantal[][] out = new Aantal[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                out[r][c] = switch (hidden[r][c]) {
                    case 0 -> Aantal.shown(cells[r][c]);
                    case 1 -> Aantal.hidden(k);
                    default -> Aantal.hiddenComplementary();
                };
            }
        }
        return out;
    }

    /** Hides more cells of one line until the hidden ones cannot be derived from its total. */
    private boolean protect(int[] values, int[] hidden, int[] idx, int total) {
        boolean changed = false;
        while (derivable(values, hidden)) {
            int pick = -1;
            for (int i : idx) {
                if (hidden[i] == 0 && (pick < 0 || values[i] < values[pick])) {
                    pick = i;
                }
            }
            if (pick < 0) {
                break;
            }
            hidden[pick] = 2;
            changed = true;
        }
        return changed;
    }

    /**
     * The hidden cells of a line are derivable from its total when there is exactly one, or when
     * their sum leaves a single possible value for each (all zero, or all k-1 for primary cells).
     */
    private boolean derivable(int[] values, int[] hidden) {
        int n = 0;
        long sum = 0;
        long max = 0;
        for (int i = 0; i < values.length; i++) {
            if (hidden[i] != 0) {
                n++;
                sum += values[i];
                max += hidden[i] == 1 ? k - 1 : Integer.MAX_VALUE / 4;
            }
        }
        return n == 1 || (n > 1 && (sum == 0 || sum == max));
    }
}
