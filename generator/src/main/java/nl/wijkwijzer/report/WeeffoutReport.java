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
     * @param casussenZichtbaar false when the cases may not be listed (public build, fewer than k)
     */
    public record Regel(String id, String titel, String categorie, String eigenaar, List<String> schotten, String status,
            LocalDate gesignaleerdOp, long escalatieDagen, String beschrijving, String voorstel, Aantal casussen,
            int wijken, int partners, LocalDate eersteGezien, LocalDate laatstGezien, List<Aantal> perKwartaal,
            boolean structureel, boolean nieuwStructureel, boolean vorigeStructureel, Aantal casussenVorige,
            String verandering, Bedragen kosten, boolean casussenZichtbaar, List<CasusRef> casusLijst,
            LocalDate opgelostOp, String barriere, String escalatieniveau, List<Weeffout.Besluit> besluiten) {
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
     */
    public record Rapport(Periode periode, LocalDate standVan, Zichtbaarheid doelgroep, int kDrempel, int minCasussen,
            int minWijken, List<String> kwartalen, List<Regel> weeffouten, List<Aantal> kwartaalTotalen, Totalen totalen,
            Tabel perCategorie, Tabel perVuistregel, Tabel perWijk, Tabel perEigenaar, List<Kandidaat> kandidaten,
            Optional<Uitstroom> uitstroom, Samenvatting samenvatting, BetalerKosten betalers, Agenda agenda) {

        public Optional<Regel> weeffout(String id) {
            return weeffouten.stream().filter(r -> r.id().equals(id)).findFirst();
        }
    }

    private final KnowledgeBase kb;
    private final Zichtbaarheid audience;
    private final Periode periode;
    private final Disclosure disclosure;
    private final boolean publiek;

    private WeeffoutReport(KnowledgeBase view, Zichtbaarheid audience, Periode periode) {
        this.kb = view;
        this.audience = audience;
        this.periode = periode;
        this.disclosure = new Disclosure(view.site().kDrempel());
        this.publiek = audience == Zichtbaarheid.PUBLIEK;
    }

    /** @param view the knowledge base as {@code audience} may see it ({@code AudienceView.filter}) */
    public static Rapport compute(KnowledgeBase view, Zichtbaarheid audience, Periode periode) {
        return new WeeffoutReport(view, audience, periode).run();
    }

    /** Default period: the twelve months up to the newest case. */
    public static Rapport compute(KnowledgeBase view, Zichtbaarheid audience) {
        return compute(view, audience, Periode.defaults(view, null, null));
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

    private boolean structural(List<Casus> cases) {
        long wijken = cases.stream().map(Casus::wijk).distinct().count();
        return cases.size() >= kb.site().minCasussen() && wijken >= kb.site().minWijken();
    }

    private Rapport run() {
        List<Casus> inPeriod = kb.casussen().stream().filter(c -> periode.contains(c.datum())).toList();
        List<Casus> previous = kb.casussen().stream().filter(c -> periode.containsPrevious(c.datum())).toList();
        List<Casus> upToEnd = kb.casussen().stream().filter(c -> c.datum() != null && !c.datum().isAfter(periode.tot()))
                .sorted(Comparator.comparing(Casus::datum).thenComparing(Casus::id)).toList();
        Map<String, List<Casus>> now = byWeeffout(inPeriod);
        Map<String, List<Casus>> before = byWeeffout(previous);
        Map<String, List<Casus>> ever = byWeeffout(upToEnd);
        List<String> kwartalen = quarters(periode.van(), periode.tot());

        // Trend table first: its complementary suppression also decides what the row totals show.
        List<Weeffout> weeffouten = kb.weeffouten();
        int[][] cells = new int[weeffouten.size()][kwartalen.size()];
        int[] rowTotals = new int[weeffouten.size()];
        for (int r = 0; r < weeffouten.size(); r++) {
            List<Casus> cs = now.getOrDefault(weeffouten.get(r).id(), List.of());
            rowTotals[r] = cs.size();
            for (Casus c : cs) {
                cells[r][kwartalen.indexOf(quarter(c.datum()))]++;
            }
        }
        int[] colTotals = new int[kwartalen.size()];
        for (Casus c : inPeriod) {
            if (!weeffoutIds(c).isEmpty()) {
                colTotals[kwartalen.indexOf(quarter(c.datum()))]++;
            }
        }
        Aantal[][] trend = disclosure.table(cells, rowTotals, colTotals);

        List<Regel> regels = new ArrayList<>();
        for (int r = 0; r < weeffouten.size(); r++) {
            regels.add(regel(weeffouten.get(r), now.getOrDefault(weeffouten.get(r).id(), List.of()),
                    before.getOrDefault(weeffouten.get(r).id(), List.of()), ever.getOrDefault(weeffouten.get(r).id(), List.of()),
                    List.of(trend[r])));
        }
        // Ordered by what the reader may see: shown counts first, then cost, then id; hidden counts
        // are never ordered among themselves by their real value.
        regels.sort(Comparator.comparingInt((Regel g) -> g.casussen().verborgen() ? -1 : g.casussen().getoond()).reversed()
                .thenComparing(g -> g.kosten().verschil(), Comparator.reverseOrder()).thenComparing(Regel::id));
        List<String> order = regels.stream().map(Regel::id).toList();

        List<Casus> withWeeffout = inPeriod.stream().filter(c -> !weeffoutIds(c).isEmpty()).toList();
        List<Casus> withWeeffoutBefore = previous.stream().filter(c -> !weeffoutIds(c).isEmpty()).toList();
        Map<String, Weeffout> wById = kb.weeffoutById();

        Tabel perCategorie = breakdown(Weeffout.CATEGORIEEN.stream().filter(cat -> weeffouten.stream()
                .anyMatch(w -> w.categorie().equals(cat))).toList(), Labels::of,
                cat -> c -> weeffoutIds(c).stream().anyMatch(id -> wById.get(id).categorie().equals(cat)),
                cat -> w -> w.categorie().equals(cat), withWeeffout, order);
        Tabel perEigenaar = breakdown(weeffouten.stream().map(Weeffout::eigenaar).distinct()
                .sorted(Comparator.comparingInt(e -> Weeffout.EIGENAREN.indexOf(e))).toList(), Labels::of,
                own -> c -> weeffoutIds(c).stream().anyMatch(id -> wById.get(id).eigenaar().equals(own)),
                own -> w -> w.eigenaar().equals(own), withWeeffout, order);
        Map<String, Vuistregel> vById = kb.vuistregelById();
        Tabel perVuistregel = breakdown(kb.vuistregels().stream().map(Vuistregel::id).toList(), id -> vById.get(id).kort(),
                v -> c -> c.vuistregels().contains(v), null, withWeeffout, order);
        Tabel perWijk = breakdown(List.copyOf(kb.site().wijken().keySet()), kb.site()::wijkNaam,
                wijk -> c -> wijk.equals(c.wijk()), null, withWeeffout, order);

        Totalen totalen = new Totalen(disclosure.count(inPeriod.size()), disclosure.count(previous.size()),
                disclosure.count(withWeeffout.size()), disclosure.count(withWeeffoutBefore.size()), Bedragen.of(inPeriod),
                Bedragen.of(previous), (int) regels.stream().filter(Regel::structureel).count(),
                (int) regels.stream().filter(Regel::nieuwStructureel).count());
        List<Aantal> kwartaalTotalen = java.util.Arrays.stream(colTotals).mapToObj(disclosure::count).toList();
        List<Kandidaat> kandidaten = kandidaten(upToEnd);
        Optional<Uitstroom> uitstroom = kb.monitor().map(m -> Uitstroom.of(m, disclosure));
        LocalDate standVan = upToEnd.isEmpty() ? periode.tot() : upToEnd.get(upToEnd.size() - 1).datum();
        Samenvatting samenvatting = samenvatting(regels, totalen);
        Map<String, Regel> regelById = new LinkedHashMap<>();
        regels.forEach(g -> regelById.put(g.id(), g));
        BetalerKosten betalers = BetalerKosten.of(inPeriod, WeeffoutReport::weeffoutIds, order,
                id -> geldPerWeeffoutTonen(regelById.get(id)));
        Agenda agenda = Agenda.of(order.stream().map(wById::get).toList(), upToEnd, WeeffoutReport::weeffoutIds, standVan,
                audience == Zichtbaarheid.PROFESSIONALS);
        return new Rapport(periode, standVan, audience, disclosure.k(), kb.site().minCasussen(), kb.site().minWijken(),
                kwartalen, List.copyOf(regels), kwartaalTotalen, totalen, perCategorie, perVuistregel, perWijk, perEigenaar,
                kandidaten, uitstroom, samenvatting, betalers, agenda);
    }

    /**
     * Money figures of one weeffout are shown where its count is shown; professionals see the cases
     * themselves, so they see every figure.
     */
    private boolean geldPerWeeffoutTonen(Regel r) {
        return audience == Zichtbaarheid.PROFESSIONALS || !r.casussen().verborgen();
    }

    private Map<String, List<Casus>> byWeeffout(List<Casus> cases) {
        Map<String, List<Casus>> out = new LinkedHashMap<>();
        for (Casus c : cases) {
            for (String id : weeffoutIds(c)) {
                out.computeIfAbsent(id, k -> new ArrayList<>()).add(c);
            }
        }
        return out;
    }

    private Regel regel(Weeffout w, List<Casus> now, List<Casus> before, List<Casus> ever, List<Aantal> trend) {
        Aantal casussen = disclosure.count(now.size());
        Aantal vorige = disclosure.count(before.size());
        boolean structureel = structural(now);
        boolean vorigeStructureel = structural(before);
        String verandering;
        if (casussen.verborgen() || vorige.verborgen()) {
            verandering = "niet te vergelijken: minder dan " + disclosure.k() + " casussen";
        } else {
            int d = casussen.getoond() - vorige.getoond();
            verandering = d == 0 ? "gelijk" : (d > 0 ? "+" : "") + d;
        }
        long dagen = w.gesignaleerdOp() == null || w.gesignaleerdOp().isAfter(periode.tot()) ? 0
                : ChronoUnit.DAYS.between(w.gesignaleerdOp(), periode.tot());
        boolean zichtbaar = !publiek || !casussen.verborgen();
        List<CasusRef> lijst = zichtbaar ? now.stream().sorted(Comparator.comparing(Casus::datum).thenComparing(Casus::id))
                .map(this::ref).toList() : List.of();
        return new Regel(w.id(), w.titel(), w.categorie(), w.eigenaar(), w.schotten(), w.status(), w.gesignaleerdOp(), dagen,
                w.beschrijving(), w.voorstel(), casussen, (int) now.stream().map(Casus::wijk).distinct().count(),
                (int) now.stream().flatMap(c -> c.partijen().stream()).distinct().count(),
                ever.isEmpty() ? null : ever.get(0).datum(), ever.isEmpty() ? null : ever.get(ever.size() - 1).datum(),
                trend, structureel, structureel && !vorigeStructureel, vorigeStructureel, vorige, verandering,
                Bedragen.of(now), zichtbaar, lijst, w.opgelostOp(), w.barriere(), w.escalatieniveau(), w.besluiten());
    }

    private CasusRef ref(Casus c) {
        return new CasusRef(c.id(), c.titel(), c.datum(), kb.site().wijkNaam(c.wijk()));
    }

    /**
     * @param weeffoutTest which weeffouten belong to a row; null: those met in the row's cases
     */
    private Tabel breakdown(List<String> ids, Function<String, String> label, Function<String, Predicate<Casus>> caseTest,
            Function<String, Predicate<Weeffout>> weeffoutTest, List<Casus> cases, List<String> order) {
        int[] counts = new int[ids.size()];
        List<Uitsplitsing> rows = new ArrayList<>();
        List<List<String>> lists = new ArrayList<>();
        List<Bedragen> costs = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            List<Casus> cs = cases.stream().filter(caseTest.apply(id)).toList();
            counts[i] = cs.size();
            Set<String> ws = new LinkedHashSet<>();
            if (weeffoutTest != null) {
                kb.weeffouten().stream().filter(weeffoutTest.apply(id)).forEach(w -> ws.add(w.id()));
            } else {
                cs.forEach(c -> ws.addAll(weeffoutIds(c)));
            }
            lists.add(order.stream().filter(ws::contains).toList());
            costs.add(Bedragen.of(cs));
        }
        Aantal[] shown = disclosure.line(counts, cases.size());
        for (int i = 0; i < ids.size(); i++) {
            rows.add(new Uitsplitsing(ids.get(i), label.apply(ids.get(i)), shown[i], lists.get(i), costs.get(i)));
        }
        return new Tabel(List.copyOf(rows), shown[ids.size()]);
    }

    private List<Kandidaat> kandidaten(List<Casus> cases) {
        List<BlockerClusters.Tekst> vrij = new ArrayList<>();
        List<String> corpus = new ArrayList<>();
        for (Casus c : cases) {
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
            List<Casus> cs = g.leden().stream().map(t -> byId.get(t.casus())).distinct()
                    .sorted(Comparator.comparing(Casus::datum).thenComparing(Casus::id)).toList();
            Aantal n = disclosure.count(cs.size());
            boolean zichtbaar = !publiek || !n.verborgen();
            out.add(new Kandidaat("kandidaat-" + (out.size() + 1), g.kernwoorden(), n, zichtbaar,
                    zichtbaar ? cs.stream().map(this::ref).toList() : List.of(),
                    zichtbaar ? g.leden().stream().map(BlockerClusters.Tekst::toelichting).toList() : List.of()));
        }
        return List.copyOf(out);
    }

    private Samenvatting samenvatting(List<Regel> regels, Totalen totalen) {
        List<String> topCases = regels.stream().filter(r -> !r.casussen().verborgen()).limit(5).map(Regel::id).toList();
        List<String> topCost = regels.stream().filter(r -> r.kosten().verschil().signum() > 0)
                .sorted(Comparator.comparing((Regel r) -> r.kosten().verschil()).reversed().thenComparing(Regel::id))
                .limit(5).map(Regel::id).toList();
        List<String> changes = new ArrayList<>();
        changes.add("Casussen met een weeffout: " + totalen.casussenMetWeeffout().tekst() + " (vorige periode: "
                + totalen.casussenMetWeeffoutVorige().tekst() + ").");
        changes.add("Wat doormodderen kost: " + nl.wijkwijzer.pages.Format.euro(totalen.kosten().verschil())
                + " per jaar (vorige periode: " + nl.wijkwijzer.pages.Format.euro(totalen.kostenVorige().verschil()) + ").");
        for (Regel r : regels) {
            if (r.nieuwStructureel()) {
                changes.add("Nieuw structureel: " + r.titel() + ".");
            } else if (r.vorigeStructureel() && !r.structureel()) {
                changes.add("Niet meer structureel: " + r.titel() + ".");
            }
            if (r.eersteGezien() != null && periode.contains(r.eersteGezien())) {
                changes.add("Voor het eerst in een casus gezien: " + r.titel() + ".");
            }
        }
        List<Regel> open = regels.stream().filter(r -> r.structureel() && !r.status().equals("opgelost")).toList();
        if (open.isEmpty()) {
            // Nothing structural yet: ask for decisions on what occurred in the period (cost order).
            open = regels.stream().filter(r -> r.laatstGezien() != null && periode.contains(r.laatstGezien()))
                    .filter(r -> !r.status().equals("opgelost")).limit(5).toList();
        }
        List<Besluit> besluiten = open.stream()
                .sorted(Comparator.comparingInt((Regel r) -> Weeffout.EIGENAREN.indexOf(r.eigenaar())).thenComparing(
                        Comparator.comparingInt(r -> regels.indexOf(r))))
                .map(r -> new Besluit(r.eigenaar(), Labels.of(r.eigenaar()), r.id(), r.titel(), firstSentence(r.voorstel())))
                .toList();
        return new Samenvatting(topCases, topCost, List.copyOf(changes), besluiten);
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
