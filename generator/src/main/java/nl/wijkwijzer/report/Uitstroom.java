package nl.wijkwijzer.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.commons.math3.stat.regression.SimpleRegression;

import nl.wijkwijzer.model.Monitor;
import nl.wijkwijzer.pages.Format;

/**
 * The uitstroommonitor: a verdict per goal of the regiovisie, each goal on its own (capacity, outflow
 * from beschermd wonen over the term, opvang stays longer than the maximum as a share).
 *
 * <p>Per goal the plan is a straight path from the start value on 1 January of startjaar to the
 * target on 31 December of doeljaar, read at the end of each quarter. The verdict compares the latest
 * quarter with the plan: within the margin ({@value #MARGE_PROCENT}% of the distance from start to
 * target) is op koers, better is voor, worse is achter. The trend is a least-squares line over the
 * last {@value #TREND_KWARTALEN} quarters (at least 3); the projection extends it.
 *
 * @param doelen    the goals present in the monitor, in the order capaciteit, uitstroom, opvang
 * @param kwartalen the quarterly figures as published
 */
public record Uitstroom(List<Doel> doelen, List<Rij> kwartalen, boolean fictief) {

    static final int MARGE_PROCENT = 5;
    static final int TREND_KWARTALEN = 8;
    /** How far the projection line reaches past the last quarter when the target date has passed. */
    static final int PROJECTIE_KWARTALEN = 8;

    public enum Oordeel {
        OP_KOERS("op koers"), ACHTER("achter"), VOOR("voor");

        private final String tekst;

        Oordeel(String tekst) {
            this.tekst = tekst;
        }

        public String tekst() {
            return tekst;
        }
    }

    /** One quarter of a goal's series; {@code waarde} is null where nothing is published. */
    public record Punt(String kwartaal, Double waarde, double plan) {
    }

    /**
     * The verdict on one goal.
     *
     * @param id              capaciteit | uitstroom | opvang
     * @param eenheid         "plaatsen" or "%"
     * @param hogerIsBeter    true when the target lies above the start
     * @param laatste         the latest published point (null: no data yet, then no verdict)
     * @param oordeel         null when there is no data
     * @param trendPerKwartaal slope of the least-squares line, per quarter (null: no trend)
     * @param trendKwartalen  number of quarters the trend is fitted on (0: no trend)
     * @param verwachtOpDoel  projected value at the end of doeljaar, when that lies after the latest quarter
     * @param doelGehaaldIn   projected quarter the target is reached, when it has not been reached yet
     * @param reeks           the published series per quarter
     * @param projectie       the trend line from the latest quarter onwards (empty: no trend)
     * @param zin             the verdict in plain Dutch
     */
    public record Doel(String id, String titel, String omschrijving, String eenheid, boolean hogerIsBeter, double start,
            double doel, int startjaar, int doeljaar, double marge, Punt laatste, Oordeel oordeel, Double trendPerKwartaal,
            int trendKwartalen, Double verwachtOpDoel, String doelGehaaldIn, List<Punt> reeks, List<Punt> projectie,
            String zin) {
    }

    /**
     * One quarter as published.
     *
     * @param uitstroomTotNuProcent share of the outflow goal's starting clients that has left by the end of
     *                              the quarter; null when not given
     */
    public record Rij(String kwartaal, int capaciteit, Integer capaciteitGepland, Aantal uitstroom, Aantal instroom,
            int verblijfDagen, Integer opvangTeLangProcent, Double uitstroomTotNuProcent) {
    }

    static Uitstroom of(Monitor m, Disclosure disclosure) {
        List<Monitor.Kwartaal> qs = m.kwartalen();
        List<Doel> doelen = new ArrayList<>();
        m.capaciteit().ifPresent(c -> doelen.add(capaciteit(c, qs)));
        Optional<Doel> outflow = m.uitstroom().map(u -> uitstroom(u, qs));
        outflow.ifPresent(doelen::add);
        m.opvang().ifPresent(o -> doelen.add(opvang(o, qs)));

        List<Rij> rows = new ArrayList<>();
        for (int i = 0; i < qs.size(); i++) {
            Monitor.Kwartaal k = qs.get(i);
            Integer gepland = m.capaciteit().map(c -> (int) Math.round(plan(c.start(), c.doel(), c.startjaar(), c.doeljaar(),
                    index(k.kwartaal())))).orElse(null);
            Double cumulative = outflow.flatMap(d -> d.reeks().stream().filter(p -> p.kwartaal().equals(k.kwartaal()))
                    .findFirst()).map(Punt::waarde).orElse(null);
            rows.add(new Rij(k.kwartaal(), k.capaciteit(), gepland, disclosure.count(k.uitstroomBw()), disclosure.count(k.instroomBw()),
                    k.gemiddeldeVerblijfOpvangDagen(), k.opvangTeLangProcent(), cumulative));
        }
        return new Uitstroom(List.copyOf(doelen), List.copyOf(rows), m.fictief());
    }

