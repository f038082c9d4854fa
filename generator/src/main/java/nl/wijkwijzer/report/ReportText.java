package nl.wijkwijzer.report;

import nl.wijkwijzer.pages.Format;
import nl.wijkwijzer.report.WeeffoutReport.Rapport;

/** The bestuurlijke samenvatting as plain text for the terminal. */
public final class ReportText {
    private ReportText() {
    }

    public static String summary(Rapport r) {
        StringBuilder sb = new StringBuilder();
        sb.append("Weeffoutenrapport (").append(nl.wijkwijzer.pages.Labels.of(r.doelgroep().id()).toLowerCase(java.util.Locale.ROOT))
                .append(")\n");
        if (r.voorbeeldcijfers()) {
            sb.append(Rapport.VOORBEELD_LABEL).append('\n');
        }
        if (r.intern()) {
            sb.append("Intern: zelf gekozen periode, niet om te publiceren.\n");
        }
        sb.append("Periode: ").append(ReportView.periode(r)).append(" (stand van ").append(Format.date(r.standVan())).append(")\n");
        sb.append("Vergeleken met: ").append(Format.date(r.periode().vorigeVan())).append(" tot en met ")
                .append(Format.date(r.periode().vorigeTot())).append("\n\n");
        var t = r.totalen();
        sb.append("Casussen met een weeffout: ").append(t.casussenMetWeeffout().tekst()).append('\n');
        sb.append("Structurele weeffouten:    ").append(t.structureel()).append(" van ").append(r.weeffouten().size())
                .append(" (nieuw: ").append(t.nieuwStructureel()).append(")\n");
        sb.append("Wat doormodderen kost:     ").append(ReportView.euro(t.kosten().verschil())).append(" per jaar\n\n");
        sb.append("Meeste casussen:\n");
        if (r.samenvatting().topOpCasussen().isEmpty()) {
            sb.append("  Geen weeffout komt in ").append(r.kDrempel()).append(" of meer casussen voor.\n");
        }
        int i = 1;
        for (String id : r.samenvatting().topOpCasussen()) {
            var w = r.weeffout(id).orElseThrow();
            sb.append("  ").append(i++).append(". ").append(w.titel()).append(": ").append(w.casussen().tekst()).append(" casussen\n");
        }
        sb.append("Hoogste kosten (per jaar):\n");
        i = 1;
        for (String id : r.samenvatting().topOpKosten()) {
            var w = r.weeffout(id).orElseThrow();
            sb.append("  ").append(i++).append(". ").append(w.titel()).append(": ").append(ReportView.euro(w.kosten().verschil())).append('\n');
        }
        sb.append("Wat is er veranderd:\n");
        r.samenvatting().veranderingen().forEach(v -> sb.append("  - ").append(v).append('\n'));
        sb.append("Gevraagde besluiten:\n");
        if (r.samenvatting().besluiten().isEmpty()) {
            sb.append("  Er is nu geen besluit nodig.\n");
        }
        r.samenvatting().besluiten().forEach(b -> sb.append("  - ").append(b.eigenaarLabel()).append(": ").append(b.titel())
                .append(". ").append(b.voorstel()).append('\n'));
        if (!r.agenda().alarmen().isEmpty()) {
            sb.append("Alarm: opgelost, maar weer gezien:\n");
            r.agenda().alarmen().forEach(a -> sb.append("  - ").append(a.zin()).append('\n'));
        }
        long teLaat = r.agenda().eigenaren().stream().mapToLong(Agenda.Eigenaar::teLaat).sum();
        sb.append("Besluiten te laat: ").append(teLaat).append('\n');
        for (Agenda.Eigenaar e : r.agenda().eigenaren()) {
            e.punten().stream().filter(Agenda.Punt::teLaat).forEach(p -> sb.append("  - ").append(e.label()).append(": ")
                    .append(p.tekst()).append(" (termijn ").append(Format.date(p.termijn())).append(")\n"));
        }
        if (!r.betalers().totaal().leeg()) {
            sb.append("Wie betaalt, wie bespaart: ").append(r.betalers().totaal().zin()).append('\n');
            if (!r.betalers().totaal().eenmaligZin().isEmpty()) {
                sb.append("  ").append(r.betalers().totaal().eenmaligZin()).append('\n');
            }
        }
        r.uitstroom().ifPresent(u -> {
            sb.append("Uitstroommonitor").append(u.fictief() ? " (voorbeeldcijfers, fictief)" : "").append(":\n");
            u.doelen().forEach(d -> sb.append("  - ").append(d.titel()).append(": ").append(d.zin()).append('\n'));
        });
        if (!r.kandidaten().isEmpty()) {
            sb.append("Mogelijk nieuwe weeffouten:\n");
            r.kandidaten().forEach(k -> sb.append("  - over ").append(String.join(", ", k.kernwoorden())).append(": ")
                    .append(k.casussen().tekst()).append(" casussen\n"));
        }
        sb.append('\n').append(ReportView.drempelUitleg(r)).append('\n');
        r.audit().ifPresent(a -> sb.append("Controle: ").append(a.primair() + a.secundair()).append(" van ").append(a.cellen())
                .append(" aantallen niet getoond (").append(a.primair()).append(" klein, ").append(a.secundair())
                .append(" om een klein aantal te beschermen); ").append(a.veilig() ? "geen enkel verborgen aantal is terug te rekenen"
                        : "NIET VEILIG").append(" (").append(a.millis()).append(" ms).\n"));
        return sb.toString();
    }
}
