package nl.wijkwijzer.report;

import java.util.ArrayList;
import java.util.List;

import nl.wijkwijzer.model.Monitor;

/**
 * The uitstroommonitor: planned versus actual capacity of beschermd wonen per quarter, outflow
 * against the pace the goal needs, and the average stay in the opvang against the maximum.
 *
 * @param doelVerblijfDagen       the maximum stay in the opvang, months converted at 365/12 days
 * @param uitstroomNodigPerKwartaal outflow per quarter needed to move {@code uitstroomProcent} of the
 *                                starting capacity out within the term
 */
public record Uitstroom(Monitor.Doel doel, int doelVerblijfDagen, int uitstroomNodigPerKwartaal, List<Rij> kwartalen,
        boolean fictief) {

    /**
     * @param gepland  capacity on the straight line from start to goal, at the end of the quarter
     * @param verschil actual minus planned capacity (positive: more places than planned)
     */
    public record Rij(String kwartaal, int capaciteit, int gepland, int verschil, Aantal uitstroom, Aantal instroom,
            int verblijfDagen, int verblijfBovenMax) {
    }

    static Uitstroom of(Monitor m, Disclosure disclosure) {
        Monitor.Doel d = m.doel();
        int maxDagen = (int) Math.round(d.maxVerblijfOpvangMaanden() * 365.0 / 12.0);
        int quarters = Math.max(1, d.looptijdJaren() * 4);
        int nodig = (int) Math.round(d.capaciteitStart() * d.uitstroomProcent() / 100.0 / quarters);
        List<Rij> rows = new ArrayList<>();
        for (Monitor.Kwartaal k : m.kwartalen()) {
            int gepland = planned(d, k.kwartaal());
            rows.add(new Rij(k.kwartaal(), k.capaciteit(), gepland, k.capaciteit() - gepland,
                    disclosure.count(k.uitstroomBw()), disclosure.count(k.instroomBw()), k.gemiddeldeVerblijfOpvangDagen(),
                    Math.max(0, k.gemiddeldeVerblijfOpvangDagen() - maxDagen)));
        }
        return new Uitstroom(d, maxDagen, nodig, List.copyOf(rows), m.fictief());
    }

    /** Linear path: capaciteit-start on 1 January of startjaar, capaciteit-doel after looptijd-jaren. */
    static int planned(Monitor.Doel d, String kwartaal) {
        int year = Integer.parseInt(kwartaal.substring(0, 4));
        int q = Integer.parseInt(kwartaal.substring(6));
        double elapsed = (year - d.startjaar()) + q / 4.0;
        double share = d.looptijdJaren() <= 0 ? 1 : Math.max(0, Math.min(1, elapsed / d.looptijdJaren()));
        return (int) Math.round(d.capaciteitStart() + (d.capaciteitDoel() - d.capaciteitStart()) * share);
    }
}
