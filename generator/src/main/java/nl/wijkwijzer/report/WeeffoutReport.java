package nl.wijkwijzer.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

import nl.wijkwijzer.model.Casus;
import nl.wijkwijzer.model.KnowledgeBase;
import nl.wijkwijzer.model.Vuistregel;
import nl.wijkwijzer.model.Weeffout;
import nl.wijkwijzer.model.Zichtbaarheid;
import nl.wijkwijzer.pages.Labels;

/**
 * The weeffouten analysis: a pure function from one audience's view of the knowledge base and a
 * period to an immutable {@link Rapport}. Every count in the result has passed {@link Disclosure}.
 */
public final class WeeffoutReport {

    /** The report period and the period of equal length just before it. */
    public record Periode(LocalDate van, LocalDate tot, LocalDate vorigeVan, LocalDate vorigeTot) {
        public static Periode of(LocalDate van, LocalDate tot) {
            if (van.isAfter(tot)) {
                throw new IllegalArgumentException("de begindatum " + van + " ligt na de einddatum " + tot);
            }
            LocalDate vorigeTot = van.minusDays(1);
            // Whole months (the usual case: a year, a quarter) shift by months, so the year before
            // 2025 is all of 2024 even though 2024 has a day more; other periods shift by days.
            long months = ChronoUnit.MONTHS.between(van, tot.plusDays(1));
            if (months > 0 && van.plusMonths(months).equals(tot.plusDays(1))) {
                return new Periode(van, tot, van.minusMonths(months), vorigeTot);
            }
            long days = ChronoUnit.DAYS.between(van, tot) + 1;
            return new Periode(van, tot, vorigeTot.minusDays(days - 1), vorigeTot);
        }

        /** Missing ends: {@code tot} is the newest case date, {@code van} twelve months before it. */
        public static Periode defaults(KnowledgeBase kb, LocalDate van, LocalDate tot) {
            LocalDate end = tot != null ? tot : kb.casussen().stream().map(Casus::datum).filter(d -> d != null)
                    .max(Comparator.naturalOrder()).orElse(LocalDate.of(2000, 1, 1));
            LocalDate start = van != null ? van : end.minusYears(1).plusDays(1);
            return of(start, end);
        }

        /** The calendar year {@code year}, compared with the year before: the bestuur report's fixed period. */
        public static Periode jaar(int year) {
            return of(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }

        /**
         * The bestuur report's default: the last complete calendar year before the newest case (a year is
         * complete once a later case exists), so successive builds do not move the window case by case.
         */
        public static Periode bestuur(KnowledgeBase kb) {
            LocalDate newest = kb.casussen().stream().map(Casus::datum).filter(d -> d != null)
                    .max(Comparator.naturalOrder()).orElse(LocalDate.of(2001, 1, 1));
            return jaar(newest.getYear() - 1);
        }

        /** Whether this is one whole calendar year (the only period the bestuur report accepts). */
        public boolean kalenderjaar() {
            return van.getMonthValue() == 1 && van.getDayOfMonth() == 1 && tot.equals(van.withMonth(12).withDayOfMonth(31));
        }

        boolean contains(LocalDate d) {
            return d != null && !d.isBefore(van) && !d.isAfter(tot);
        }

        boolean containsPrevious(LocalDate d) {
            return d != null && !d.isBefore(vorigeVan) && !d.isAfter(vorigeTot);
        }
    }

    public record CasusRef(String id, String titel, LocalDate datum, String wijk) {
    }

    /** Yearly amounts; {@code verschil} = standaard - maatwerk, what muddling on costs per year. */
    public record Bedragen(BigDecimal standaard, BigDecimal maatwerk, BigDecimal verschil) {
        static final Bedragen NUL = new Bedragen(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

        /** Amounts of a hidden count (bestuur report): hidden with it, no value kept. */
        static final Bedragen VERBORGEN = new Bedragen(null, null, null);

        public boolean verborgen() {
            return verschil == null;
        }

        static Bedragen of(List<Casus> cases) {
            BigDecimal s = BigDecimal.ZERO;
            BigDecimal m = BigDecimal.ZERO;
            for (Casus c : cases) {
                if (c.kosten() != null) {
                    s = s.add(c.kosten().standaardPerJaar());
                    m = m.add(c.kosten().maatwerkPerJaar());
                }
            }
            return new Bedragen(s, m, s.subtract(m));
        }
    }

