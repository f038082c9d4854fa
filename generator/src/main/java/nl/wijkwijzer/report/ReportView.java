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
        v.put("perCategorie", tabel(r, r.perCategorie()));
        v.put("perVuistregel", tabel(r, r.perVuistregel()));
        v.put("perWijk", tabel(r, r.perWijk()));
        v.put("kandidaten", r.kandidaten().stream().map(k -> m("id", k.id(), "kernwoorden", String.join(", ", k.kernwoorden()),
                "casussen", k.casussen().tekst(), "zichtbaar", k.casussenZichtbaar(),
                "casusLijst", k.casusLijst().stream().map(ReportView::casus).toList(), "toelichtingen", k.toelichtingen())).toList());
        v.put("uitstroom", r.uitstroom().map(ReportView::uitstroom).orElse(Map.of()));
        List<Regel> metKosten = r.weeffouten().stream().filter(w -> !w.kosten().verborgen())
                .filter(w -> w.kosten().standaard().signum() > 0 || w.kosten().maatwerk().signum() > 0).toList();
        v.put("kostenSvg", metKosten.isEmpty() ? "" : SvgCharts.horizontalBars("grafiek-kosten",
                "Kosten per jaar per weeffout: standaardroute en maatwerk",
                "Voor elke weeffout de kosten per jaar van de standaardroute en van het maatwerk, opgeteld over de casussen in de periode. "
                        + "De tabel hieronder geeft dezelfde cijfers.",
                metKosten.stream().map(Regel::titel).toList(),
                List.of(new SvgCharts.Series("Standaardroute", STANDAARD, metKosten.stream().map(w -> w.kosten().standaard()).toList()),
                        new SvgCharts.Series("Maatwerk", MAATWERK, metKosten.stream().map(w -> w.kosten().maatwerk()).toList())),
                Format::euro));
        v.put("kostenTabel", metKosten.stream().map(w -> m("titel", w.titel(), "standaard", Format.euro(w.kosten().standaard()),
                "maatwerk", Format.euro(w.kosten().maatwerk()), "verschil", Format.euro(w.kosten().verschil()))).toList());
        v.put("capaciteitSvg", r.uitstroom().filter(u -> !u.kwartalen().isEmpty()).map(u -> SvgCharts.horizontalBars(
                "grafiek-capaciteit", "Plaatsen beschermd wonen: gepland en werkelijk",
                "Per kwartaal het aantal plaatsen volgens het plan (een rechte lijn van " + u.doel().capaciteitStart() + " naar "
                        + u.doel().capaciteitDoel() + ") en het werkelijke aantal. De tabel hieronder geeft dezelfde cijfers.",
                u.kwartalen().stream().map(Uitstroom.Rij::kwartaal).toList(),
                List.of(new SvgCharts.Series("Gepland", MAATWERK, u.kwartalen().stream().map(k -> BigDecimal.valueOf(k.gepland())).toList()),
                        new SvgCharts.Series("Werkelijk", STANDAARD, u.kwartalen().stream().map(k -> BigDecimal.valueOf(k.capaciteit())).toList())),
                b -> Format.number(b.longValue()))).orElse(""));
        return v;
    }

    private static Map<String, Object> casus(WeeffoutReport.CasusRef c) {
        return m("titel", c.titel(), "href", "../casuistiek/" + c.id() + ".html", "datum", Format.date(c.datum()), "wijk", c.wijk());
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

    private static List<Map<String, Object>> agenda(Rapport r) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (WeeffoutReport.Uitsplitsing row : r.perEigenaar().rijen()) {
            out.add(m("eigenaar", row.label(), "casussen", row.casussen().tekst(), "verschil", euro(row.kosten().verschil()),
                    "items", row.weeffouten().stream().map(id -> r.weeffout(id).orElseThrow()).map(w -> m("titel", w.titel(),
                            "href", "#w-" + w.id(), "status", Labels.of(w.status()), "casussen", w.casussen().tekst(),
                            "soort", w.structureel() ? "Structureel" : "Incidenteel", "voorstelHtml", Markdown.toHtml(w.voorstel()),
                            "voorstelTekst", plain(w.voorstel()))).toList()));
        }
        return out;
    }

    private static Map<String, Object> tabel(Rapport r, Tabel t) {
        return m("rijen", t.rijen().stream().map(u -> m("label", u.label(), "casussen", u.casussen().tekst(),
                "weeffouten", String.join(", ", u.weeffouten().stream().map(id -> r.weeffout(id).orElseThrow().titel()).toList()),
                "verschil", euro(u.kosten().verschil()))).toList(), "totaal", t.totaal().tekst());
    }

    private static Map<String, Object> uitstroom(Uitstroom u) {
        return m("doel", "Van " + u.doel().capaciteitStart() + " naar " + u.doel().capaciteitDoel() + " plaatsen beschermd wonen in "
                        + u.doel().looptijdJaren() + " jaar (vanaf " + u.doel().startjaar() + "); " + u.doel().uitstroomProcent()
                        + "% van de cliënten stroomt uit; niet langer dan " + u.doel().maxVerblijfOpvangMaanden()
                        + " maanden (" + u.doelVerblijfDagen() + " dagen) in de opvang.",
                "nodig", "Daarvoor moeten per kwartaal ongeveer " + u.uitstroomNodigPerKwartaal() + " mensen uitstromen.",
                "fictief", u.fictief(),
                "rijen", u.kwartalen().stream().map(k -> m("kwartaal", k.kwartaal(), "capaciteit", Format.number(k.capaciteit()),
                        "gepland", Format.number(k.gepland()), "verschil", (k.verschil() > 0 ? "+" : "") + Format.number(k.verschil()),
                        "uitstroom", k.uitstroom().tekst(), "instroom", k.instroom().tekst(),
                        "verblijf", Format.number(k.verblijfDagen()) + " dagen",
                        "boven", k.verblijfBovenMax() == 0 ? "binnen het doel" : Format.number(k.verblijfBovenMax()) + " dagen te lang"))
                        .toList());
    }

    /** Markdown as one line of plain text, for the PDF and the terminal. */
    static String plain(String md) {
        return md == null ? "" : md.replaceAll("[*_`#>|]", "").replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1")
                .replaceAll("\\s+", " ").strip();
    }
}