    private static Doel capaciteit(Monitor.Capaciteit c, List<Monitor.Kwartaal> qs) {
        List<double[]> points = new ArrayList<>();
        for (Monitor.Kwartaal k : qs) {
            if (index(k.kwartaal()) >= c.startjaar() * 4) {
                points.add(new double[] {index(k.kwartaal()), k.capaciteit()});
            }
        }
        return doel("capaciteit", "Minder plaatsen", "Van " + c.start() + " naar " + c.doel()
                + " plaatsen beschermd wonen en opvang in de regio, van 1 januari " + c.startjaar() + " tot eind " + c.doeljaar() + ".",
                "plaatsen", c.start(), c.doel(), c.startjaar(), c.doeljaar(), points, points.size());
    }

    private static Doel uitstroom(Monitor.Uitstroom u, List<Monitor.Kwartaal> qs) {
        List<double[]> points = new ArrayList<>();
        for (Monitor.Kwartaal k : qs) {
            if (index(k.kwartaal()) >= u.startjaar() * 4 && k.uitstroomStartgroepProcent() != null) {
                points.add(new double[] {index(k.kwartaal()), k.uitstroomStartgroepProcent()});
            }
        }
        String groep = u.clientenStart() > 0 ? "de " + Format.number(u.clientenStart()) + " cliënten" : "de cliënten";
        return doel("uitstroom", "Uitstroom uit beschermd wonen", u.procent() + "% van " + groep
                + " die op 1 januari " + u.startjaar() + " in beschermd wonen woonden, is eind " + u.doeljaar() + " uitgestroomd.",
                "%", 0, u.procent(), u.startjaar(), u.doeljaar(), points, points.size());
    }

    private static Doel opvang(Monitor.Opvang o, List<Monitor.Kwartaal> qs) {
        List<double[]> points = new ArrayList<>();
        for (Monitor.Kwartaal k : qs) {
            if (index(k.kwartaal()) >= o.startjaar() * 4 && k.opvangTeLangProcent() != null) {
                points.add(new double[] {index(k.kwartaal()), k.opvangTeLangProcent()});
            }
        }
        String doelTekst = o.procentDoel() == 0 ? "niemand" : o.procentDoel() + "% van de mensen";
        return doel("opvang", "Kort in de opvang", "Eind " + o.doeljaar() + " blijft " + doelTekst
                + " langer dan " + o.maxMaanden() + " maanden in de opvang (in " + o.startjaar() + ": " + o.procentStart() + "%).",
                "%", o.procentStart(), o.procentDoel(), o.startjaar(), o.doeljaar(), points, points.size());
    }

    /**
     * @param points    (quarter index, value) in quarter order
     * @param published how many of the last points are published (the others read null)
     */
    private static Doel doel(String id, String titel, String omschrijving, String eenheid, double start, double target,
            int startjaar, int doeljaar, List<double[]> points, int published) {
        boolean higher = target >= start;
        double marge = Math.abs(target - start) * MARGE_PROCENT / 100.0;
        List<Punt> reeks = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            int q = (int) points.get(i)[0];
            reeks.add(new Punt(label(q), i >= points.size() - published ? points.get(i)[1] : null,
                    plan(start, target, startjaar, doeljaar, q)));
        }
        int targetQuarter = doeljaar * 4 + 3;
        if (points.isEmpty()) {
            return new Doel(id, titel, omschrijving, eenheid, higher, start, target, startjaar, doeljaar, marge, null, null, null,
                    0, null, null, List.copyOf(reeks), List.of(), "Er zijn nog geen cijfers voor dit doel.");
        }
        Punt last = reeks.get(reeks.size() - 1);
        double better = higher ? last.waarde() - last.plan() : last.plan() - last.waarde();
        Oordeel oordeel = better > marge ? Oordeel.VOOR : better < -marge ? Oordeel.ACHTER : Oordeel.OP_KOERS;
        boolean reached = higher ? last.waarde() >= target : last.waarde() <= target;