    /**
     * One weeffout in the period.
     *
     * @param escalatieDagen   days from gesignaleerd-op to the end of the period
     * @param eersteGezien     date of the first case up to the end of the period (null: none)
     * @param perKwartaal      cases per quarter of the period, as in {@link Rapport#kwartalen()}
     * @param casussenZichtbaar false when the cases may not be listed (bestuur)
     * @param gesignaleerdOp   null in the bestuur report (it can be a case's date); see gesignaleerdKwartaal
     * @param wijken           distinct wijken of the cases; null when the count is hidden
     * @param eersteGezien     null in the bestuur report (case dates are not published there)
     */
    public record Regel(String id, String titel, String categorie, String eigenaar, List<String> schotten, String status,
            LocalDate gesignaleerdOp, long escalatieDagen, String beschrijving, String voorstel, Aantal casussen,
            Integer wijken, Integer partners, LocalDate eersteGezien, LocalDate laatstGezien, List<Aantal> perKwartaal,
            boolean structureel, boolean nieuwStructureel, boolean vorigeStructureel, Aantal casussenVorige,
            String verandering, Bedragen kosten, boolean casussenZichtbaar, List<CasusRef> casusLijst,
            LocalDate opgelostOp, String barriere, String escalatieniveau, List<Weeffout.Besluit> besluiten,
            String gesignaleerdKwartaal) {
    }

    /** One row of a breakdown (categorie, vuistregel, wijk, eigenaar). */
    public record Uitsplitsing(String id, String label, Aantal casussen, List<String> weeffouten, Bedragen kosten) {
    }

    public record Tabel(List<Uitsplitsing> rijen, Aantal totaal) {
    }

    /** A group of free blockers that may be a weeffout missing from the catalogue. */
    public record Kandidaat(String id, List<String> kernwoorden, Aantal casussen, boolean casussenZichtbaar,
            List<CasusRef> casusLijst, List<String> toelichtingen) {
    }

    public record Besluit(String eigenaar, String eigenaarLabel, String weeffout, String titel, String voorstel) {
    }

    /** The one-page summary: ids refer to {@link Rapport#weeffouten()}. */
    public record Samenvatting(List<String> topOpCasussen, List<String> topOpKosten, List<String> veranderingen,
            List<Besluit> besluiten) {
    }

    public record Totalen(Aantal casussen, Aantal casussenVorige, Aantal casussenMetWeeffout,
            Aantal casussenMetWeeffoutVorige, Bedragen kosten, Bedragen kostenVorige, int structureel,
            int nieuwStructureel) {
    }

    /**
     * @param standVan   the newest case date in the view: the "as of" date (never the wall clock)
     * @param kwartalen  quarter labels of the period, e.g. {@code 2025-Q4}
     * @param voorbeeldcijfers fictional cases counted (rapport.voorbeeldcijfers): every output says so
     * @param intern     a free period (--van/--tot): for internal use, never published
     * @param audit      the disclosure audit (bestuur report only)
     */
    public record Rapport(Periode periode, LocalDate standVan, Zichtbaarheid doelgroep, int kDrempel, int minCasussen,
            int minWijken, List<String> kwartalen, List<Regel> weeffouten, List<Aantal> kwartaalTotalen, Totalen totalen,
            Tabel perCategorie, Tabel perVuistregel, Tabel perWijk, Tabel perEigenaar, List<Kandidaat> kandidaten,
            Optional<Uitstroom> uitstroom, Samenvatting samenvatting, BetalerKosten betalers, Agenda agenda,
            boolean voorbeeldcijfers, boolean intern, Optional<DisclosureAudit.Uitkomst> audit) {

        /** The label every output carries when fictional cases count. */
        public static final String VOORBEELD_LABEL = "Voorbeeldcijfers: fictieve casussen";

        public boolean bestuur() {
            return doelgroep == Zichtbaarheid.BESTUUR;
        }

        public Optional<Regel> weeffout(String id) {
            return weeffouten.stream().filter(r -> r.id().equals(id)).findFirst();
        }
    }

