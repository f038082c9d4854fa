package nl.wijkwijzer.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything one audience publishes together, declared for the disclosure audit: every count cell of
 * every table (weeffout x kwartaal, breakdowns, totals, monitor, ...) with its true value and the part
 * of it an outsider can count on the public site, and the linear relations between the cells that a
 * reader can use. A new table joins the audit by registering its cells and relations here; nothing
 * else in the audit needs to know about it.
 *
 * <p>Relations must hold on the true values ({@link #verify}); a relation that is stated too weakly
 * only makes the audit optimistic, so state every relation a reader could know.
 */
public final class Publicatie {

    /**
     * One count cell.
     *
     * @param waarde  the true count (never published when the cell is hidden)
     * @param publiek how many of the counted cases the public site shows: an exact lower bound for anyone
     *                who reads both outputs
     */
    public record Cel(String id, String tabel, int waarde, int publiek) {
        public Cel {
            if (publiek < 0 || publiek > waarde) {
                throw new IllegalArgumentException("cel " + id + ": publiek deel " + publiek + " past niet in " + waarde);
            }
        }
    }

    public enum Soort {
        /** {@code totaal = sum(delen)}: every counted case is in exactly one part. */
        SOM,
        /** {@code max(delen) <= totaal <= sum(delen)}: every case of the total is in at least one part. */
        VERENIGING,
        /** {@code deel <= totaal} for each part: parts are subsets of the total. */
        DEEL
    }

    public record Relatie(Soort soort, String totaal, List<String> delen) {
    }

    private final Map<String, Cel> cellen = new LinkedHashMap<>();
    private final List<Relatie> relaties = new ArrayList<>();
    private final java.util.Set<String> vast = new java.util.TreeSet<>();

    /** Registers a cell; registering the same id again (one figure shown in two tables) must agree. */
    public Publicatie cel(String id, String tabel, int waarde, int publiek) {
        Cel c = new Cel(id, tabel, waarde, publiek);
        Cel old = cellen.putIfAbsent(id, c);
        if (old != null && (old.waarde() != waarde || old.publiek() != publiek)) {
            throw new IllegalStateException("cel " + id + " twee keer geregistreerd met een ander aantal");
        }
        return this;
    }

    /**
     * Marks a cell that must be published as it is (a figure the report cannot do without): secondary
     * suppression never picks it, so a table that can only be protected by hiding it stops the build.
     */
    public Publicatie vast(String id) {
        vast.add(id);
        return this;
    }

    public java.util.Set<String> vast() {
        return java.util.Collections.unmodifiableSet(vast);
    }

    public Publicatie som(String totaal, List<String> delen) {
        return relatie(Soort.SOM, totaal, delen);
    }

    public Publicatie vereniging(String totaal, List<String> delen) {
        return relatie(Soort.VERENIGING, totaal, delen);
    }

    public Publicatie deel(String totaal, List<String> delen) {
        return relatie(Soort.DEEL, totaal, delen);
    }

    private Publicatie relatie(Soort soort, String totaal, List<String> delen) {
        if (!delen.isEmpty()) {
            relaties.add(new Relatie(soort, totaal, List.copyOf(delen)));
        }
        return this;
    }

    public Map<String, Cel> cellen() {
        return java.util.Collections.unmodifiableMap(cellen);
    }

    public List<Relatie> relaties() {
        return List.copyOf(relaties);
    }

    /** Every relation names registered cells and holds on the true values and on the public parts. */
    public Publicatie verify() {
        for (Relatie r : relaties) {
            for (String id : ids(r)) {
                if (!cellen.containsKey(id)) {
                    throw new IllegalStateException("relatie noemt onbekende cel " + id);
                }
            }
            check(r, Cel::waarde);
            check(r, Cel::publiek);
        }
        return this;
    }

    private void check(Relatie r, java.util.function.ToIntFunction<Cel> v) {
        int total = v.applyAsInt(cellen.get(r.totaal()));
        int sum = 0;
        int max = 0;
        for (String d : r.delen()) {
            int x = v.applyAsInt(cellen.get(d));
            sum += x;
            max = Math.max(max, x);
        }
        boolean ok = switch (r.soort()) {
            case SOM -> total == sum;
            case VERENIGING -> max <= total && total <= sum;
            case DEEL -> max <= total;
        };
        if (!ok) {
            throw new IllegalStateException("relatie " + r.soort() + " van " + r.totaal() + " klopt niet");
        }
    }

    static List<String> ids(Relatie r) {
        List<String> out = new ArrayList<>(r.delen().size() + 1);
        out.add(r.totaal());
        out.addAll(r.delen());
        return out;
    }
}