        Double slope = null;
        int n = 0;
        Double atTarget = null;
        String reachedIn = null;
        List<Punt> projectie = new ArrayList<>();
        if (published >= 3) {
            n = Math.min(TREND_KWARTALEN, published);
            SimpleRegression fit = new SimpleRegression();
            for (double[] p : points.subList(points.size() - n, points.size())) {
                fit.addData(p[0], p[1]);
            }
            slope = fit.getSlope();
            int lastQ = (int) points.get(points.size() - 1)[0];
            if (targetQuarter > lastQ) {
                atTarget = fit.predict(targetQuarter);
            }
            boolean towards = higher ? slope > 0 : slope < 0;
            if (!reached && towards) {
                int q = (int) Math.ceil((target - fit.getIntercept()) / slope - 1e-9);
                reachedIn = label(Math.max(q, lastQ + 1));
            }
            int end = Math.max(lastQ + PROJECTIE_KWARTALEN, Math.min(targetQuarter, lastQ + 40));
            for (int q = lastQ; q <= end; q++) {
                reeksPlan(projectie, q, fit.predict(q), plan(start, target, startjaar, doeljaar, q));
            }
        }
        String zin = zin(id, eenheid, target, doeljaar, last, oordeel, reached, slope, n, atTarget, reachedIn, published < points.size());
        return new Doel(id, titel, omschrijving, eenheid, higher, start, target, startjaar, doeljaar, marge, last, oordeel, slope,
                n, atTarget, reachedIn, List.copyOf(reeks), List.copyOf(projectie), zin);
    }

    private static void reeksPlan(List<Punt> out, int q, double value, double plan) {
        out.add(new Punt(label(q), value, plan));
    }

    private static String zin(String id, String eenheid, double target, int doeljaar, Punt last, Oordeel oordeel,
            boolean reached, Double slope, int n, Double atTarget, String reachedIn, boolean hidden) {
        StringBuilder sb = new StringBuilder();
        sb.append(capital(oordeel.tekst())).append(". In ").append(last.kwartaal()).append(": ")
                .append(waarde(id, last.waarde())).append("; volgens het plan ").append(waarde(id, last.plan())).append('.');
        if (reached) {
            sb.append(" Het doel (").append(waarde(id, target)).append(") is gehaald.");
        }
        if (slope == null) {
            sb.append(hidden ? " Een trend tonen we niet: sommige aantallen per kwartaal zijn te klein om te tonen."
                    : " Voor een trend zijn minstens 3 kwartalen nodig.");
            return sb.toString();
        }
        sb.append(" In de laatste ").append(n).append(" kwartalen ").append(slope >= 0 ? "steeg" : "daalde")
                .append(" het met gemiddeld ").append(decimal(Math.abs(slope))).append(eenheid.equals("%") ? " procentpunt" : " " + eenheid)
                .append(" per kwartaal.");
        if (atTarget != null) {
            sb.append(" Gaat dat zo door, dan is het eind ").append(doeljaar).append(' ').append(waarde(id, atTarget))
                    .append(" (doel: ").append(waarde(id, target)).append(").");
        } else if (!reached) {
            sb.append(reachedIn != null ? " Gaat dat zo door, dan is het doel in " + reachedIn + " gehaald."
                    : " Gaat dat zo door, dan wordt het doel niet gehaald.");
        }
        return sb.toString();
    }

    /** A value in words: "171 plaatsen", "86% uitgestroomd", "31% te lang". */
    static String waarde(String id, double v) {
        return switch (id) {
            case "capaciteit" -> Format.number(Math.round(v)) + " plaatsen";
            case "uitstroom" -> Math.round(v) + "% uitgestroomd";
            default -> Math.round(v) + "% te lang";
        };
    }

    static String decimal(double d) {
        return String.format(Locale.forLanguageTag("nl-NL"), "%.1f", d);
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Quarter index: year * 4 + (quarter - 1), so 2016-Q1 is 8064. */
    static int index(String kwartaal) {
        return Integer.parseInt(kwartaal.substring(0, 4)) * 4 + Integer.parseInt(kwartaal.substring(6)) - 1;
    }

    static String label(int index) {
        return Math.floorDiv(index, 4) + "-Q" + (Math.floorMod(index, 4) + 1);
    }

    /**
     * The straight path at the end of quarter {@code q}: {@code start} on 1 January of startjaar,
     * {@code target} on 31 December of doeljaar, constant before and after.
     */
    static double plan(double start, double target, int startjaar, int doeljaar, int q) {
        double elapsed = (q + 1 - startjaar * 4) / 4.0;
        double term = doeljaar - startjaar + 1;
        double share = Math.max(0, Math.min(1, elapsed / term));
        return start + (target - start) * share;
    }
}