    private final KnowledgeBase kb;
    private final Zichtbaarheid audience;
    private final Periode periode;
    private final boolean intern;
    private final boolean bestuur;
    private final boolean voorbeeldcijfers;
    private final int k;
    /** The cases the report counts: fictional ones only with rapport.voorbeeldcijfers. */
    private final List<Casus> cases;

    private WeeffoutReport(KnowledgeBase view, Zichtbaarheid audience, Periode periode, boolean intern) {
        this.kb = view;
        this.audience = audience;
        this.periode = periode;
        this.intern = intern;
        this.bestuur = audience == Zichtbaarheid.BESTUUR;
        this.voorbeeldcijfers = view.site().voorbeeldcijfers();
        this.k = Math.max(1, view.site().kDrempel());
        this.cases = voorbeeldcijfers ? view.casussen() : view.casussen().stream().filter(c -> !c.fictief()).toList();
        if (bestuur && (intern || !periode.kalenderjaar())) {
            throw new IllegalArgumentException("het rapport voor het bestuur gebruikt alleen hele kalenderjaren");
        }
    }

    /**
     * @param view   the knowledge base as {@code audience} may see it ({@code AudienceView.filter})
     * @param intern true for a free period chosen by hand (--van/--tot): the output is marked internal
     * @throws Disclosure.OnveiligException when the bestuur report cannot be made safe
     */
    public static Rapport compute(KnowledgeBase view, Zichtbaarheid audience, Periode periode, boolean intern) {
        return new WeeffoutReport(view, audience, periode, intern).run();
    }

    public static Rapport compute(KnowledgeBase view, Zichtbaarheid audience, Periode periode) {
        return compute(view, audience, periode, false);
    }

    /** Default period: the twelve months up to the newest case; for the bestuur the last complete calendar year. */
    public static Rapport compute(KnowledgeBase view, Zichtbaarheid audience) {
        return compute(view, audience, defaultPeriode(view, audience), false);
    }

    public static Periode defaultPeriode(KnowledgeBase view, Zichtbaarheid audience) {
        KnowledgeBase counted = view.site().voorbeeldcijfers() ? view : null;
        if (audience == Zichtbaarheid.BESTUUR) {
            return Periode.bestuur(counted != null ? view : withoutFictional(view));
        }
        return Periode.defaults(counted != null ? view : withoutFictional(view), null, null);
    }

    private static KnowledgeBase withoutFictional(KnowledgeBase view) {
        return new KnowledgeBase(view.site(), view.vuistregels(), view.casussen().stream().filter(c -> !c.fictief()).toList(),
                view.weeffouten(), view.avg(), view.deelregels(), view.organisaties(), view.leersessies(), view.situaties(),
                view.routekaart(), view.vragenbank(), view.monitor(), view.synoniemen());
    }

    // ------------------------------------------------------------------ computation

    private static Set<String> weeffoutIds(Casus c) {
        Set<String> ids = new TreeSet<>();
        for (String w : c.blokkadeWeeffouten()) {
            if (!w.isEmpty()) {
                ids.add(w);
            }
        }
        return ids;
    }

    static List<String> quarters(LocalDate van, LocalDate tot) {
        List<String> out = new ArrayList<>();
        LocalDate q = van.withDayOfMonth(1).withMonth((van.getMonthValue() - 1) / 3 * 3 + 1);
        while (!q.isAfter(tot)) {
            out.add(quarter(q));
            q = q.plusMonths(3);
        }
        return out;
    }

    static String quarter(LocalDate d) {
        return d.getYear() + "-Q" + ((d.getMonthValue() - 1) / 3 + 1);
    }

    private boolean structural(List<Casus> cs) {
        long wijken = cs.stream().map(Casus::wijk).distinct().count();
        return cs.size() >= kb.site().minCasussen() && wijken >= kb.site().minWijken();
    }

    private static int publiek(List<Casus> cs) {
        int n = 0;
        for (Casus c : cs) {
            if (c.zichtbaarheid() == Zichtbaarheid.PUBLIEK) {
                n++;
            }
        }
        return n;
    }

    /** Registers a cell counting {@code cs}, with the part the public site shows. */
    private static void cel(Publicatie p, String id, String tabel, List<Casus> cs) {
        p.cel(id, tabel, cs.size(), publiek(cs));
    }

