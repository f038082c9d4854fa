package nl.wijkwijzer.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import nl.wijkwijzer.model.Casus;
import nl.wijkwijzer.model.Weeffout;
import nl.wijkwijzer.pages.Format;
import nl.wijkwijzer.pages.Labels;

/**
 * What each owner has to do: the open decisions (besluiten) they carry out and the unsolved
 * weeffouten they can remove, overdue decisions first; plus an alarm for every weeffout marked
 * solved that got a new case after its solved date.
 *
 * @param eigenaren owners with at least one item; owners with overdue items first, then in
 *                  {@link Weeffout#EIGENAREN} order
 * @param alarmen   solved weeffouten with a later case, in the given weeffout order
 */
public record Agenda(LocalDate standVan, List<Eigenaar> eigenaren, List<Alarm> alarmen) {

    /**
     * One item for an owner.
     *
     * @param soort   "besluit" (an open decision) or "weeffout" (an unsolved weeffout with its proposal)
     * @param tekst   the decision, or the first sentence of the weeffout's proposal
     * @param orgaan  who decided ("" for a weeffout item)
     * @param datum   when it was decided (null for a weeffout item)
     * @param termijn deadline (null when none)
     * @param teLaat  open with a deadline before stand van
     */
    public record Punt(String soort, String weeffout, String weeffoutTitel, String tekst, String orgaan, LocalDate datum,
            LocalDate termijn, String status, boolean teLaat) {
    }

    public record Eigenaar(String eigenaar, String label, List<Punt> punten) {
        public long teLaat() {
            return punten.stream().filter(Punt::teLaat).count();
        }
    }

    /**
     * @param casussen ids of the cases after the solved date (empty when cases may not be listed)
     * @param zin      the alarm in one sentence
     */
    public record Alarm(String weeffout, String titel, LocalDate opgelostOp, List<String> casussen, String zin) {
    }

    /**
     * @param weeffouten    the audience's weeffouten, in report order
     * @param cases         the audience's cases up to stand van
     * @param weeffoutenVan the weeffout ids of a case
     * @param casussenTonen whether the alarm may name the cases (never in an audience without case lists)
     */
    static Agenda of(List<Weeffout> weeffouten, List<Casus> cases, Function<Casus, Set<String>> weeffoutenVan,
            LocalDate standVan, boolean casussenTonen) {
        Map<String, List<Punt>> byOwner = new LinkedHashMap<>();
        for (String e : Weeffout.EIGENAREN) {
            byOwner.put(e, new ArrayList<>());
        }
        for (Weeffout w : weeffouten) {
            for (Weeffout.Besluit b : w.besluiten()) {
                if (b.open()) {
                    byOwner.computeIfAbsent(b.eigenaar(), k -> new ArrayList<>()).add(new Punt("besluit", w.id(), w.titel(),
                            b.besluit(), b.orgaan(), b.datum(), b.termijn(), b.status(), b.teLaat(standVan)));
                }
            }
        }
        for (Weeffout w : weeffouten) {
            if (!w.opgelost()) {
                byOwner.computeIfAbsent(w.eigenaar(), k -> new ArrayList<>()).add(new Punt("weeffout", w.id(), w.titel(),
                        WeeffoutReport.firstSentence(w.voorstel()), "", null, null, w.status(), false));
            }
        }
        List<Eigenaar> owners = new ArrayList<>();
        byOwner.forEach((owner, items) -> {
            if (!items.isEmpty()) {
                List<Punt> sorted = new ArrayList<>(items);
                sorted.sort(ITEM_ORDER);
                owners.add(new Eigenaar(owner, Labels.of(owner), List.copyOf(sorted)));
            }
        });
        // Stable sort: owners with overdue items move to the front, EIGENAREN order otherwise.
        owners.sort(Comparator.comparing((Eigenaar e) -> e.teLaat() == 0));
        return new Agenda(standVan, List.copyOf(owners), alarms(weeffouten, cases, weeffoutenVan, casussenTonen));
    }

    /** Overdue first (earliest deadline first), then open decisions by deadline, then weeffouten in report order. */
    private static final Comparator<Punt> ITEM_ORDER = Comparator.comparingInt((Punt p) -> p.teLaat() ? 0
            : p.soort().equals("besluit") ? (p.termijn() != null ? 1 : 2) : 3)
            .thenComparing(Punt::termijn, Comparator.nullsLast(Comparator.naturalOrder()));

    private static List<Alarm> alarms(List<Weeffout> weeffouten, List<Casus> cases, Function<Casus, Set<String>> weeffoutenVan,
            boolean casussenTonen) {
        List<Alarm> out = new ArrayList<>();
        for (Weeffout w : weeffouten) {
            if (!w.opgelost() || w.opgelostOp() == null) {
                continue;
            }
            List<Casus> later = cases.stream().filter(c -> c.datum() != null && c.datum().isAfter(w.opgelostOp()))
                    .filter(c -> weeffoutenVan.apply(c).contains(w.id()))
                    .sorted(Comparator.comparing(Casus::datum).thenComparing(Casus::id)).toList();
            if (!later.isEmpty()) {
                out.add(new Alarm(w.id(), w.titel(), w.opgelostOp(),
                        casussenTonen ? later.stream().map(Casus::id).toList() : List.of(),
                        "\"" + w.titel() + "\" staat sinds " + Format.date(w.opgelostOp())
                                + " op opgelost, maar daarna kwam er weer een casus met deze weeffout. Kijk of de oplossing werkt."));
            }
        }
        return List.copyOf(out);
    }
}
