package nl.wijkwijzer.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.wijkwijzer.model.Weeffout;
import nl.wijkwijzer.report.WeeffoutReport.Rapport;
import nl.wijkwijzer.report.WeeffoutReport.Regel;

/**
 * The machine-readable exports; their columns and fields are documented in docs/rapport-schema.md
 * and only ever grow at the end. Counts are exported as the reader sees them, never the hidden value.
 */
public final class ReportExports {
    public static final String SCHEMA = "wijkwijzer-rapport/2";

    /** The CSV columns, in order. */
    public static final List<String> CSV_COLUMNS = List.of("id", "titel", "categorie", "eigenaar", "status",
            "gesignaleerd_op", "escalatie_dagen", "schotten", "casussen", "casussen_vorige_periode", "wijken", "partners",
            "eerste_gezien", "laatst_gezien", "structureel", "nieuw_structureel", "standaard_per_jaar", "maatwerk_per_jaar",
            "verschil_per_jaar", "opgelost_op", "barriere", "escalatieniveau", "besluiten_open", "besluiten_te_laat", "alarm",
            "voorbeeldcijfers");

    /** The extra CSV files for tables that do not fit one row per weeffout, with their columns. */
    public static final Map<String, List<String>> EXTRA_CSV = Map.of(
            "betalers.csv", List.of("weeffout", "betaler", "standaard_per_jaar", "maatwerk_per_jaar", "verschil_per_jaar",
                    "standaard_eenmalig", "maatwerk_eenmalig", "verschil_eenmalig", "voorbeeldcijfers"),
            "agenda.csv", List.of("eigenaar", "soort", "weeffout", "tekst", "orgaan", "datum", "termijn", "status", "te_laat",
                    "voorbeeldcijfers"),
            "monitor.csv", List.of("doel", "oordeel", "eenheid", "start", "doelwaarde", "startjaar", "doeljaar", "marge",
                    "kwartaal", "waarde", "plan", "trend_per_kwartaal", "trend_kwartalen", "verwacht_op_doel", "doel_gehaald_in",
                    "voorbeeldcijfers"));

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
                    dutch(w.kosten().verschil()), date(w.opgelostOp()), w.barriere(), w.escalatieniveau(),
                    Long.toString(w.besluiten().stream().filter(Weeffout.Besluit::open).count()),
                    Long.toString(w.besluiten().stream().filter(b -> b.teLaat(r.standVan())).count()),
                    r.agenda().alarmen().stream().anyMatch(a -> a.weeffout().equals(w.id())) ? "ja" : "nee",
                    r.voorbeeldcijfers() ? "ja" : "nee");
            row(sb, cells);
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * betalers.csv (weeffout empty = the total, each case once), agenda.csv and monitor.csv, in the
     * same format as weeffouten.csv. Money per weeffout appears only where weeffouten.csv shows its count.
     */
    public static Map<String, byte[]> extraCsv(Rapport r) {
        Map<String, byte[]> out = new java.util.TreeMap<>();
        StringBuilder b = header("betalers.csv");
        betalerRows(b, r, "", r.betalers().totaal());
        r.betalers().perWeeffout().forEach(p -> betalerRows(b, r, p.weeffout(), p.overzicht()));
        out.put("betalers.csv", b.toString().getBytes(StandardCharsets.UTF_8));
        StringBuilder a = header("agenda.csv");
        for (Agenda.Eigenaar e : r.agenda().eigenaren()) {
            for (Agenda.Punt p : e.punten()) {
                flagged(a, r, List.of(e.eigenaar(), p.soort(), p.weeffout(), p.tekst(), p.orgaan(), date(p.datum()), date(p.termijn()),
                        p.status(), p.teLaat() ? "ja" : "nee"));
            }
        }
        out.put("agenda.csv", a.toString().getBytes(StandardCharsets.UTF_8));
        StringBuilder m = header("monitor.csv");
        r.uitstroom().ifPresent(u -> u.doelen().forEach(d -> {
            Uitstroom.Punt last = d.laatste();
            flagged(m, r, List.of(d.id(), d.oordeel() == null ? "" : d.oordeel().tekst(), d.eenheid(), dec(d.start()), dec(d.doel()),
                    Integer.toString(d.startjaar()), Integer.toString(d.doeljaar()), dec(d.marge()),
                    last == null ? "" : last.kwartaal(), last == null ? "" : dec(last.waarde()), last == null ? "" : dec(last.plan()),
                    d.trendPerKwartaal() == null ? "" : dec(d.trendPerKwartaal()), Integer.toString(d.trendKwartalen()),
                    d.verwachtOpDoel() == null ? "" : dec(d.verwachtOpDoel()), d.doelGehaaldIn() == null ? "" : d.doelGehaaldIn()));
        }));
        out.put("monitor.csv", m.toString().getBytes(StandardCharsets.UTF_8));
        return out;
    }

    private static StringBuilder header(String file) {
        return new StringBuilder("\uFEFF").append(String.join(";", EXTRA_CSV.get(file))).append("\r\n");
    }

    private static void betalerRows(StringBuilder sb, Rapport r, String weeffout, BetalerKosten.Overzicht o) {
        for (BetalerKosten.Regel b : o.regels()) {
            flagged(sb, r, List.of(weeffout, b.betaler(), dutch(b.standaardPerJaar()), dutch(b.maatwerkPerJaar()),
                    dutch(b.verschilPerJaar()), dutch(b.standaardEenmalig()), dutch(b.maatwerkEenmalig()), dutch(b.verschilEenmalig())));
        }
    }

    /** A row of an extra CSV file, with the voorbeeldcijfers column every export ends with. */
    private static void flagged(StringBuilder sb, Rapport r, List<String> cells) {
        List<String> all = new ArrayList<>(cells);
        all.add(r.voorbeeldcijfers() ? "ja" : "nee");
        row(sb, all);
    }

    private static void row(StringBuilder sb, List<String> cells) {
        List<String> quoted = new ArrayList<>();
        for (String c : cells) {
            quoted.add(cell(c));
        }
        sb.append(String.join(";", quoted)).append("\r\n");
    }

    /** One decimal, decimal comma. */
    private static String dec(double d) {
        return BigDecimal.valueOf(d).setScale(1, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }

    private static BigDecimal num(Double d) {
        return d == null ? null : BigDecimal.valueOf(d).setScale(1, RoundingMode.HALF_UP);
    }

    private static String nullIfEmpty(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static String jsonDate(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static Map<String, Object> overzicht(BetalerKosten.Overzicht o) {
        return obj("betalers", o.regels().stream().map(ReportExports::betaler).toList(), "som", betaler(o.som()),
                "verkeerde_zak", o.verkeerdeZak(), "zin", o.zin(), "eenmalig_zin", nullIfEmpty(o.eenmaligZin()));
    }

    private static Map<String, Object> betaler(BetalerKosten.Regel b) {
        return obj("betaler", b.betaler(), "standaard_per_jaar", two(b.standaardPerJaar()), "maatwerk_per_jaar", two(b.maatwerkPerJaar()),
                "verschil_per_jaar", two(b.verschilPerJaar()), "standaard_eenmalig", two(b.standaardEenmalig()),
                "maatwerk_eenmalig", two(b.maatwerkEenmalig()), "verschil_eenmalig", two(b.verschilEenmalig()));
    }

    private static BigDecimal two(BigDecimal b) {
        return b.setScale(2, RoundingMode.HALF_UP);
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
                    "opgelost_op", jsonDate(w.opgelostOp()), "barriere", nullIfEmpty(w.barriere()),
                    "escalatieniveau", nullIfEmpty(w.escalatieniveau()),
                    "besluiten", w.besluiten().stream().map(b -> (Object) obj("datum", jsonDate(b.datum()), "orgaan", b.orgaan(),
                            "besluit", b.besluit(), "eigenaar", b.eigenaar(), "termijn", jsonDate(b.termijn()), "status", b.status(),
                            "te_laat", b.teLaat(r.standVan()))).toList(),
                    "alarm", r.agenda().alarmen().stream().anyMatch(a -> a.weeffout().equals(w.id())),
                    "kosten_per_betaler", r.betalers().perWeeffout().stream().filter(p -> p.weeffout().equals(w.id()))
                            .findFirst().map(p -> (Object) overzicht(p.overzicht())).orElse(null),
                    "gesignaleerd_kwartaal", w.gesignaleerdKwartaal().isEmpty() ? null : w.gesignaleerdKwartaal()));
        }
        root.put("weeffouten", ws);
        root.put("kandidaten", r.kandidaten().stream().map(k -> (Object) obj("id", k.id(), "kernwoorden", k.kernwoorden(),
                "casussen", aantal(k.casussen()),
                "casussen_lijst", k.casussenZichtbaar() ? k.casusLijst().stream().map(WeeffoutReport.CasusRef::id).toList() : null))
                .toList());
        root.put("uitstroom", r.uitstroom().map(u -> (Object) obj("fictief", u.fictief(),
                "doelen", u.doelen().stream().map(d -> (Object) obj("id", d.id(), "titel", d.titel(), "omschrijving", d.omschrijving(),
                        "eenheid", d.eenheid(), "start", num(d.start()), "doel", num(d.doel()), "startjaar", d.startjaar(),
                        "doeljaar", d.doeljaar(), "marge", num(d.marge()),
                        "kwartaal", d.laatste() == null ? null : d.laatste().kwartaal(),
                        "waarde", d.laatste() == null ? null : num(d.laatste().waarde()),
                        "plan", d.laatste() == null ? null : num(d.laatste().plan()),
                        "oordeel", d.oordeel() == null ? null : d.oordeel().tekst(),
                        "trend_per_kwartaal", num(d.trendPerKwartaal()), "trend_kwartalen", d.trendKwartalen(),
                        "verwacht_op_doel", num(d.verwachtOpDoel()), "doel_gehaald_in", d.doelGehaaldIn(), "zin", d.zin(),
                        "reeks", d.reeks().stream().map(p -> (Object) obj("kwartaal", p.kwartaal(), "waarde", num(p.waarde()),
                                "plan", num(p.plan()))).toList(),
                        "projectie", d.projectie().stream().map(p -> (Object) obj("kwartaal", p.kwartaal(), "waarde", num(p.waarde())))
                                .toList())).toList(),
                "kwartalen", u.kwartalen().stream().map(k -> (Object) obj("kwartaal", k.kwartaal(), "capaciteit", k.capaciteit(),
                        "capaciteit_gepland", k.capaciteitGepland(), "uitstroom", aantal(k.uitstroom()),
                        "instroom", aantal(k.instroom()), "verblijf_opvang_dagen", k.verblijfDagen(),
                        "opvang_te_lang_procent", k.opvangTeLangProcent(), "uitstroom_tot_nu_procent", num(k.uitstroomTotNuProcent())))
                        .toList())).orElse(null));
        root.put("kosten_per_betaler", obj("totaal", overzicht(r.betalers().totaal()),
                "weeffouten_weggelaten", r.betalers().weggelaten()));
        root.put("agenda", r.agenda().eigenaren().stream().map(e -> (Object) obj("eigenaar", e.eigenaar(), "te_laat", e.teLaat(),
                "punten", e.punten().stream().map(p -> (Object) obj("soort", p.soort(), "weeffout", p.weeffout(), "tekst", p.tekst(),
                        "orgaan", nullIfEmpty(p.orgaan()), "datum", jsonDate(p.datum()), "termijn", jsonDate(p.termijn()),
                        "status", p.status(), "te_laat", p.teLaat())).toList())).toList());
        root.put("alarmen", r.agenda().alarmen().stream().map(a -> (Object) obj("weeffout", a.weeffout(),
                "opgelost_op", jsonDate(a.opgelostOp()), "casussen", r.doelgroep() == nl.wijkwijzer.model.Zichtbaarheid.PROFESSIONALS
                        ? a.casussen() : null, "zin", a.zin())).toList());
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

    /** A number as this CSV writes it (decimal comma, no thousands separator); a negative one starts with '-'. */
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("-?[0-9]+(,[0-9]+)?");

    /**
     * One CSV cell, safe to open in a spreadsheet. A text that starts with {@code = + - @}, a tab or a
     * carriage return would run as a formula in Excel or LibreOffice ("CSV injection"): as OWASP
     * recommends, it gets a leading single quote, which the spreadsheet shows as text. A number
     * ({@link #NUMBER}, e.g. a negative amount) is left as it is, so it stays a number. A cell with
     * {@code ;}, {@code "}, a carriage return or a line feed is quoted (RFC 4180), so it never splits
     * a row.
     */
    static String cell(String value) {
        String c = value;
        if (!c.isEmpty() && "=+-@\t\r".indexOf(c.charAt(0)) >= 0 && !NUMBER.matcher(c).matches()) {
            c = "'" + c;
        }
        if (c.indexOf(';') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
            c = "\"" + c.replace("\"", "\"\"") + "\"";
        }
        return c;
    }

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