    private Rapport run() {
        List<Casus> inPeriod = cases.stream().filter(c -> periode.contains(c.datum())).toList();
        List<Casus> previous = cases.stream().filter(c -> periode.containsPrevious(c.datum())).toList();
        List<Casus> upToEnd = cases.stream().filter(c -> c.datum() != null && !c.datum().isAfter(periode.tot()))
                .sorted(Comparator.comparing(Casus::datum).thenComparing(Casus::id)).toList();
        Map<String, List<Casus>> now = byWeeffout(inPeriod);
        Map<String, List<Casus>> before = byWeeffout(previous);
        Map<String, List<Casus>> ever = byWeeffout(upToEnd);
        List<String> kwartalen = quarters(periode.van(), periode.tot());
        List<Weeffout> weeffouten = kb.weeffouten();
        Map<String, Weeffout> wById = kb.weeffoutById();
        List<Casus> withWeeffout = inPeriod.stream().filter(c -> !weeffoutIds(c).isEmpty()).toList();
        List<Casus> withWeeffoutBefore = previous.stream().filter(c -> !weeffoutIds(c).isEmpty()).toList();

        // Every count cell of every table, declared once for the disclosure decision and its audit.
        Publicatie pub = new Publicatie();
        cel(pub, "totaal", "totalen", inPeriod);
        cel(pub, "totaal-vorige", "totalen", previous);
        cel(pub, "met-weeffout", "totalen", withWeeffout);
        cel(pub, "met-weeffout-vorige", "totalen", withWeeffoutBefore);
        pub.deel("totaal", List.of("met-weeffout")).deel("totaal-vorige", List.of("met-weeffout-vorige"));
        Map<String, List<List<Casus>>> perQuarter = new LinkedHashMap<>();
        List<List<Casus>> quarterTotals = new ArrayList<>();
        for (String q : kwartalen) {
            quarterTotals.add(new ArrayList<>());
        }
        for (Casus c : withWeeffout) {
            quarterTotals.get(kwartalen.indexOf(quarter(c.datum()))).add(c);
        }
        for (int i = 0; i < kwartalen.size(); i++) {
            cel(pub, "q:" + kwartalen.get(i), "casussen per kwartaal", quarterTotals.get(i));
        }
        pub.som("met-weeffout", kwartalen.stream().map(q -> "q:" + q).toList());
        for (Weeffout w : weeffouten) {
            List<Casus> cs = now.getOrDefault(w.id(), List.of());
            List<List<Casus>> split = new ArrayList<>();
            for (String q : kwartalen) {
                split.add(new ArrayList<>());
            }
            for (Casus c : cs) {
                split.get(kwartalen.indexOf(quarter(c.datum()))).add(c);
            }
            perQuarter.put(w.id(), split);
            cel(pub, "w:" + w.id(), "weeffouten", cs);
            cel(pub, "w:" + w.id() + ":vorige", "weeffouten, vorige periode", before.getOrDefault(w.id(), List.of()));
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < kwartalen.size(); i++) {
                String id = "w:" + w.id() + ":q:" + kwartalen.get(i);
                cel(pub, id, "weeffout per kwartaal", split.get(i));
                parts.add(id);
            }
            pub.som("w:" + w.id(), parts);
        }
        for (String q : kwartalen) {
            pub.vereniging("q:" + q, weeffouten.stream().map(w -> "w:" + w.id() + ":q:" + q).toList());
        }
        pub.vereniging("met-weeffout", weeffouten.stream().map(w -> "w:" + w.id()).toList());
        pub.vereniging("met-weeffout-vorige", weeffouten.stream().map(w -> "w:" + w.id() + ":vorige").toList());

