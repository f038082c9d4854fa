package nl.wijkwijzer.report;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Statistical disclosure control for the report's counts (docs/rapport-schema.md,
 * "Vertrouwelijkheidsmodel").
 *
 * <ul>
 * <li>{@link #exact}: counts are shown as they are (the public report counts only public cases, which
 * the public site lists anyway; the professionals see every case).</li>
 * <li>{@link #drempel}: a lone count (the uitstroommonitor's aggregates) from 1 to k-1 is hidden.</li>
 * <li>{@link #suppress}: the bestuur report. Primary: a cell is hidden when its count is 1 to k-1, or
 * when the part of it that is not on the public site is 1 to k-1 (the public part is known, so the
 * count would give the rest away exactly). Zero is shown: it says nothing about a person, and it
 * cannot be confused with a hidden cell because hidden cells are never zero. Secondary: more cells
 * are hidden until the {@link DisclosureAudit} proves that every hidden cell's range is at least k
 * wide.</li>
 * </ul>
 * Hidden cells all read "niet getoond": a label that says "minder dan k" would itself narrow the range.
 */
public final class Disclosure {
    private final int k;
    private final boolean exact;

    private Disclosure(int k, boolean exact) {
        this.k = Math.max(1, k);
        this.exact = exact;
    }

    public static Disclosure exact(int k) {
        return new Disclosure(k, true);
    }

    public static Disclosure drempel(int k) {
        return new Disclosure(k, false);
    }

    public int k() {
        return k;
    }

    /** A lone count: exact, or hidden from 1 to k-1. */
    public Aantal count(int n) {
        return exact || n == 0 || n >= k ? Aantal.shown(n) : Aantal.hidden();
    }

    /** Thrown when a publication cannot be made safe; the build then stops and publishes nothing. */
    public static final class OnveiligException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OnveiligException(String message) {
            super(message);
        }
    }

    /** The decision for one publication: what each cell shows, and the audit that proves it safe. */
    public record Afscherming(Map<String, Aantal> aantallen, Set<String> verborgen, DisclosureAudit.Uitkomst audit) {
        public Aantal get(String id) {
            Aantal a = aantallen.get(id);
            if (a == null) {
                throw new IllegalArgumentException("onbekende cel " + id);
            }
            return a;
        }

        public boolean getoond(String id) {
            return !verborgen.contains(id);
        }
    }

    /** Primary rule for one cell of the bestuur report. */
    boolean primary(Publicatie.Cel c) {
        int rest = c.waarde() - c.publiek();
        return (c.waarde() >= 1 && c.waarde() < k) || (rest >= 1 && rest < k);
    }

    /**
     * Chooses the hidden cells of a publication (primary, then secondary until the audit passes) and
     * audits the result.
     *
     * @throws OnveiligException when a hidden cell cannot be protected by hiding more
     */
    public Afscherming suppress(Publicatie p) {
        p.verify();
        Map<String, Publicatie.Cel> cells = p.cellen();
        Set<String> primair = new TreeSet<>();
        cells.values().stream().filter(this::primary).forEach(c -> primair.add(c.id()));
        Set<String> hidden = new LinkedHashSet<>(primair);
        Map<String, List<Publicatie.Relatie>> byCell = new LinkedHashMap<>();
        Set<String> margins = new HashSet<>();
        for (Publicatie.Relatie r : p.relaties()) {
            margins.add(r.totaal());
            for (String id : Publicatie.ids(r)) {
                byCell.computeIfAbsent(id, x -> new ArrayList<>()).add(r);
            }
        }
        // Hiding a cell only turns a known constant into an unknown, so ranges only widen: a cell once
        // proven safe stays safe, and only the unproven ones need another look.
        Set<String> pending = new TreeSet<>(hidden);
        while (!pending.isEmpty()) {
            Map<String, DisclosureAudit.Bereik> ranges = DisclosureAudit.ranges(p, hidden, pending, k);
            Set<String> next = new TreeSet<>();
            // Cells in a relation with a cell hidden in this round wait for the next round: that cell may
            // already protect them, and hiding another one for them too would hide more than needed.
            Set<String> touched = new HashSet<>();
            for (DisclosureAudit.Bereik b : ranges.values()) {
                if (b.beschermd(k)) {
                    continue;
                }
                if (touched.contains(b.cel())) {
                    next.add(b.cel());
                    continue;
                }
                String pick = candidate(b.cel(), hidden, byCell, margins, cells, p.vast());
                if (pick == null && !touched.isEmpty()) {
                    // Its range was computed before this round hid more: look again with what is hidden now.
                    next.add(b.cel());
                    continue;
                }
                if (pick == null) {
                    throw new OnveiligException("Het rapport voor het bestuur is niet veilig te maken: een verborgen aantal ("
                            + cells.get(b.cel()).tabel() + ") is terug te rekenen en er is geen ander aantal meer om te verbergen. "
                            + "Het bestuursrapport is daarom niet gemaakt.");
                }
                hidden.add(pick);
                next.add(pick);
                next.add(b.cel());
                for (Publicatie.Relatie r : byCell.getOrDefault(pick, List.of())) {
                    touched.addAll(Publicatie.ids(r));
                }
            }
            pending = next;
        }
        DisclosureAudit.Uitkomst audit = DisclosureAudit.audit(p, hidden, primair, k);

        if (!audit.veilig()) {
            throw new OnveiligException("Het rapport voor het bestuur is niet veilig: " + audit.onbeschermd().size()
                    + " verborgen aantallen zijn terug te rekenen. Het bestuursrapport is daarom niet gemaakt.");
        }
        Map<String, Aantal> shown = new LinkedHashMap<>();
        cells.values().forEach(c -> shown.put(c.id(), hidden.contains(c.id()) ? Aantal.hidden() : Aantal.shown(c.waarde())));
        return new Afscherming(Map.copyOf(shown), Set.copyOf(hidden), audit);
    }

    /**
     * The shown cell to hide next for an exposed cell: the nearest in the relations (breadth first through
     * hidden cells), preferring inner cells to totals, then the smallest count, then the id.
     */
    private static String candidate(String exposed, Set<String> hidden, Map<String, List<Publicatie.Relatie>> byCell,
            Set<String> margins, Map<String, Publicatie.Cel> cells, Set<String> vast) {
        Comparator<String> cost = Comparator.comparing((String id) -> margins.contains(id))
                .thenComparingInt(id -> cells.get(id).waarde()).thenComparing(id -> id);
        Set<String> seen = new HashSet<>(List.of(exposed));
        Deque<String> layer = new ArrayDeque<>(List.of(exposed));
        while (!layer.isEmpty()) {
            TreeSet<String> shown = new TreeSet<>(cost);
            Deque<String> nextLayer = new ArrayDeque<>();
            for (String id : layer) {
                for (Publicatie.Relatie r : byCell.getOrDefault(id, List.of())) {
                    for (String other : Publicatie.ids(r)) {
                        if (!seen.add(other)) {
                            continue;
                        }
                        if (!hidden.contains(other)) {
                            if (cells.get(other).waarde() > 0 && !vast.contains(other)) {
                                shown.add(other);
                            }
                        } else {
                            nextLayer.add(other);
                        }
                    }
                }
            }
            if (!shown.isEmpty()) {
                return shown.first();
            }
            layer = nextLayer;
        }
        return null;
    }
}
