package nl.wijkwijzer.report;

import static nl.wijkwijzer.pages.PagePlanner.m;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.wijkwijzer.markdown.Markdown;
import nl.wijkwijzer.pages.Format;
import nl.wijkwijzer.pages.Labels;
import nl.wijkwijzer.render.TrustedMarkup;
import nl.wijkwijzer.report.WeeffoutReport.Rapport;
import nl.wijkwijzer.report.WeeffoutReport.Regel;
import nl.wijkwijzer.report.WeeffoutReport.Tabel;

/** Turns a {@link Rapport} into the ready strings the report templates place (site page and PDF). */
final class ReportView {
    private static final String STANDAARD = "#8a3b12";
    private static final String MAATWERK = "#1f5f8b";

    private ReportView() {
    }

    static String periode(Rapport r) {
        return Format.date(r.periode().van()) + " tot en met " + Format.date(r.periode().tot());
    }

    static Map<String, Object> model(Rapport r) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("periode", periode(r));
        v.put("vorigePeriode", Format.date(r.periode().vorigeVan()) + " tot en met " + Format.date(r.periode().vorigeTot()));
        v.put("standVan", Format.date(r.standVan()));
        v.put("doelgroep", Labels.of(r.doelgroep().id()));
        v.put("bestuur", r.bestuur());
        v.put("kDrempel", r.kDrempel());
        v.put("voorbeeldLabel", r.voorbeeldcijfers() ? Rapport.VOORBEELD_LABEL : "");
        v.put("voorbeeldUitleg", r.voorbeeldcijfers() ? "De cijfers komen uit verzonnen lescasussen. Ze laten zien hoe het rapport werkt en "
                + "zeggen niets over echte inwoners." : "");
        v.put("intern", r.intern() ? "Intern: zelf gekozen periode. Dit rapport is niet bedoeld om te publiceren." : "");
        v.put("drempelUitleg", drempelUitleg(r));
        v.put("audit", r.audit().map(a -> m("cellen", Format.number(a.cellen()), "verborgen", Format.number(a.primair() + a.secundair()),
                "primair", Format.number(a.primair()), "secundair", Format.number(a.secundair()),
                "aandeel", String.valueOf(a.aandeelVerborgen()).replace('.', ','),
                "kleinste", a.kleinsteBereik() == null ? "geen grens" : Format.number(a.kleinsteBereik()))).orElse(Map.of()));
        v.put("structureelUitleg", "Structureel: minstens " + r.minCasussen() + " casussen in minstens " + r.minWijken()
                + " wijken in deze periode.");
        v.put("top", r.samenvatting().topOpCasussen().stream().map(id -> r.weeffout(id).orElseThrow())
                .map(w -> m("titel", w.titel(), "href", "#w-" + w.id(), "casussen", w.casussen().tekst())).toList());
        v.put("topKosten", r.samenvatting().topOpKosten().stream().map(id -> r.weeffout(id).orElseThrow())
                .map(w -> m("titel", w.titel(), "href", "#w-" + w.id(), "verschil", euro(w.kosten().verschil()))).toList());
        v.put("veranderingen", r.samenvatting().veranderingen());
        Map<String, List<Map<String, Object>>> besluiten = new LinkedHashMap<>();
        r.samenvatting().besluiten().forEach(b -> besluiten.computeIfAbsent(b.eigenaarLabel(), k -> new ArrayList<>())
                .add(m("titel", b.titel(), "href", "#w-" + b.weeffout(), "voorstel", b.voorstel())));
        v.put("besluiten", besluiten.entrySet().stream().map(e -> m("eigenaar", e.getKey(), "items", e.getValue())).toList());
        var t = r.totalen();
        v.put("totalen", m("casussen", t.casussen().tekst(), "casussenVorige", t.casussenVorige().tekst(),
                "metWeeffout", t.casussenMetWeeffout().tekst(), "metWeeffoutVorige", t.casussenMetWeeffoutVorige().tekst(),
                "standaard", euro(t.kosten().standaard()), "maatwerk", euro(t.kosten().maatwerk()),
                "verschil", euro(t.kosten().verschil()), "verschilVorige", euro(t.kostenVorige().verschil()),
                "structureel", t.structureel(), "nieuwStructureel", t.nieuwStructureel(),
                "aantalWeeffouten", r.weeffouten().size()));
        v.put("kwartalen", r.kwartalen());
        v.put("trend", r.weeffouten().stream().map(w -> m("titel", w.titel(), "href", "#w-" + w.id(),
                "cells", w.perKwartaal().stream().map(Aantal::tekst).toList(), "totaal", w.casussen().tekst())).toList());
        v.put("trendTotalen", r.kwartaalTotalen().stream().map(Aantal::tekst).toList());
        v.put("trendTotaal", t.casussenMetWeeffout().tekst());
        v.put("weeffouten", r.weeffouten().stream().map(w -> regel(w, r.bestuur())).toList());
        v.put("agenda", agenda(r));
        v.put("teLaat", r.agenda().eigenaren().stream().mapToLong(Agenda.Eigenaar::teLaat).sum());
        v.put("perCategorie", tabel(r, r.perCategorie()));
        v.put("perVuistregel", tabel(r, r.perVuistregel()));
        v.put("perWijk", tabel(r, r.perWijk()));
        v.put("kandidaten", r.kandidaten().stream().map(k -> m("id", k.id(), "kernwoorden", String.join(", ", k.kernwoorden()),
                "casussen", k.casussen().tekst(), "zichtbaar", k.casussenZichtbaar(),
                "casusLijst", k.casusLijst().stream().map(ReportView::casus).toList(), "toelichtingen", k.toelichtingen())).toList());
        v.put("uitstroom", r.uitstroom().map(ReportView::uitstroom).orElse(Map.of()));
        List<Regel> metKosten = r.weeffouten().stream().filter(w -> !w.kosten().verborgen())
                .filter(w -> w.kosten().standaard().signum() > 0 || w.kosten().maatwerk().signum() > 0).toList();
        v.put("kostenSvg", metKosten.isEmpty() ? TrustedMarkup.EMPTY : TrustedMarkup.svg(SvgCharts.horizontalBars("grafiek-kosten",
                "Kosten per jaar per weeffout: standaardroute en maatwerk",
                "Voor elke weeffout de kosten per jaar van de standaardroute en van het maatwerk, opgeteld over de casussen in de periode. "
                        + "De tabel hieronder geeft dezelfde cijfers.",
                metKosten.stream().map(Regel::titel).toList(),
                List.of(new SvgCharts.Series("Standaardroute", STANDAARD, metKosten.stream().map(w -> w.kosten().standaard()).toList()),
                        new SvgCharts.Series("Maatwerk", MAATWERK, metKosten.stream().map(w -> w.kosten().maatwerk()).toList())),
                Format::euro)));
        v.put("kostenTabel", metKosten.stream().map(w -> m("titel", w.titel(), "standaard", euro(w.kosten().standaard()),
                "maatwerk", euro(w.kosten().maatwerk()), "verschil", euro(w.kosten().verschil()))).toList());
        List<Map<String, Object>> doelen = r.uitstroom().map(u -> u.doelen().stream().map(ReportView::doel).toList())
                .orElse(List.of());
        // The capacity chart keeps its key: the PDF template places it too.
        v.put("capaciteitSvg", doelen.stream().filter(d -> d.get("id").equals("capaciteit")).map(d -> d.get("svg")).findFirst()
                .orElse(TrustedMarkup.EMPTY));
        v.put("betalers", overzicht(r.betalers().totaal()));
        v.put("betalersPerWeeffout", r.betalers().perWeeffout().stream().map(p -> {
            Map<String, Object> o = overzicht(p.overzicht());
            Regel w = r.weeffout(p.weeffout()).orElseThrow();
            o.put("titel", w.titel());
            o.put("href", "#w-" + w.id());
            return o;
        }).toList());
        v.put("betalersWeggelaten", r.betalers().weggelaten());
        v.put("alarmen", r.agenda().alarmen().stream().map(a -> m("titel", a.titel(), "href", "#w-" + a.weeffout(),
                "zin", a.zin(), "opgelostOp", Format.date(a.opgelostOp()))).toList());
        return v;
    }

    private static Map<String, Object> casus(WeeffoutReport.CasusRef c) {
        return m("titel", c.titel(), "href", "../" + nl.wijkwijzer.pages.Urls.casus(c.id()), "datum", Format.date(c.datum()), "wijk", c.wijk());
    }

    /** An amount, or "niet getoond" when it belongs to a hidden count (bestuur report). */
    static String euro(BigDecimal amount) {
        return amount == null ? Aantal.NIET_GETOOND : Format.euro(amount);
    }

    private static String count(Integer n) {
        return n == null ? Aantal.NIET_GETOOND : Format.number(n);
    }

    static String drempelUitleg(Rapport r) {
        return switch (r.doelgroep()) {
            case PUBLIEK -> "Dit openbare rapport telt alleen de casussen die op deze site staan. Die kan iedereen lezen, "
                    + "daarom tonen we de aantallen precies.";
            case PROFESSIONALS -> "Dit rapport telt alle casussen en toont alle aantallen precies. Het is alleen voor professionals, "
                    + "die de casussen ook zelf kunnen lezen.";
            case BESTUUR -> "Dit rapport telt alle casussen, ook die alleen professionals zien. Kleine aantallen"
                    + " tonen we niet (van 1 tot en met " + (r.kDrempel() - 1) + "). Soms verbergen we ook een groter aantal, omdat je een klein aantal anders kunt uitrekenen. "
                    + "Er staat dan \"niet getoond\". Een controle rekent bij elke bouw na dat niemand een verborgen aantal kan "
                    + "terugrekenen, ook niet met de openbare site erbij. Bij een verborgen aantal tonen we ook de kosten niet.";
        };
    }

    private static Map<String, Object> regel(Regel w, boolean bestuur) {
        return m("id", w.id(), "titel", w.titel(), "href", bestuur ? "#w-" + w.id() : "../weeffouten/" + w.id() + ".html",
                "categorie", Labels.of(w.categorie()), "eigenaar", Labels.of(w.eigenaar()), "status", Labels.of(w.status()),
                "gesignaleerd", bestuur ? "kwartaal " + w.gesignaleerdKwartaal() : Format.date(w.gesignaleerdOp()),
                "escalatie", Format.number(w.escalatieDagen()) + " dagen",
                "statusTekst", statusTekst(w, bestuur), "barriere", word(w.barriere()), "escalatieniveau", word(w.escalatieniveau()),
                "besluiten", w.besluiten().stream().map(b -> m("datum", Format.date(b.datum()), "orgaan", b.orgaan(),
                        "besluit", b.besluit(), "eigenaar", Labels.of(b.eigenaar()),
                        "termijn", b.termijn() == null ? "geen" : Format.date(b.termijn()), "status", word(b.status()))).toList(),
                "schotten", String.join(", ", w.schotten()), "casussen", w.casussen().tekst(),
                "casussenVorige", w.casussenVorige().tekst(), "verandering", w.verandering(),
                "wijken", count(w.wijken()), "partners", count(w.partners()),
                "eersteGezien", bestuur ? "" : w.eersteGezien() == null ? "nog niet" : Format.date(w.eersteGezien()),
                "laatstGezien", bestuur ? "" : w.laatstGezien() == null ? "nog niet" : Format.date(w.laatstGezien()),
                "soort", w.casussen().verborgen() ? "Aantal niet getoond" : w.structureel() ? "Structureel" : "Incidenteel",
                "nieuw", w.nieuwStructureel(),
                "standaard", euro(w.kosten().standaard()), "maatwerk", euro(w.kosten().maatwerk()),
                "verschil", euro(w.kosten().verschil()),
                "voorstelHtml", Markdown.toHtml(w.voorstel()), "voorstelTekst", plain(w.voorstel()),
                "zichtbaar", w.casussenZichtbaar(), "casusLijst", w.casusLijst().stream().map(ReportView::casus).toList());
    }

    /** The agenda per owner: open decisions (overdue first) and the weeffouten they can remove. */
    private static List<Map<String, Object>> agenda(Rapport r) {
        Map<String, WeeffoutReport.Uitsplitsing> rows = new LinkedHashMap<>();
        r.perEigenaar().rijen().forEach(u -> rows.put(u.id(), u));
        List<Map<String, Object>> out = new ArrayList<>();
        for (Agenda.Eigenaar e : r.agenda().eigenaren()) {
            WeeffoutReport.Uitsplitsing row = rows.get(e.eigenaar());
            out.add(m("eigenaar", e.label(), "id", e.eigenaar(), "teLaat", e.teLaat(),
                    "casussen", row == null ? "" : row.casussen().tekst(),
                    "verschil", row == null ? "" : euro(row.kosten().verschil()),
                    "items", e.punten().stream().map(p -> {
                        Regel w = r.weeffout(p.weeffout()).orElseThrow();
                        return m("soort", p.soort(), "titel", w.titel(), "href", "#w-" + w.id(), "tekst", p.tekst(),
                                "orgaan", p.orgaan(), "datum", p.datum() == null ? "" : Format.date(p.datum()),
                                "termijn", p.termijn() == null ? "" : Format.date(p.termijn()), "teLaat", p.teLaat(),
                                "status", Labels.of(w.status()), "casussen", w.casussen().tekst(),
                                "structureel", w.structureel() ? "Structureel" : "Incidenteel",
                                "voorstelHtml", p.soort().equals("weeffout") ? Markdown.toHtml(w.voorstel()) : "",
                                "voorstelTekst", plain(w.voorstel()));
                    }).toList()));
        }
        return out;
    }

    /** "Opgelost, sinds <opgelost-op>" or "<status>, gesignaleerd op <date> (<n> dagen)". */
    static String statusTekst(Regel w, boolean bestuur) {
        if ("opgelost".equals(w.status())) {
            return "Opgelost, sinds " + (w.opgelostOp() == null ? "onbekend" : Format.date(w.opgelostOp()));
        }
        if (bestuur) {
            // The bestuur report names periods, not days (see "Vertrouwelijkheidsmodel").
            return Labels.of(w.status()) + ", gesignaleerd in kwartaal " + w.gesignaleerdKwartaal();
        }
        return Labels.of(w.status()) + ", gesignaleerd op " + Format.date(w.gesignaleerdOp()) + " ("
                + Format.number(w.escalatieDagen()) + " dagen)";
    }

    private static final Map<String, String> WORDS = Map.of("wet", "Wet", "lokale-regel", "Lokale regel",
            "uitvoeringspraktijk", "Uitvoeringspraktijk", "onduidelijkheid", "Onduidelijkheid", "lokaal", "Lokaal",
            "regionaal", "Regionaal", "landelijk", "Landelijk", "open", "Open", "uitgevoerd", "Uitgevoerd", "vervallen", "Vervallen");

    static String word(String id) {
        return id == null || id.isEmpty() ? "" : WORDS.getOrDefault(id, id);
    }

    private static Map<String, Object> overzicht(BetalerKosten.Overzicht o) {
        return m("leeg", o.leeg(), "zin", o.zin(), "eenmaligZin", o.eenmaligZin(), "verkeerdeZak", o.verkeerdeZak(),
                "heeftEenmalig", !o.eenmaligZin().isEmpty(),
                "rijen", o.regels().stream().map(ReportView::betaler).toList(), "som", betaler(o.som()));
    }

    private static Map<String, Object> betaler(BetalerKosten.Regel b) {
        return m("label", b.label(), "standaard", Format.euro(b.standaardPerJaar()), "maatwerk", Format.euro(b.maatwerkPerJaar()),
                "verschil", (b.verschilPerJaar().signum() > 0 ? "bespaart " : b.verschilPerJaar().signum() < 0 ? "betaalt extra " : "")
                        + Format.euro(b.verschilPerJaar().abs()),
                "standaardEenmalig", Format.euro(b.standaardEenmalig()), "maatwerkEenmalig", Format.euro(b.maatwerkEenmalig()));
    }

    private static Map<String, Object> tabel(Rapport r, Tabel t) {
        return m("rijen", t.rijen().stream().map(u -> m("label", u.label(), "casussen", u.casussen().tekst(),
                "weeffouten", String.join(", ", u.weeffouten().stream().map(id -> r.weeffout(id).orElseThrow().titel()).toList()),
                "verschil", euro(u.kosten().verschil()))).toList(), "totaal", t.totaal().tekst());
    }

    private static Map<String, Object> uitstroom(Uitstroom u) {
        boolean plan = u.kwartalen().stream().anyMatch(k -> k.capaciteitGepland() != null);
        boolean teLang = u.kwartalen().stream().anyMatch(k -> k.opvangTeLangProcent() != null);
        boolean totNu = u.kwartalen().stream().anyMatch(k -> k.uitstroomTotNuProcent() != null);
        return m("fictief", u.fictief(), "doelen", u.doelen().stream().map(ReportView::doel).toList(),
                "metPlan", plan, "metTeLang", teLang, "metTotNu", totNu,
                "rijen", u.kwartalen().stream().map(k -> m("kwartaal", k.kwartaal(), "capaciteit", Format.number(k.capaciteit()),
                        "gepland", k.capaciteitGepland() == null ? "" : Format.number(k.capaciteitGepland()),
                        "uitstroom", k.uitstroom().tekst(), "instroom", k.instroom().tekst(),
                        "totNu", k.uitstroomTotNuProcent() == null ? "" : Math.round(k.uitstroomTotNuProcent()) + "%",
                        "verblijf", Format.number(k.verblijfDagen()) + " dagen",
                        "teLang", k.opvangTeLangProcent() == null ? "" : k.opvangTeLangProcent() + "%"))
                        .toList());
    }

    private static final String PLAN = "#1f5f8b";
    private static final String WERKELIJK = "#8a3b12";

    /** One goal of the monitor: the verdict, the key figures beside the chart, and the chart. */
    static Map<String, Object> doel(Uitstroom.Doel d) {
        List<String> quarters = new ArrayList<>();
        d.reeks().forEach(p -> quarters.add(p.kwartaal()));
        d.projectie().stream().map(Uitstroom.Punt::kwartaal).filter(q -> !quarters.contains(q)).forEach(quarters::add);
        List<Double> plan = new ArrayList<>();
        List<Double> actual = new ArrayList<>();
        List<Double> trend = new ArrayList<>();
        for (String q : quarters) {
            int i = Uitstroom.index(q);
            plan.add(Uitstroom.plan(d.start(), d.doel(), d.startjaar(), d.doeljaar(), i));
            actual.add(d.reeks().stream().filter(p -> p.kwartaal().equals(q)).map(Uitstroom.Punt::waarde).findFirst().orElse(null));
            trend.add(d.projectie().stream().filter(p -> p.kwartaal().equals(q)).map(Uitstroom.Punt::waarde).findFirst().orElse(null));
        }
        boolean pct = d.eenheid().equals("%");
        java.util.function.Function<Double, String> fmt = x -> pct ? Math.round(x) + "%" : Format.number(Math.round(x));
        String svg = quarters.isEmpty() ? "" : SvgCharts.lines("grafiek-" + d.id(), d.titel() + ": plan, werkelijk en trend",
                d.omschrijving() + " De lijn 'Plan' loopt recht van de start naar het doel. De lijn 'Werkelijk' geeft de cijfers per "
                        + "kwartaal, de stippellijn 'Trend' laat zien waar het heen gaat. De cijfers staan naast de grafiek.",
                quarters, List.of(new SvgCharts.Line("Plan", PLAN, "", false, plan),
                        new SvgCharts.Line("Werkelijk", WERKELIJK, "", true, actual),
                        new SvgCharts.Line("Trend", WERKELIJK, "6 4", false, trend)), fmt);
        Uitstroom.Punt last = d.laatste();
        List<Map<String, Object>> cijfers = new ArrayList<>();
        cijfers.add(m("naam", "Start (" + d.startjaar() + ")", "waarde", fmt.apply(d.start())));
        cijfers.add(m("naam", "Doel (eind " + d.doeljaar() + ")", "waarde", fmt.apply(d.doel())));
        if (last != null) {
            cijfers.add(m("naam", "Werkelijk (" + last.kwartaal() + ")", "waarde", fmt.apply(last.waarde())));
            cijfers.add(m("naam", "Plan (" + last.kwartaal() + ")", "waarde", fmt.apply(last.plan())));
            cijfers.add(m("naam", "Marge", "waarde", Uitstroom.decimal(d.marge()) + (pct ? " procentpunt" : " plaatsen")));
        }
        if (d.trendPerKwartaal() != null) {
            cijfers.add(m("naam", "Trend per kwartaal (laatste " + d.trendKwartalen() + ")", "waarde",
                    (d.trendPerKwartaal() >= 0 ? "+" : "-") + Uitstroom.decimal(Math.abs(d.trendPerKwartaal()))
                            + (pct ? " procentpunt" : " plaatsen")));
        }
        if (d.verwachtOpDoel() != null) {
            cijfers.add(m("naam", "Verwacht eind " + d.doeljaar(), "waarde", fmt.apply(d.verwachtOpDoel())));
        }
        if (d.doelGehaaldIn() != null) {
            cijfers.add(m("naam", "Doel gehaald in (verwacht)", "waarde", d.doelGehaaldIn()));
        }
        return m("id", d.id(), "titel", d.titel(), "omschrijving", d.omschrijving(),
                "oordeel", d.oordeel() == null ? "geen oordeel" : d.oordeel().tekst(),
                "oordeelId", d.oordeel() == null ? "geen" : d.oordeel().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                "zin", d.zin(), "cijfers", cijfers, "svg", TrustedMarkup.svg(svg));
    }

    /** Markdown as one line of plain text. */
    static String plain(String md) {
        return md == null ? "" : nl.wijkwijzer.markdown.MarkdownText.of(md).replace('\n', ' ');
    }
}