        List<String> categorieen = Weeffout.CATEGORIEEN.stream().filter(cat -> weeffouten.stream()
                .anyMatch(w -> w.categorie().equals(cat))).toList();
        List<String> eigenaren = weeffouten.stream().map(Weeffout::eigenaar).distinct()
                .sorted(Comparator.comparingInt(e -> Weeffout.EIGENAREN.indexOf(e))).toList();
        Map<String, Vuistregel> vById = kb.vuistregelById();
        List<String> vuistregels = kb.vuistregels().stream().map(Vuistregel::id).toList();
        List<String> wijken = List.copyOf(kb.site().wijken().keySet());
        Dimensie perCategorie = new Dimensie("categorie", "per categorie", categorieen, Labels::of,
                cat -> c -> weeffoutIds(c).stream().anyMatch(id -> wById.get(id).categorie().equals(cat)),
                cat -> w -> w.categorie().equals(cat));
        Dimensie perEigenaar = new Dimensie("eigenaar", "per eigenaar", eigenaren, Labels::of,
                own -> c -> weeffoutIds(c).stream().anyMatch(id -> wById.get(id).eigenaar().equals(own)),
                own -> w -> w.eigenaar().equals(own));
        Dimensie perVuistregel = new Dimensie("vuistregel", "per vuistregel", vuistregels, id -> vById.get(id).kort(),
                v -> c -> c.vuistregels().contains(v), null);
        Dimensie perWijk = new Dimensie("wijk", "per wijk", wijken, kb.site()::wijkNaam, wijk -> c -> wijk.equals(c.wijk()), null);
        for (Dimensie d : List.of(perCategorie, perEigenaar, perVuistregel, perWijk)) {
            d.register(pub, withWeeffout, weeffouten);
        }
        // Each case with a weeffout is in at least one category and one owner, and in exactly one wijk.
        pub.vereniging("met-weeffout", perCategorie.cellIds()).vereniging("met-weeffout", perEigenaar.cellIds())
                .deel("met-weeffout", perVuistregel.cellIds());
        boolean wijkenSluitend = withWeeffout.stream().allMatch(c -> wijken.contains(c.wijk()));
        if (wijkenSluitend) {
            pub.som("met-weeffout", perWijk.cellIds());
        } else {
            pub.deel("met-weeffout", perWijk.cellIds());
        }
        Optional<nl.wijkwijzer.model.Monitor> monitor = kb.monitor().filter(m -> !m.fictief() || voorbeeldcijfers);
        monitor.ifPresent(m -> m.kwartalen().forEach(q -> {
            // Aggregates entered by the editor: no public part, no relation to the case tables.
            pub.cel("monitor:" + q.kwartaal() + ":uitstroom", "uitstroommonitor", Math.max(0, q.uitstroomBw()), 0);
            pub.cel("monitor:" + q.kwartaal() + ":instroom", "uitstroommonitor", Math.max(0, q.instroomBw()), 0);
        }));

        Disclosure.Afscherming shown = bestuur ? Disclosure.drempel(k).suppress(pub) : exact(pub);

        List<Regel> regels = new ArrayList<>();
        for (Weeffout w : weeffouten) {
            List<Aantal> trend = kwartalen.stream().map(q -> shown.get("w:" + w.id() + ":q:" + q)).toList();
            regels.add(regel(w, now.getOrDefault(w.id(), List.of()), before.getOrDefault(w.id(), List.of()),
                    ever.getOrDefault(w.id(), List.of()), trend, shown.get("w:" + w.id()), shown.get("w:" + w.id() + ":vorige")));
        }
        // Ordered by what the reader may see: shown counts first, then shown cost, then id; hidden counts
        // and costs are never ordered by their real value.
        regels.sort(Comparator.comparingInt((Regel g) -> g.casussen().verborgen() ? -1 : g.casussen().getoond()).reversed()
                .thenComparing(g -> g.kosten().verschil(), Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(Regel::id));
        List<String> order = regels.stream().map(Regel::id).toList();
        Set<String> hiddenWeeffouten = new TreeSet<>();
        regels.stream().filter(r -> r.casussen().verborgen()).forEach(r -> hiddenWeeffouten.add(r.id()));

        Aantal totaal = shown.get("totaal");
        Aantal totaalVorige = shown.get("totaal-vorige");
        Totalen totalen = new Totalen(totaal, totaalVorige, shown.get("met-weeffout"), shown.get("met-weeffout-vorige"),
                totaal.verborgen() ? Bedragen.VERBORGEN : Bedragen.of(inPeriod),
                totaalVorige.verborgen() ? Bedragen.VERBORGEN : Bedragen.of(previous),
                (int) regels.stream().filter(Regel::structureel).count(),
                (int) regels.stream().filter(Regel::nieuwStructureel).count());
        List<Aantal> kwartaalTotalen = kwartalen.stream().map(q -> shown.get("q:" + q)).toList();
        List<Kandidaat> kandidaten = bestuur ? List.of() : kandidaten(upToEnd);
        Optional<Uitstroom> uitstroom = monitor.map(m -> Uitstroom.of(m,
                audience == Zichtbaarheid.PROFESSIONALS ? Disclosure.exact(k) : Disclosure.drempel(k)));
        LocalDate standVan = bestuur ? periode.tot() : upToEnd.isEmpty() ? periode.tot() : upToEnd.get(upToEnd.size() - 1).datum();
        Samenvatting samenvatting = samenvatting(regels, totalen);
        Map<String, Regel> regelById = new LinkedHashMap<>();
        regels.forEach(g -> regelById.put(g.id(), g));
        BetalerKosten betalers = BetalerKosten.of(inPeriod, WeeffoutReport::weeffoutIds, order,
                id -> geldPerWeeffoutTonen(regelById.get(id)));
        Agenda agenda = Agenda.of(order.stream().map(wById::get).toList(), upToEnd, WeeffoutReport::weeffoutIds, standVan,
                audience == Zichtbaarheid.PROFESSIONALS);
        Optional<DisclosureAudit.Uitkomst> audit = Optional.ofNullable(shown.audit());
        return new Rapport(periode, standVan, audience, k, kb.site().minCasussen(), kb.site().minWijken(),
                kwartalen, List.copyOf(regels), kwartaalTotalen, totalen,
                perCategorie.tabel(shown, withWeeffout, order, hiddenWeeffouten),
                perVuistregel.tabel(shown, withWeeffout, order, hiddenWeeffouten),
                perWijk.tabel(shown, withWeeffout, order, hiddenWeeffouten),
                perEigenaar.tabel(shown, withWeeffout, order, hiddenWeeffouten),
                kandidaten, uitstroom, samenvatting, betalers, agenda, voorbeeldcijfers, intern, audit);
    }

