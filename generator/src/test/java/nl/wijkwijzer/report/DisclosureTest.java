package nl.wijkwijzer.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * The bestuur report's disclosure control and its audit. The first tests rebuild the tables of the
 * former design (primary "minder dan k" plus one complementary cell per line, public counts ignored)
 * and show that the audit finds the cells it exposed; the later ones show that the new suppression
 * passes the same audit.
 */
class DisclosureTest {
    private static final int K = 5;

    /** A line of cells with its total: {@code t = c0 + c1 + ...}; {@code pub} are the public parts. */
    private static Publicatie line(int[] cells, int[] pub) {
        Publicatie p = new Publicatie();
        int total = 0;
        int totalPub = 0;
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < cells.length; i++) {
            p.cel("c" + i, "rij", cells[i], pub[i]);
            ids.add("c" + i);
            total += cells[i];
            totalPub += pub[i];
        }
        p.cel("t", "rij", total, totalPub);
        return p.som("t", ids).verify();
    }

    private static Map<String, DisclosureAudit.Bereik> ranges(DisclosureAudit.Uitkomst u) {
        return u.bereiken().stream().collect(Collectors.toMap(DisclosureAudit.Bereik::cel, b -> b));
    }

    @Test
    void auditExposesASingleHiddenCellInALineWithItsTotal() {
        Publicatie p = line(new int[] {3, 8, 9}, new int[] {0, 0, 0});
        DisclosureAudit.Uitkomst u = DisclosureAudit.audit(p, Set.of("c0"), Set.of("c0"), K);
        assertFalse(u.veilig());
        assertEquals(new DisclosureAudit.Bereik("c0", 3, 3), ranges(u).get("c0"));
    }

    @Test
    void auditExposesTheFormerComplementaryPatternOnceThePublicSiteIsKnown() {
        // The former rule hid 3 and the next smallest cell, 8, and was content: 3 + 8 = 11 has many
        // splits. But 3 of the first cell's cases and 7 of the second's are public cases, listed on the
        // public site: x0 >= 3, x1 >= 7, x0 + x1 = 11 leaves x0 in 3..4.
        Publicatie p = line(new int[] {3, 8, 9}, new int[] {3, 7, 2});
        DisclosureAudit.Uitkomst u = DisclosureAudit.audit(p, Set.of("c0", "c1"), Set.of("c0"), K);
        assertFalse(u.veilig());
        assertEquals(new DisclosureAudit.Bereik("c0", 3, 4), ranges(u).get("c0"));
        assertEquals(new DisclosureAudit.Bereik("c1", 7, 8), ranges(u).get("c1"));
        assertEquals(1, u.primair());
        assertEquals(1, u.secundair());
        assertEquals(1, u.kleinsteBereik());
        // Without the public site the same pattern looks fine: the public lower bounds are the leak.
        Publicatie blind = line(new int[] {3, 8, 9}, new int[] {0, 0, 0});
        assertTrue(DisclosureAudit.audit(blind, Set.of("c0", "c1"), Set.of("c0"), K).veilig());
    }

    @Test
    void auditExposesTheFormerTableSuppressionThroughRowsAndColumns() {
        // The former test table {{2, 6, 7}, {8, 9, 10}} with row totals 15, 27 and column totals 10, 15,
        // 17; the former rule hid 2, 6, 8 and 9. Rows and columns together pin every hidden cell down
        // once the public site shows that cell (0,0) has 2 public cases, (0,1) 4 and (1,1) 8.
        int[][] v = {{2, 6, 7}, {8, 9, 10}};
        int[][] pub = {{2, 4, 0}, {0, 8, 0}};
        Publicatie p = table(v, pub);
        Set<String> former = Set.of("r0c0", "r0c1", "r1c0", "r1c1");
        DisclosureAudit.Uitkomst u = DisclosureAudit.audit(p, former, Set.of("r0c0"), K);
        assertFalse(u.veilig());
        // r0c0 + r0c1 = 8 (rows) with r0c1 >= 4 (public): r0c0 is 2..4, whatever the columns allow.
        assertEquals(new DisclosureAudit.Bereik("r0c0", 2, 4), ranges(u).get("r0c0"));
    }

    private static Publicatie table(int[][] v, int[][] pub) {
        Publicatie p = new Publicatie();
        int rows = v.length;
        int cols = v[0].length;
        for (int r = 0; r < rows; r++) {
            int sum = 0;
            int sumPub = 0;
            List<String> ids = new java.util.ArrayList<>();
            for (int c = 0; c < cols; c++) {
                p.cel("r" + r + "c" + c, "tabel", v[r][c], pub[r][c]);
                ids.add("r" + r + "c" + c);
                sum += v[r][c];
                sumPub += pub[r][c];
            }
            p.cel("r" + r, "rijtotaal", sum, sumPub).som("r" + r, ids);
        }
        for (int c = 0; c < cols; c++) {
            int sum = 0;
            int sumPub = 0;
            List<String> ids = new java.util.ArrayList<>();
            for (int r = 0; r < rows; r++) {
                ids.add("r" + r + "c" + c);
                sum += v[r][c];
                sumPub += pub[r][c];
            }
            p.cel("k" + c, "kolomtotaal", sum, sumPub).som("k" + c, ids);
        }
        return p.verify();
    }

    @Test
    void newSuppressionPassesTheAuditOnTheSameTables() {
        Disclosure d = Disclosure.drempel(K);
        Disclosure.Afscherming line = d.suppress(line(new int[] {3, 8, 9}, new int[] {3, 7, 2}));
        assertTrue(line.audit().veilig());
        // 3 is primary; hiding 8 is not enough (3..4), so 9 goes as well: 3 + 8 + 9 = 20 over three cells.
        assertEquals(new TreeSet<>(Set.of("c0", "c1", "c2")), new TreeSet<>(line.verborgen()));
        assertEquals("niet getoond", line.get("c0").tekst());
        assertEquals("20", line.get("t").tekst());
        assertTrue(line.audit().kleinsteBereik() >= K);

        Disclosure.Afscherming t = d.suppress(table(new int[][] {{2, 6, 7}, {8, 9, 10}}, new int[][] {{2, 4, 0}, {0, 8, 0}}));
        assertTrue(t.audit().veilig(), t.audit().onbeschermd().toString());
        assertTrue(t.audit().bereiken().stream().allMatch(b -> b.beschermd(K)));
        // (0,1) has 6 cases of which 4 public, (1,1) 9 of which 8, and column total 1 has 15 of which
        // 12: their non-public parts are small, so they are primary too.
        assertTrue(t.verborgen().containsAll(Set.of("r0c0", "r0c1", "r1c1", "k1")), t.verborgen().toString());
        assertEquals(4, t.audit().primair());
    }

    @Test
    void primaryRuleCoversSmallCountsAndSmallNonPublicParts() {
        Disclosure d = Disclosure.drempel(K);
        assertFalse(d.primary(new Publicatie.Cel("a", "t", 0, 0)), "zero is shown");
        assertTrue(d.primary(new Publicatie.Cel("a", "t", 4, 0)));
        assertFalse(d.primary(new Publicatie.Cel("a", "t", 5, 0)));
        assertFalse(d.primary(new Publicatie.Cel("a", "t", 12, 12)), "all public: nothing to protect");
        assertTrue(d.primary(new Publicatie.Cel("a", "t", 12, 8)), "12 - 8 public = 4 non-public cases");
        assertFalse(d.primary(new Publicatie.Cel("a", "t", 12, 7)));
        assertEquals("niet getoond", d.count(3).tekst());
        assertEquals("0", d.count(0).tekst());
        assertEquals("3", Disclosure.exact(K).count(3).tekst());
    }

    @Test
    void zeroCellsStayShownAndHiddenCellsAreNeverZero() {
        // Hidden cells are at least 1 in the audit because zeros are always shown.
        Publicatie p = line(new int[] {0, 2, 9}, new int[] {0, 0, 0});
        Disclosure.Afscherming a = Disclosure.drempel(K).suppress(p);
        assertEquals("0", a.get("c0").tekst());
        assertTrue(a.audit().veilig());
        DisclosureAudit.Uitkomst exposed = DisclosureAudit.audit(p, Set.of("c1", "c2"), Set.of("c1"), K);
        // c1 + c2 = 11, each at least 1: 1..10 is wide enough.
        assertEquals(new DisclosureAudit.Bereik("c1", 1, 10), ranges(exposed).get("c1"));
    }

    @Test
    void unionRelationsBoundHiddenCells() {
        // A category counts the cases that have one of its two weeffouten: max(a, b) <= cat <= a + b.
        Publicatie p = new Publicatie().cel("a", "w", 3, 0).cel("b", "w", 20, 0).cel("cat", "c", 21, 0)
                .vereniging("cat", List.of("a", "b")).verify();
        DisclosureAudit.Uitkomst u = DisclosureAudit.audit(p, Set.of("a"), Set.of("a"), K);
        // a >= cat - b = 1 and a <= cat = 21.
        assertEquals(new DisclosureAudit.Bereik("a", 1, 21), ranges(u).get("a"));
        assertTrue(u.veilig());
        DisclosureAudit.Uitkomst open = DisclosureAudit.audit(p, Set.of("a", "b", "cat"), Set.of("a"), K);
        assertNull(ranges(open).get("a").hoog(), "nothing shown: no upper bound");
    }

    @Test
    void buildStopsWhenOnlyAFixedFigureCouldProtectAHiddenOne() {
        Publicatie p = new Publicatie().cel("klein", "rij", 2, 0).cel("groot", "rij", 30, 0).cel("t", "rij", 32, 0)
                .som("t", List.of("klein", "groot")).vast("groot").vast("t").verify();
        Disclosure.OnveiligException e = assertThrows(Disclosure.OnveiligException.class, () -> Disclosure.drempel(K).suppress(p));
        assertTrue(e.getMessage().startsWith("Het rapport voor het bestuur is niet veilig te maken"), e.getMessage());
        assertTrue(e.getMessage().contains("rij"), e.getMessage());
        // The same table without the fixed figures is protected by hiding "groot".
        Publicatie free = new Publicatie().cel("klein", "rij", 2, 0).cel("groot", "rij", 30, 0).cel("t", "rij", 32, 0)
                .som("t", List.of("klein", "groot")).verify();
        assertEquals(Set.of("klein", "groot"), Disclosure.drempel(K).suppress(free).verborgen());
    }

    @Test
    void relationsThatDoNotHoldAreRejected() {
        Publicatie p = new Publicatie().cel("a", "t", 3, 0).cel("t", "t", 4, 0).som("t", List.of("a"));
        assertThrows(IllegalStateException.class, p::verify);
    }
}
