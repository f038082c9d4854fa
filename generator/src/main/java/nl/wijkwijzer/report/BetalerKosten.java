package nl.wijkwijzer.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import nl.wijkwijzer.model.Casus;
import nl.wijkwijzer.model.Kosten;
import nl.wijkwijzer.pages.Format;

/**
 * Costs per payer ({@code betaler}): what the standard route and the maatwerk cost each payer, in
 * total (every case once) and per weeffout (a case with two weeffouten counts under both, so
 * per-weeffout figures are never added up). Recurring amounts are per year; one-off amounts
 * ({@code eenmalig}) stay apart. The "verkeerde zak" is a payer whose costs go down while another
 * payer's go up: the maatwerk saves money, but not for whoever has to fund it.
 *
 * @param totaal      all given cases, each counted once
 * @param perWeeffout one entry per weeffout whose money figures may be shown, in the given order
 * @param weggelaten  weeffouten with cases whose money figures are hidden because their count is hidden
 */
public record BetalerKosten(Overzicht totaal, List<PerWeeffout> perWeeffout, int weggelaten) {

    /** Display labels, in the order of {@link Kosten#BETALERS} and then "onbekend". */
    static final Map<String, String> LABELS = labels();

    /**
     * One payer's amounts; {@code verschil} = standaard - maatwerk, as everywhere in the report:
     * positive means this payer saves when the maatwerk replaces the standard route.
     */
    public record Regel(String betaler, String label, BigDecimal standaardPerJaar, BigDecimal maatwerkPerJaar,
            BigDecimal standaardEenmalig, BigDecimal maatwerkEenmalig) {

        public BigDecimal verschilPerJaar() {
            return standaardPerJaar.subtract(maatwerkPerJaar);
        }

        public BigDecimal verschilEenmalig() {
            return standaardEenmalig.subtract(maatwerkEenmalig);
        }

        Regel plus(Regel o) {
            return new Regel(betaler, label, standaardPerJaar.add(o.standaardPerJaar), maatwerkPerJaar.add(o.maatwerkPerJaar),
                    standaardEenmalig.add(o.standaardEenmalig), maatwerkEenmalig.add(o.maatwerkEenmalig));
        }
    }

    /**
     * @param regels       payers with any amount, in {@link #LABELS} order
     * @param som          the sum over all payers (betaler "totaal")
     * @param verkeerdeZak true when one payer saves per year while another pays extra per year
     * @param zin          one plain sentence on who saves and who pays per year
     * @param eenmaligZin  one sentence on the one-off amounts, or "" when there are none
     */
    public record Overzicht(List<Regel> regels, Regel som, boolean verkeerdeZak, String zin, String eenmaligZin) {
        public boolean leeg() {
            return regels.isEmpty();
        }
    }

    public record PerWeeffout(String weeffout, Overzicht overzicht) {
    }

    /**
     * @param cases        the audience's cases in the period (each counted once in the total)
     * @param weeffoutenVan the weeffout ids of a case (each id once per case)
     * @param order        weeffout ids in report order
     * @param geldZichtbaar whether a weeffout's money figures may be shown (its count is shown)
     */
    static BetalerKosten of(List<Casus> cases, Function<Casus, Set<String>> weeffoutenVan, List<String> order,
            Predicate<String> geldZichtbaar) {
        Overzicht totaal = overzicht(cases);
        List<PerWeeffout> per = new ArrayList<>();
        int weggelaten = 0;
        for (String id : order) {
            List<Casus> own = cases.stream().filter(c -> weeffoutenVan.apply(c).contains(id)).toList();
            if (own.isEmpty()) {
                continue;
            }
            if (!geldZichtbaar.test(id)) {
                weggelaten++;
                continue;
            }
            Overzicht o = overzicht(own);
            if (!o.leeg()) {
                per.add(new PerWeeffout(id, o));
            }
        }
        return new BetalerKosten(totaal, List.copyOf(per), weggelaten);
    }