    /**
     * Money figures of one weeffout are shown where its count is shown; professionals see the cases
     * themselves, so they see every figure.
     */
    private boolean geldPerWeeffoutTonen(Regel r) {
        return audience == Zichtbaarheid.PROFESSIONALS || !r.casussen().verborgen();
    }

    /** Everything shown as it is: the public and professionals reports. */
    private static Disclosure.Afscherming exact(Publicatie p) {
        Map<String, Aantal> all = new LinkedHashMap<>();
        p.cellen().values().forEach(c -> all.put(c.id(), Aantal.shown(c.waarde())));
        return new Disclosure.Afscherming(all, Set.of(), null);
    }

    private Map<String, List<Casus>> byWeeffout(List<Casus> cs) {
        Map<String, List<Casus>> out = new LinkedHashMap<>();
        for (Casus c : cs) {
            for (String id : weeffoutIds(c)) {
                out.computeIfAbsent(id, x -> new ArrayList<>()).add(c);
            }
        }
        return out;
    }

    private Regel regel(Weeffout w, List<Casus> now, List<Casus> before, List<Casus> ever, List<Aantal> trend,
            Aantal casussen, Aantal vorige) {
        boolean structureel = !casussen.verborgen() && structural(now);
        boolean vorigeStructureel = !vorige.verborgen() && structural(before);
        String verandering;
        if (casussen.verborgen() || vorige.verborgen()) {
            verandering = "niet te vergelijken: een aantal is niet getoond";
        } else {
            int d = casussen.getoond() - vorige.getoond();
            verandering = d == 0 ? "gelijk" : (d > 0 ? "+" : "") + d;
        }
        LocalDate signaal = w.gesignaleerdOp();
        String signaalKwartaal = signaal == null ? "" : quarter(signaal);
        // The bestuur report gives the signal date as a quarter (it can be a case's date), so its age is
        // counted from the start of that quarter.
        LocalDate ageFrom = bestuur && signaal != null ? signaal.withDayOfMonth(1).withMonth((signaal.getMonthValue() - 1) / 3 * 3 + 1)
                : signaal;
        long dagen = ageFrom == null || ageFrom.isAfter(periode.tot()) ? 0 : ChronoUnit.DAYS.between(ageFrom, periode.tot());
        boolean zichtbaar = !bestuur;
        List<CasusRef> lijst = zichtbaar ? now.stream().sorted(Comparator.comparing(Casus::datum).thenComparing(Casus::id))
                .map(this::ref).toList() : List.of();
        boolean hidden = casussen.verborgen();
        return new Regel(w.id(), w.titel(), w.categorie(), w.eigenaar(), w.schotten(), w.status(), bestuur ? null : signaal,
                dagen, w.beschrijving(), w.voorstel(), casussen,
                hidden ? null : (int) now.stream().map(Casus::wijk).distinct().count(),
                hidden ? null : (int) now.stream().flatMap(c -> c.partijen().stream()).distinct().count(),
                bestuur || ever.isEmpty() ? null : ever.get(0).datum(),
                bestuur || ever.isEmpty() ? null : ever.get(ever.size() - 1).datum(),
                trend, structureel, structureel && !vorige.verborgen() && !vorigeStructureel, vorigeStructureel, vorige,
                verandering, hidden ? Bedragen.VERBORGEN : Bedragen.of(now), zichtbaar, lijst,
                w.opgelostOp(), w.barriere(), w.escalatieniveau(), w.besluiten(), signaalKwartaal);
    }

