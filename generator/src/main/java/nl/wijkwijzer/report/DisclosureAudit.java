package nl.wijkwijzer.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The disclosure audit, as statistical offices run one (tau-argus): for every hidden cell, an integer
 * programme (ojAlgo's {@link ExpressionsBasedModel}) finds the smallest and the largest value that is
 * consistent with everything a reader of this audience's output and of the public site knows:
 * <ul>
 * <li>every shown cell (exact);</li>
 * <li>every relation of the {@link Publicatie} (sums, unions, subsets);</li>
 * <li>each hidden cell is at least its public part (the public site lists those cases) and at least 1
 * (zeros are always shown, so a hidden cell is never zero);</li>
 * <li>counts are whole numbers.</li>
 * </ul>
 * A cell is protected when that range is at least {@code bescherming} wide ({@code hoog - laag >=
 * bescherming}); docs/rapport-schema.md explains the choice of k.
 */
public final class DisclosureAudit {
    /** Stands in for "no upper bound": larger than any count the report can hold. */
    static final int CAP = 1_000_000;

    /** The feasible range of one hidden cell; {@code hoog == null}: no upper bound. */
    public record Bereik(String cel, int laag, Integer hoog) {
        public boolean beschermd(int bescherming) {
            return hoog == null || hoog - laag >= bescherming;
        }

        /** Width of the range, {@link Integer#MAX_VALUE} when it has no upper bound. */
        public int breedte() {
            return hoog == null ? Integer.MAX_VALUE : hoog - laag;
        }
    }

    /**
     * The audit of one publication.
     *
     * @param cellen      number of count cells published
     * @param primair     cells hidden because they are small
     * @param secundair   cells hidden so that a small one cannot be computed back
     * @param bereiken    the range of every hidden cell
     * @param bescherming the protection range every hidden cell must have
     * @param millis      time the final audit took
     */
    public record Uitkomst(int cellen, int primair, int secundair, List<Bereik> bereiken, int bescherming, long millis) {
        public boolean veilig() {
            return bereiken.stream().allMatch(b -> b.beschermd(bescherming));
        }

        public List<Bereik> onbeschermd() {
            return bereiken.stream().filter(b -> !b.beschermd(bescherming)).toList();
        }

        /** The narrowest range of a hidden cell, or null when no hidden cell has an upper bound (or none is hidden). */
        public Integer kleinsteBereik() {
            return bereiken.stream().map(Bereik::breedte).filter(w -> w != Integer.MAX_VALUE).min(Integer::compare).orElse(null);
        }

        /** Share of hidden cells, in percent with one decimal. */
        public double aandeelVerborgen() {
            return cellen == 0 ? 0 : Math.round(1000.0 * (primair + secundair) / cellen) / 10.0;
        }
    }

    private DisclosureAudit() {
    }

    /**
     * Audits a publication with the given cells hidden.
     *
     * @param primair the hidden cells that are small themselves; every other hidden cell counts as secondary
     */
    public static Uitkomst audit(Publicatie p, Set<String> hidden, Set<String> primair, int bescherming) {
        long t0 = System.nanoTime();
        Map<String, Bereik> ranges = ranges(p, hidden, hidden);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        int prim = (int) hidden.stream().filter(primair::contains).count();
        return new Uitkomst(p.cellen().size(), prim, hidden.size() - prim, List.copyOf(ranges.values()), bescherming, ms);
    }

    /**
     * The feasible integer range of each cell in {@code check} (all hidden), given that exactly the cells in
     * {@code hidden} are not shown.
     */
    static Map<String, Bereik> ranges(Publicatie p, Set<String> hidden, Collection<String> check) {
        return ranges(p, hidden, check, 0);
    }

    /**
     * @param enough 0: exact ranges; otherwise stop looking higher once a cell's range is known to be at least
     *               this wide (then {@code hoog} is a value reached, not the maximum): enough to tell safe from exposed
     */
    static Map<String, Bereik> ranges(Publicatie p, Set<String> hidden, Collection<String> check, int enough) {
        Map<String, Bereik> out = new LinkedHashMap<>();
        if (check.isEmpty()) {
            return out;
        }
        Map<String, Publicatie.Cel> cells = p.cellen();
        java.util.Set<String> related = new java.util.HashSet<>();
        for (Publicatie.Relatie r : p.relaties()) {
            if (Publicatie.ids(r).stream().anyMatch(hidden::contains)) {
                related.addAll(Publicatie.ids(r));
            }
        }
        // The linear relaxation first: when its optimum is a whole-number point it is also the integer
        // optimum, and the integer programme (much slower) is only solved when it is not.
        Model lp = new Model(p, hidden, false);
        Model ip = null;
        // Every solution is a feasible point for all cells: a cell seen at its lower bound has that minimum,
        // and one seen high enough is protected, without a solve of its own.
        double[] seenLow = new double[lp.ids.size()];
        double[] seenHigh = new double[lp.ids.size()];
        java.util.Arrays.fill(seenLow, Double.MAX_VALUE);
        java.util.Arrays.fill(seenHigh, -1);
        for (String id : check) {
            if (!related.contains(id)) {
                // In no relation (a monitor figure): nothing bounds it from above.
                out.put(id, new Bereik(id, Math.max(1, cells.get(id).publiek()), null));
                continue;
            }
            int index = lp.ids.indexOf(id);
            int lb = Math.max(1, cells.get(id).publiek());
            double[] bounds = new double[2];
            for (int side = 0; side < 2; side++) {
                if (side == 0 && seenLow[index] <= lb + 1e-6) {
                    bounds[0] = lb;
                    continue;
                }
                if (side == 1 && enough > 0 && seenHigh[index] >= Math.round(bounds[0]) + enough - 1e-6) {
                    bounds[1] = seenHigh[index];
                    continue;
                }
                Optimisation.Result res = lp.solve(id, side == 1);
                if (!res.getState().isOptimal() || !integral(res)) {
                    if (ip == null) {
                        ip = new Model(p, hidden, true);
                    }
                    res = ip.solve(id, side == 1);
                }
                if (!res.getState().isFeasible()) {
                    // The true values satisfy every constraint, so this is a bug in a declared relation or the solver.
                    throw new IllegalStateException("audit: geen oplossing voor cel " + id + " (" + res.getState() + ")");
                }
                for (int i = 0; i < seenLow.length && i < res.count(); i++) {
                    seenLow[i] = Math.min(seenLow[i], res.doubleValue(i));
                    seenHigh[i] = Math.max(seenHigh[i], res.doubleValue(i));
                }
                bounds[side] = res.getValue();
            }
            long hoog = Math.round(bounds[1]);
            out.put(id, new Bereik(id, (int) Math.round(bounds[0]), hoog >= CAP / 2 ? null : (int) hoog));
        }
        return out;
    }

    private static boolean integral(Optimisation.Result r) {
        for (int i = 0; i < r.count(); i++) {
            double v = r.doubleValue(i);
            if (Math.abs(v - Math.rint(v)) > 1e-6) {
                return false;
            }
        }
        return true;
    }

    /** The constraints of one publication with the given cells hidden, as an ojAlgo model. */
    private static final class Model {
        private final ExpressionsBasedModel model = new ExpressionsBasedModel();
        private final Map<String, Variable> vars = new LinkedHashMap<>();
        /** Cell ids in variable order (the order of a result's values). */
        private final List<String> ids = new ArrayList<>();

        Model(Publicatie p, Set<String> hidden, boolean integer) {
            Map<String, Publicatie.Cel> cells = p.cellen();
            for (String id : hidden) {
                Publicatie.Cel c = cells.get(id);
                if (c.waarde() < 1) {
                    throw new IllegalStateException("cel " + id + " is 0 en toch verborgen");
                }
                vars.put(id, model.addVariable("x" + vars.size()).lower(Math.max(1, c.publiek())).upper(CAP).integer(integer));
                ids.add(id);
            }
            int n = 0;
            for (Publicatie.Relatie r : p.relaties()) {
                if (Publicatie.ids(r).stream().noneMatch(hidden::contains)) {
                    continue;
                }
                switch (r.soort()) {
                    case SOM -> constraint(model, "r" + n++, r.totaal(), r.delen(), cells, vars, 0);
                    case VERENIGING -> {
                        for (String d : r.delen()) {
                            constraint(model, "r" + n++, r.totaal(), List.of(d), cells, vars, 1);
                        }
                        constraint(model, "r" + n++, r.totaal(), r.delen(), cells, vars, -1);
                    }
                    case DEEL -> {
                        for (String d : r.delen()) {
                            constraint(model, "r" + n++, r.totaal(), List.of(d), cells, vars, 1);
                        }
                    }
                }
            }
        }

        Optimisation.Result solve(String id, boolean max) {
            Variable v = vars.get(id);
            v.weight(1);
            try {
                return max ? model.maximise() : model.minimise();
            } finally {
                v.weight(0);
            }
        }
    }

    /**
     * Adds {@code totaal - sum(delen)} (op) 0, with shown cells as constants: op 0 is "=", 1 is ">=", -1 is "<=".
     * A constraint of shown cells only holds anyway and is left out.
     */
    private static void constraint(ExpressionsBasedModel model, String name, String totaal, List<String> delen,
            Map<String, Publicatie.Cel> cells, Map<String, Variable> vars, int op) {
        Map<Variable, Integer> coef = new LinkedHashMap<>();
        long constant = 0;
        List<String> ids = new ArrayList<>(delen.size() + 1);
        ids.add(totaal);
        ids.addAll(delen);
        for (int i = 0; i < ids.size(); i++) {
            int sign = i == 0 ? 1 : -1;
            Variable v = vars.get(ids.get(i));
            if (v == null) {
                constant += (long) sign * cells.get(ids.get(i)).waarde();
            } else {
                coef.merge(v, sign, Integer::sum);
            }
        }
        coef.values().removeIf(c -> c == 0);
        if (coef.isEmpty()) {
            return;
        }
        Expression e = model.addExpression(name);
        coef.forEach(e::set);
        switch (op) {
            case 0 -> e.level(-constant);
            case 1 -> e.lower(-constant);
            default -> e.upper(-constant);
        }
    }
}