    static Overzicht overzicht(List<Casus> cases) {
        Map<String, Regel> byPayer = new LinkedHashMap<>();
        LABELS.forEach((id, label) -> byPayer.put(id, zero(id, label)));
        for (Casus c : cases) {
            Kosten k = c.kosten();
            if (k == null) {
                continue;
            }
            for (Kosten.Post p : k.standaard()) {
                String b = payer(p);
                byPayer.put(b, byPayer.get(b).plus(new Regel(b, "", p.perJaar(), BigDecimal.ZERO, p.eenmaligBedrag(), BigDecimal.ZERO)));
            }
            for (Kosten.Post p : k.maatwerk()) {
                String b = payer(p);
                byPayer.put(b, byPayer.get(b).plus(new Regel(b, "", BigDecimal.ZERO, p.perJaar(), BigDecimal.ZERO, p.eenmaligBedrag())));
            }
        }
        List<Regel> regels = byPayer.values().stream().filter(r -> r.standaardPerJaar().signum() != 0
                || r.maatwerkPerJaar().signum() != 0 || r.standaardEenmalig().signum() != 0 || r.maatwerkEenmalig().signum() != 0)
                .toList();
        Regel som = regels.stream().reduce(zero("totaal", "Alle betalers"), Regel::plus);
        List<Regel> savers = regels.stream().filter(r -> r.verschilPerJaar().signum() > 0)
                .sorted((a, b) -> b.verschilPerJaar().compareTo(a.verschilPerJaar())).toList();
        List<Regel> payers = regels.stream().filter(r -> r.verschilPerJaar().signum() < 0)
                .sorted((a, b) -> a.verschilPerJaar().compareTo(b.verschilPerJaar())).toList();
        boolean wrongPocket = !savers.isEmpty() && !payers.isEmpty();
        return new Overzicht(regels, som, wrongPocket, sentence(regels, savers, payers), oneOffSentence(som));
    }

    private static String payer(Kosten.Post p) {
        return LABELS.containsKey(p.betaler()) ? p.betaler() : Kosten.ONBEKEND;
    }

    private static Regel zero(String id, String label) {
        return new Regel(id, label, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    private static String sentence(List<Regel> regels, List<Regel> savers, List<Regel> payers) {
        if (regels.stream().allMatch(r -> r.standaardPerJaar().signum() == 0 && r.maatwerkPerJaar().signum() == 0)) {
            return "Er zijn geen kosten per jaar bekend.";
        }
        if (savers.isEmpty() && payers.isEmpty()) {
            return "Voor elke betaler kosten de standaardroute en het maatwerk per jaar evenveel.";
        }
        if (payers.isEmpty()) {
            return "Niemand betaalt extra: " + saveClause(savers) + ".";
        }
        if (savers.isEmpty()) {
            return "Het maatwerk kost meer en niemand bespaart: " + payClause(payers) + ".";
        }
        return capital(saveClause(savers)) + "; " + payClause(payers) + ".";
    }

    /** "justitie bespaart € 50.000 en de zorgverzekeraar € 2.000 per jaar" */
    private static String saveClause(List<Regel> savers) {
        return amounts(savers, false) + " per jaar";
    }

    /** "de gemeente betaalt € 3.000 per jaar extra" */
    private static String payClause(List<Regel> payers) {
        return amounts(payers, true) + " per jaar extra";
    }

    private static String amounts(List<Regel> rs, boolean pays) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < rs.size(); i++) {
            Regel r = rs.get(i);
            if (i > 0) {
                sb.append(i == rs.size() - 1 ? " en " : ", ");
            }
            sb.append(inSentence(r.betaler()));
            if (i == 0) {
                sb.append(pays ? " betaalt " : " bespaart ");
            } else {
                sb.append(' ');
            }
            sb.append(Format.euro(r.verschilPerJaar().abs()));
        }
        return sb.toString();
    }

    private static String oneOffSentence(Regel som) {
        if (som.standaardEenmalig().signum() == 0 && som.maatwerkEenmalig().signum() == 0) {
            return "";
        }
        return "Daarnaast eenmalig: de standaardroute kost " + Format.euro(som.standaardEenmalig()) + " en het maatwerk "
                + Format.euro(som.maatwerkEenmalig()) + ". Die bedragen tellen niet mee in de bedragen per jaar.";
    }

    /** How a payer reads inside a sentence: "de gemeente", "justitie", "UWV". */
    static String inSentence(String betaler) {
        return switch (betaler) {
            case "gemeente" -> "de gemeente";
            case "zorgverzekeraar" -> "de zorgverzekeraar";
            case "zorgkantoor" -> "het zorgkantoor";
            case "woningcorporatie" -> "de woningcorporatie";
            case "rijk" -> "het rijk";
            case "uwv" -> "UWV";
            case "inwoner" -> "de inwoner";
            case "justitie" -> "justitie";
            default -> "een onbekende betaler";
        };
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static Map<String, String> labels() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String b : Kosten.BETALERS) {
            m.put(b, b.equals("uwv") ? "UWV" : capital(b));
        }
        m.put(Kosten.ONBEKEND, "Onbekend");
        return java.util.Collections.unmodifiableMap(m);
    }
}