    private CasusRef ref(Casus c) {
        return new CasusRef(c.id(), c.titel(), c.datum(), kb.site().wijkNaam(c.wijk()));
    }

    /**
     * One breakdown (categorie, eigenaar, vuistregel, wijk) of the cases with a weeffout.
     *
     * @param weeffoutTest which weeffouten belong to a row by definition; null: those met in the row's cases
     */
    private final class Dimensie {
        private final String naam;
        private final String tabel;
        private final List<String> ids;
        private final Function<String, String> label;
        private final Function<String, Predicate<Casus>> caseTest;
        private final Function<String, Predicate<Weeffout>> weeffoutTest;

        Dimensie(String naam, String tabel, List<String> ids, Function<String, String> label,
                Function<String, Predicate<Casus>> caseTest, Function<String, Predicate<Weeffout>> weeffoutTest) {
            this.naam = naam;
            this.tabel = tabel;
            this.ids = ids;
            this.label = label;
            this.caseTest = caseTest;
            this.weeffoutTest = weeffoutTest;
        }

        List<String> cellIds() {
            return ids.stream().map(id -> naam + ":" + id).toList();
        }

        void register(Publicatie p, List<Casus> cs, List<Weeffout> weeffouten) {
            for (String id : ids) {
                cel(p, naam + ":" + id, tabel, cs.stream().filter(caseTest.apply(id)).toList());
                if (weeffoutTest != null) {
                    // A case is in the row when it has one of the row's weeffouten.
                    p.vereniging(naam + ":" + id, weeffouten.stream().filter(weeffoutTest.apply(id)).map(w -> "w:" + w.id()).toList());
                }
            }
        }

        /**
         * @param hiddenWeeffouten in the bestuur report a row's money is shown only when its count and the counts
         *                         of all its weeffouten are shown (else the amount narrows a hidden one)
         */
        Tabel tabel(Disclosure.Afscherming shown, List<Casus> cs, List<String> order, Set<String> hiddenWeeffouten) {
            List<Uitsplitsing> rows = new ArrayList<>();
            for (String id : ids) {
                List<Casus> in = cs.stream().filter(caseTest.apply(id)).toList();
                Set<String> ws = new LinkedHashSet<>();
                if (weeffoutTest != null) {
                    kb.weeffouten().stream().filter(weeffoutTest.apply(id)).forEach(w -> ws.add(w.id()));
                } else if (!bestuur) {
                    // Which weeffouten occur in a wijk says that their cell there is not zero: not in the bestuur report.
                    in.forEach(c -> ws.addAll(weeffoutIds(c)));
                }
                Aantal n = shown.get(naam + ":" + id);
                boolean money = !n.verborgen() && (!bestuur || weeffoutTest == null || ws.stream().noneMatch(hiddenWeeffouten::contains));
                rows.add(new Uitsplitsing(id, label.apply(id), n, order.stream().filter(ws::contains).toList(),
                        money ? Bedragen.of(in) : Bedragen.VERBORGEN));
            }
            return new Tabel(List.copyOf(rows), shown.get("met-weeffout"));
        }
    }

