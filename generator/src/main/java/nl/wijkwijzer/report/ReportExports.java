package nl.wijkwijzer.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.wijkwijzer.report.WeeffoutReport.Rapport;
import nl.wijkwijzer.report.WeeffoutReport.Regel;

/**
 * The machine-readable exports; their columns and fields are documented in docs/rapport-schema.md
 * and only ever grow at the end. Counts are exported as the reader sees them, never the hidden value.
 */
public final class ReportExports {
    public static final String SCHEMA = "wijkwijzer-rapport/1";

    /** The CSV columns, in order. */
    public static final List<String> CSV_COLUMNS = List.of("id", "titel", "categorie", "eigenaar", "status",
            "gesignaleerd_op", "escalatie_dagen", "schotten", "casussen", "casussen_vorige_periode", "wijken", "partners",
            "eerste_gezien", "laatst_gezien", "structureel", "nieuw_structureel", "standaard_per_jaar", "maatwerk_per_jaar",
            "verschil_per_jaar", "voorbeeldcijfers");

    private ReportExports() {
    }

    /** UTF-8 with BOM, ';' separated, decimal comma, CRLF: opens as-is in Dutch Excel. */
    public static byte[] csv(Rapport r) {
        StringBuilder sb = new StringBuilder("\uFEFF");
        sb.append(String.join(";", CSV_COLUMNS)).append("\r\n");
        for (Regel w : r.weeffouten()) {
            List<String> cells = List.of(w.id(), w.titel(), w.categorie(), w.eigenaar(), w.status(),
                    r.bestuur() ? w.gesignaleerdKwartaal() : date(w.gesignaleerdOp()),
                    Long.toString(w.escalatieDagen()), String.join(", ", w.schotten()), w.casussen().tekst(),
                    w.casussenVorige().tekst(), count(w.wijken()), count(w.partners()),
                    date(w.eersteGezien()), date(w.laatstGezien()), w.structureel() ? "ja" : "nee",
                    w.nieuwStructureel() ? "ja" : "nee", dutch(w.kosten().standaard()), dutch(w.kosten().maatwerk()),
                    dutch(w.kosten().verschil()), r.voorbeeldcijfers() ? "ja" : "nee");
            List<String> quoted = new ArrayList<>();
            for (String c : cells) {
                quoted.add(c.contains(";") || c.contains("\"") || c.contains("\n") ? "\"" + c.replace("\"", "\"\"") + "\"" : c);
            }
            sb.append(String.join(";", quoted)).append("\r\n");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] json(Rapport r) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schema", SCHEMA);
        root.put("doelgroep", r.doelgroep().id());
        root.put("periode", obj("van", date(r.periode().van()), "tot", date(r.periode().tot()),
                "vorige_van", date(r.periode().vorigeVan()), "vorige_tot", date(r.periode().vorigeTot())));
        root.put("stand_van", date(r.standVan()));
        root.put("k_drempel", r.kDrempel());
        root.put("structureel", obj("min_casussen", r.minCasussen(), "min_wijken", r.minWijken()));
        root.put("kwartalen", r.kwartalen());
        root.put("totalen", obj("casussen", aantal(r.totalen().casussen()),
                "casussen_vorige_periode", aantal(r.totalen().casussenVorige()),
                "casussen_met_weeffout", aantal(r.totalen().casussenMetWeeffout()),
                "casussen_met_weeffout_vorige_periode", aantal(r.totalen().casussenMetWeeffoutVorige()),
                "kosten", kosten(r.totalen().kosten()), "kosten_vorige_periode", kosten(r.totalen().kostenVorige()),
                "structureel", r.totalen().structureel(), "nieuw_structureel", r.totalen().nieuwStructureel(),
                "per_kwartaal", r.kwartaalTotalen().stream().map(ReportExports::aantal).toList()));
        List<Object> ws = new ArrayList<>();
        for (Regel w : r.weeffouten()) {
            ws.add(obj("id", w.id(), "titel", w.titel(), "categorie", w.categorie(), "eigenaar", w.eigenaar(),
                    "status", w.status(), "gesignaleerd_op", jsonDate(w.gesignaleerdOp()), "escalatie_dagen", w.escalatieDagen(),
                    "schotten", w.schotten(), "casussen", aantal(w.casussen()),
                    "casussen_vorige_periode", aantal(w.casussenVorige()), "wijken", w.wijken(), "partners", w.partners(),
                    "eerste_gezien", jsonDate(w.eersteGezien()), "laatst_gezien", jsonDate(w.laatstGezien()),
                    "per_kwartaal", w.perKwartaal().stream().map(ReportExports::aantal).toList(),
                    "structureel", w.structureel(), "nieuw_structureel", w.nieuwStructureel(),
                    "kosten", kosten(w.kosten()),
                    "casussen_lijst", w.casussenZichtbaar() ? w.casusLijst().stream().map(WeeffoutReport.CasusRef::id).toList() : null,
                    "gesignaleerd_kwartaal", w.gesignaleerdKwartaal().isEmpty() ? null : w.gesignaleerdKwartaal()));
        }
        root.put("weeffouten", ws);
        root.put("kandidaten", r.kandidaten().stream().map(k -> (Object) obj("id", k.id(), "kernwoorden", k.kernwoorden(),
                "casussen", aantal(k.casussen()),
                "casussen_lijst", k.casussenZichtbaar() ? k.casusLijst().stream().map(WeeffoutReport.CasusRef::id).toList() : null))
                .toList());
        root.put("uitstroom", r.uitstroom().map(u -> (Object) obj(
                "doel", obj("capaciteit_start", u.doel().capaciteitStart(), "capaciteit_doel", u.doel().capaciteitDoel(),
                        "uitstroom_procent", u.doel().uitstroomProcent(), "looptijd_jaren", u.doel().looptijdJaren(),
                        "startjaar", u.doel().startjaar(), "max_verblijf_opvang_dagen", u.doelVerblijfDagen(),
                        "uitstroom_nodig_per_kwartaal", u.uitstroomNodigPerKwartaal()),
                "fictief", u.fictief(),
                "kwartalen", u.kwartalen().stream().map(k -> (Object) obj("kwartaal", k.kwartaal(), "capaciteit", k.capaciteit(),
                        "capaciteit_gepland", k.gepland(), "verschil", k.verschil(), "uitstroom", aantal(k.uitstroom()),
                        "instroom", aantal(k.instroom()), "verblijf_opvang_dagen", k.verblijfDagen(),
                        "verblijf_boven_max_dagen", k.verblijfBovenMax())).toList())).orElse(null));
        root.put("voorbeeldcijfers", r.voorbeeldcijfers());
        root.put("label", r.voorbeeldcijfers() ? Rapport.VOORBEELD_LABEL : null);
        root.put("intern", r.intern());
        root.put("audit", r.audit().map(a -> (Object) obj("cellen", a.cellen(), "primair", a.primair(), "secundair", a.secundair(),
                "aandeel_verborgen_procent", a.aandeelVerborgen(), "beschermingsbereik", a.bescherming(),
                "kleinste_bereik", a.kleinsteBereik(), "veilig", a.veilig())).orElse(null));
        StringBuilder sb = new StringBuilder();
        sb.append(nl.wijkwijzer.json.Json.pretty(root));
        sb.append('\n');
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    // ------------------------------------------------------------------ helpers

    /** A hidden amount or count reads as the reader sees it elsewhere: "niet getoond". */
    static String dutch(BigDecimal amount) {
        if (amount == null) {
            return Aantal.NIET_GETOOND;
        }
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }

    private static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    private static String jsonDate(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static String count(Integer n) {
        return n == null ? Aantal.NIET_GETOOND : Integer.toString(n);
    }

    private static BigDecimal amount(BigDecimal b) {
        return b == null ? null : b.setScale(2, RoundingMode.HALF_UP);
    }

    private static Map<String, Object> aantal(Aantal a) {
        return obj("aantal", a.getoond(), "tekst", a.tekst());
    }

    private static Map<String, Object> kosten(WeeffoutReport.Bedragen b) {
        return obj("standaard_per_jaar", amount(b.standaard()), "maatwerk_per_jaar", amount(b.maatwerk()),
                "verschil_per_jaar", amount(b.verschil()));
    }

    private static Map<String, Object> obj(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