    private List<Kandidaat> kandidaten(List<Casus> cs) {
        List<BlockerClusters.Tekst> vrij = new ArrayList<>();
        List<String> corpus = new ArrayList<>();
        for (Casus c : cs) {
            for (Casus.Blokkade b : c.blokkades()) {
                corpus.add(b.toelichting());
                if (!b.heeftWeeffout() && !b.toelichting().isBlank()) {
                    vrij.add(new BlockerClusters.Tekst(c.id(), b.toelichting(), c.pseudoniemen()));
                }
            }
        }
        Map<String, Casus> byId = kb.casusById();
        List<BlockerClusters.Groep> groups = new ArrayList<>(BlockerClusters.group(vrij, corpus, BlockerClusters.DEFAULT_THRESHOLD));
        groups.sort(BlockerClusters.bySize().thenComparing(g -> g.leden().get(0).casus()));
        List<Kandidaat> out = new ArrayList<>();
        for (BlockerClusters.Groep g : groups) {
            List<Casus> members = g.leden().stream().map(t -> byId.get(t.casus())).distinct()
                    .sorted(Comparator.comparing(Casus::datum).thenComparing(Casus::id)).toList();
            out.add(new Kandidaat("kandidaat-" + (out.size() + 1), g.kernwoorden(), Aantal.shown(members.size()), true,
                    members.stream().map(this::ref).toList(), g.leden().stream().map(BlockerClusters.Tekst::toelichting).toList()));
        }
        return List.copyOf(out);
    }

    private Samenvatting samenvatting(List<Regel> regels, Totalen totalen) {
        List<String> topCases = regels.stream().filter(r -> !r.casussen().verborgen() && r.casussen().getoond() > 0).limit(5)
                .map(Regel::id).toList();
        List<String> topCost = regels.stream().filter(r -> !r.kosten().verborgen() && r.kosten().verschil().signum() > 0)
                .sorted(Comparator.comparing((Regel r) -> r.kosten().verschil()).reversed().thenComparing(Regel::id))
                .limit(5).map(Regel::id).toList();
        List<String> changes = new ArrayList<>();
        changes.add("Casussen met een weeffout: " + totalen.casussenMetWeeffout().tekst() + " (vorige periode: "
                + totalen.casussenMetWeeffoutVorige().tekst() + ").");
        changes.add("Wat doormodderen kost: " + euro(totalen.kosten()) + " per jaar (vorige periode: " + euro(totalen.kostenVorige())
                + ").");
        for (Regel r : regels) {
            if (r.nieuwStructureel()) {
                changes.add("Nieuw structureel: " + r.titel() + ".");
            } else if (r.vorigeStructureel() && !r.casussen().verborgen() && !r.structureel()) {
                changes.add("Niet meer structureel: " + r.titel() + ".");
            }
            if (r.eersteGezien() != null && periode.contains(r.eersteGezien())) {
                changes.add("Voor het eerst in een casus gezien: " + r.titel() + ".");
            }
        }
        List<Regel> open = regels.stream().filter(r -> r.structureel() && !r.status().equals("opgelost")).toList();
        if (open.isEmpty()) {
            // Nothing structural yet: ask for decisions on what occurred in the period (in report order).
            open = regels.stream().filter(r -> bestuur ? !r.casussen().verborgen() && r.casussen().getoond() > 0
                    : r.laatstGezien() != null && periode.contains(r.laatstGezien()))
                    .filter(r -> !r.status().equals("opgelost")).limit(5).toList();
        }
        List<Besluit> besluiten = open.stream()
                .sorted(Comparator.comparingInt((Regel r) -> Weeffout.EIGENAREN.indexOf(r.eigenaar())).thenComparing(
                        Comparator.comparingInt(r -> regels.indexOf(r))))
                .map(r -> new Besluit(r.eigenaar(), Labels.of(r.eigenaar()), r.id(), r.titel(), firstSentence(r.voorstel())))
                .toList();
        return new Samenvatting(topCases, topCost, List.copyOf(changes), besluiten);
    }

    private static String euro(Bedragen b) {
        return b.verborgen() ? Aantal.NIET_GETOOND : nl.wijkwijzer.pages.Format.euro(b.verschil());
    }

    /** The first sentence of a Markdown text, as plain text. */
    static String firstSentence(String md) {
        if (md == null) {
            return "";
        }
        String plain = md.replaceAll("[*_`#>\\[\\]]", "").replaceAll("\\s+", " ").strip();
        int end = plain.indexOf(". ");
        return end < 0 ? plain : plain.substring(0, end + 1);
    }
}
