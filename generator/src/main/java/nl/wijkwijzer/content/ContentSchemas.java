package nl.wijkwijzer.content;

import static nl.wijkwijzer.content.Schema.block;
import static nl.wijkwijzer.content.Schema.blocks;
import static nl.wijkwijzer.content.Schema.choice;
import static nl.wijkwijzer.content.Schema.nested;
import static nl.wijkwijzer.content.Schema.opt;
import static nl.wijkwijzer.content.Schema.ref;
import static nl.wijkwijzer.content.Schema.refs;
import static nl.wijkwijzer.content.Schema.req;

import java.util.List;

import nl.wijkwijzer.content.Schema.Type;
import nl.wijkwijzer.model.Casus;
import nl.wijkwijzer.model.Deelregels;
import nl.wijkwijzer.model.Kosten;
import nl.wijkwijzer.model.Organisatie;
import nl.wijkwijzer.model.Routekaart;
import nl.wijkwijzer.model.Weeffout;

/** Every content type's fields: the single source for the loader and the generated content reference. */
public final class ContentSchemas {
    private ContentSchemas() {
    }

    public static final List<String> PRIVACY_SOORTEN = List.of("bsn", "iban", "telefoon", "e-mail", "adres",
            "geboortedatum", "naam", "voornaam");

    static final List<String> ZICHTBAARHEID = List.of("publiek", "professionals");

    /**
     * The text {@code nieuw} writes into fields the redacteur must fill in. Left in a record that is
     * not a draft it is an error: it would be published as is.
     */
    public static final String PLACEHOLDER = "Schrijf hier:";

    /** The field that makes any record a draft: checked, shown in {@code serve}, left out of every build. */
    public static final String CONCEPT = "concept";

    static Schema.Field concept() {
        return opt(CONCEPT, Type.JA_NEE, "true",
                "true: nog niet klaar; alleen te zien in 'serve' (met het label concept), nooit in een gebouwde site");
    }

    /** The audiences a site can be built for: the record visibilities plus the bestuur report. */
    static final List<String> DOELGROEPEN = List.of("publiek", "professionals", "bestuur");

    static final Schema BEHEER = nested("beheer",
            req("eigenaar", Type.TEKST, "Beleidsadviseur sociaal domein", "rol die de tekst bijhoudt (nooit een persoon)"),
            req("gecontroleerd", Type.DATUM, "2026-06-01", "datum van de laatste controle"),
            req("herzien-elke-maanden", Type.GETAL, "12", "hoe vaak de tekst gecontroleerd moet worden"));

    public static final Schema SITE = Schema.of("site", "content/site.yaml", "Instellingen van de hele site.",
            req("titel", Type.TEKST, "Thuis in de Wijk", "naam van de site"),
            req("gemeente", Type.TEKST, "Gemeente Voorbeeld", "gemeente of regio die de site uitgeeft"),
            opt("taal", Type.TEKST, "nl", "taal van de site (nl)"),
            opt("basis-url", Type.TEKST, "https://example.org/wijkwijzer/",
                    "adres van de publieke site; zonder dit adres komt er geen sitemap.xml"),
            new Schema.Field("doelgroepen", Type.LIJST, false, DOELGROEPEN, "", "", "[publiek, professionals, bestuur]",
                    "voor welke doelgroepen een site gebouwd wordt (bestuur: alleen het rapport, zonder casussen)", null),
            new Schema.Field("wijken", Type.ID_NAMEN, true, List.of(), "", "", "zuidoost: Zuidoost",
                    "de wijken: id en naam", null),
            opt("voorbeeldsite", Type.JA_NEE, "false",
                    "true: een voorbeeldsite met verzonnen contactgegevens; check waarschuwt er dan niet over"),
            block("privacy", false, "privacy-instellingen", nested("privacy",
                    opt("k-drempel", Type.GETAL, "5", "kleinste aantal dat een rapport toont"),
                    opt("verboden-namen", Type.LIJST, "[Voornaam Achternaam]", "namen die nooit in de tekst mogen staan"))),
            block("rapport", false, "instellingen van het weeffoutenrapport", nested("rapport",
                    opt("voorbeeldcijfers", Type.JA_NEE, "false",
                            "true: fictieve casussen tellen mee in het rapport, met het label 'Voorbeeldcijfers: fictieve casussen'"),
                    block("structureel", false, "wanneer een weeffout structureel heet", nested("structureel",
                            opt("min-casussen", Type.GETAL, "3", "minimaal aantal casussen"),
                            opt("min-wijken", Type.GETAL, "2", "in minimaal zoveel wijken"))))),
            block("huisstijl", false, "kleuren en logo", nested("huisstijl",
                    opt("kleur", Type.TEKST, "\"#1f5f8b\"", "hoofdkleur als hexcode"),
                    opt("logo", Type.TEKST, "logo.svg", "bestand in templates/static/"))),
            block("toegankelijkheid", false, "toegankelijkheidsverklaring", nested("toegankelijkheid",
                    opt("status", Type.TEKST, "voldoet gedeeltelijk", "nalevingsstatus"),
                    opt("datum", Type.DATUM, "2026-11-01", "datum van de verklaring"),
                    opt("bekende-beperkingen", Type.LIJST, "[...]", "wat nog niet goed werkt"),
                    opt("contact", Type.TEKST, "toegankelijkheid@example.org", "waar bezoekers problemen melden"))));

    public static final Schema VUISTREGEL = Schema.of("vuistregel", "content/vuistregels/<id>.md",
            "Eén van de vijf vuistregels. Velden staan in de kop tussen '---' regels; daaronder de gids in Markdown.",
            req("nummer", Type.GETAL, "1", "volgorde 1 tot en met 5"),
            req("titel", Type.TEKST, "Goed wonen en een veilig thuis", "de vuistregel"),
            req("kort", Type.TEKST, "Wonen", "kort woord voor menu's"),
            req("samenvatting", Type.TEKST, "...", "één of twee zinnen"),
            opt("checklist", Type.LIJST, "[Heeft de bewoner ...?]", "vragen die een professional doorloopt"),
            opt("signalen", Type.LIJST, "[Post blijft liggen]", "vroege signalen"),
            refs("partners", false, "organisatie", "[woningcorporatie]", "organisaties die helpen"),
            block("beheer", false, "onderhoud van de tekst", BEHEER),
            concept());

    static final Schema POST = nested("post",
            req("post", Type.TEKST, "NS-jaarkaart", "waar het geld voor is"),
            req("bedrag", Type.BEDRAG, "3000", "bedrag in euro's"),
            choice("per", true, "jaar", Kosten.PER, "per week, maand, kwartaal, jaar, eenmalig of keer"),
            opt("aantal", Type.GETAL, "12", "bij per: keer, hoe vaak per jaar"),
            choice("betaler", false, "", Kosten.BETALERS,
                    "wie betaalt: gemeente, zorgverzekeraar, zorgkantoor, justitie, woningcorporatie, rijk, uwv of inwoner"));

    public static final Schema CASUS = Schema.of("casus", "content/casuistiek/<id>.yaml",
            "Een (geanonimiseerde) casus van de doorbraaktafel.",
            req("titel", Type.TEKST, "Een jaarkaart in plaats van de cel", "korte titel"),
            req("samenvatting", Type.TEKST, "...", "één of twee zinnen"),
            ref("wijk", true, "wijk", "zuidoost", "id van een wijk uit site.yaml"),
            req("datum", Type.DATUM, "2025-03-14", "besproken op"),
            choice("status", true, "open", Casus.STATUSSEN, "stand van zaken"),
            refs("vuistregels", true, "vuistregel", "[financien, ondersteuning]", "vuistregels die spelen"),
            choice("doelgroep", false, "", Casus.DOELGROEPEN, "waar de bewoner vandaan komt"),
            opt("pseudoniemen", Type.LIJST, "[Jan]", "voornamen in de tekst; allemaal verzonnen"),
            opt("fictief", Type.JA_NEE, "true", "true voor een verzonnen lescasus"),
            opt("bron", Type.TEKST, "Gepubliceerd voorbeeld", "herkomst, als de casus uit een publicatie komt"),
            choice("zichtbaarheid", false, "professionals", ZICHTBAARHEID,
                    "wie de casus mag zien; zonder dit veld alleen professionals"),
            req("situatie", Type.MARKDOWN, "|", "de situatie, zonder herkenbare details"),
            block("hulpvraag", true, "de drie vragen van de bewoner", nested("hulpvraag",
                    req("wat-wil-ik", Type.TEKST, "...", "wens van de bewoner"),
                    req("wat-kan-ik", Type.TEKST, "...", "eigen kracht"),
                    req("wat-heb-ik-nodig", Type.TEKST, "...", "wat nodig is"))),
            blocks("blokkades", false, "wat de standaardroute blokkeerde", nested("blokkade",
                    ref("weeffout", false, "weeffout", "krappe-woningmarkt", "id van de weeffout; weglaten als er nog geen past"),
                    req("toelichting", Type.TEKST, "...", "wat er in deze casus misging"))),
            opt("oplossing", Type.MARKDOWN, "|", "het maatwerk dat de doorbraak gaf"),
            refs("partijen", false, "organisatie", "[sociaal-wijkteam, ggz-instelling]", "betrokken organisaties"),
            block("kosten", false, "kosten per jaar van de standaardroute en van het maatwerk", nested("kosten",
                    blocks("standaard", false, "kosten van de standaardroute", POST),
                    blocks("maatwerk", false, "kosten van het maatwerk", POST))),
            block("waardendriehoek", false, "afweging van het maatwerk", nested("waardendriehoek",
                    req("rendement", Type.MARKDOWN, "...", "kosten tegenover de standaardroute"),
                    req("legitimering", Type.MARKDOWN, "...", "is het eerlijk en rechtmatig"),
                    req("betrokkenheid", Type.MARKDOWN, "...", "is het gewenst en passend"))),
            opt("leervragen", Type.LIJST, "[...]", "vragen voor een leersessie"),
            blocks("privacy-uitzonderingen", false, "erkende vals-positieve meldingen van de privacycontrole",
                    nested("uitzondering",
                            choice("soort", true, "", PRIVACY_SOORTEN, "soort gegeven dat ten onrechte gemeld werd"),
                            req("veld", Type.TEKST, "situatie", "veld waarin de melding staat"),
                            req("reden", Type.TEKST, "...", "waarom dit geen persoonsgegeven is"))),
            concept());

    public static final Schema WEEFFOUT = Schema.of("weeffout", "content/weeffouten/<id>.yaml",
            "Een structurele blokkade in regels of financiering.",
            req("titel", Type.TEKST, "Boetes en detentie in plaats van maatwerk", "korte titel"),
            choice("categorie", true, "", Weeffout.CATEGORIEEN, "soort blokkade"),
            opt("schotten", Type.LIJST, "[Wmo, Zvw, justitie]", "wetten of geldstromen die botsen"),
            choice("eigenaar", true, "", Weeffout.EIGENAREN, "wie de blokkade kan wegnemen"),
            req("beschrijving", Type.MARKDOWN, "|", "wat er mis gaat"),
            opt("voorstel", Type.MARKDOWN, "|", "concreet voorstel"),
            choice("status", true, "gesignaleerd", Weeffout.STATUSSEN, "stand van de escalatie"),
            req("gesignaleerd-op", Type.DATUM, "2025-02-01", "wanneer voor het eerst gesignaleerd"),
            opt("opgelost-op", Type.DATUM, "2026-05-01", "wanneer opgelost; verplicht bij status: opgelost"),
            choice("barriere", false, "", Weeffout.BARRIERES,
                    "soort barrière: wet, lokale-regel, uitvoeringspraktijk of onduidelijkheid"),
            choice("escalatieniveau", false, "", Weeffout.ESCALATIENIVEAUS,
                    "waar het opgelost moet worden: lokaal, regionaal of landelijk"),
            blocks("besluiten", false, "besluitenlijst: wat er besloten is en wie het uitvoert", nested("besluit",
                    req("datum", Type.DATUM, "2026-03-12", "wanneer besloten"),
                    req("orgaan", Type.TEKST, "College van B en W", "wie besloot"),
                    req("besluit", Type.TEKST, "...", "wat er besloten is"),
                    choice("eigenaar", true, "", Weeffout.EIGENAREN, "wie het besluit uitvoert"),
                    opt("termijn", Type.DATUM, "2026-09-01", "uiterlijk klaar op"),
                    choice("status", false, "open", Weeffout.BESLUIT_STATUSSEN, "open, uitgevoerd of vervallen"))),
            choice("zichtbaarheid", false, "publiek", ZICHTBAARHEID, "wie de weeffout mag zien"),
            concept());

    public static final Schema AVG_HOOFDSTUK = Schema.of("avg-hoofdstuk", "content/avg/<id>.md",
            "Een hoofdstuk van de AVG-handreiking (kop tussen '---' regels, daaronder Markdown).",
            req("titel", Type.TEKST, "Grondslagen", "titel van het hoofdstuk"),
            req("volgorde", Type.GETAL, "1", "plaats in de handreiking"),
            opt("samenvatting", Type.TEKST, "...", "één of twee zinnen"),
            block("beheer", false, "onderhoud van de tekst", BEHEER),
            choice("zichtbaarheid", false, "publiek", ZICHTBAARHEID, "wie het hoofdstuk mag zien"),
            concept());

    public static final Schema DEELREGELS = Schema.of("deelregels", "content/avg/deelregels.yaml",
            "Wat mag gedeeld worden met wie: de basis van de deelwijzer.",
            new Schema.Field("gegevens", Type.ID_NAMEN, true, List.of(), "", "", "gezondheid: Gezondheidsgegevens",
                    "soorten gegevens", null),
            new Schema.Field("ontvangers", Type.ID_NAMEN, true, List.of(), "", "", "ggz: GGZ-instelling",
                    "soorten ontvangers", null),
            blocks("regels", true, "één regel per combinatie van gegevens en ontvanger", nested("regel",
                    ref("gegevens", true, "gegevens", "gezondheid", "id uit 'gegevens'"),
                    ref("ontvanger", true, "ontvanger", "ggz", "id uit 'ontvangers'"),
                    choice("mag", true, "nee", Deelregels.MAG, "mag het gedeeld worden"),
                    req("grondslag", Type.TEKST, "...", "wettelijke grondslag"),
                    opt("voorwaarden", Type.TEKST, "...", "onder welke voorwaarden"),
                    opt("voorbeeld", Type.TEKST, "...", "voorbeeld uit de praktijk"),
                    ref("hoofdstuk", false, "avg-hoofdstuk", "grondslagen", "hoofdstuk met uitleg"))));

    public static final Schema ORGANISATIE = Schema.of("organisatie", "content/wijknetwerk/<id>.yaml",
            "Een partner in het wijknetwerk, alleen op organisatieniveau.",
            req("naam", Type.TEKST, "Sociaal wijkteam", "naam van de organisatie"),
            choice("soort", true, "", Organisatie.SOORTEN, "soort partner"),
            req("wat-ze-doen", Type.MARKDOWN, "|", "wat de organisatie doet"),
            refs("vuistregels", false, "vuistregel", "[wonen]", "vuistregels waarbij ze helpen"),
            refs("wijken", false, "wijk", "[zuidoost]", "wijken; leeg = alle wijken"),
            opt("bereikbaarheid", Type.TEKST, "werkdagen 9-17 uur", "wanneer bereikbaar"),
            opt("reactietijd", Type.TEKST, "binnen 4 uur", "hoe snel ze reageren"),
            block("contact", false, "contact op organisatieniveau (nooit een persoon)", nested("contact",
                    opt("telefoon", Type.TEKST, "0800-0123456", "algemeen nummer"),
                    opt("email", Type.TEKST, "info@example.org", "algemeen adres"),
                    opt("website", Type.TEKST, "https://example.org", "website"))),
            block("beheer", false, "onderhoud van de gegevens", BEHEER),
            choice("zichtbaarheid", false, "publiek", ZICHTBAARHEID, "wie de organisatie mag zien"),
            concept());

    public static final Schema LEERSESSIE = Schema.of("leersessie", "content/leersessies/<id>.yaml",
            "Een leersessie rond een paar casussen.",
            req("titel", Type.TEKST, "Geldzorgen en uitstroom", "titel"),
            opt("thema", Type.TEKST, "financien", "thema"),
            opt("doel", Type.TEKST, "...", "wat deelnemers leren"),
            opt("duur", Type.GETAL, "90", "duur in minuten"),
            refs("vuistregels", false, "vuistregel", "[financien]", "vuistregels"),
            refs("casussen", true, "casus", "[jan-ns-jaarkaart]", "casussen die besproken worden"),
            opt("vragen", Type.LIJST, "[...]", "gespreksvragen"),
            blocks("werkvormen", false, "onderdelen van de sessie", nested("werkvorm",
                    req("naam", Type.TEKST, "Casus lezen", "naam"),
                    req("minuten", Type.GETAL, "15", "duur in minuten"),
                    opt("beschrijving", Type.TEKST, "...", "wat deelnemers doen"))),
            opt("trainersnotities", Type.MARKDOWN, "|", "alleen voor professionals"),
            choice("zichtbaarheid", false, "publiek", ZICHTBAARHEID, "wie de leersessie mag zien"),
            concept());

    public static final Schema SITUATIE = Schema.of("situatie", "content/situaties/<id>.yaml",
            "Wie helpt bij...? Een situatie en de partners die helpen.",
            req("titel", Type.TEKST, "Acute crisis buiten kantoortijd", "titel"),
            opt("vraag", Type.TEKST, "Wie kan ik nu bellen?", "de vraag van de professional"),
            opt("uitleg", Type.MARKDOWN, "|", "uitleg"),
            opt("volgorde", Type.GETAL, "1", "plaats in de lijst"),
            blocks("organisaties", true, "wie helpt", nested("hulp",
                    ref("organisatie", true, "organisatie", "eropaf-team", "id van de organisatie"),
                    opt("waarom", Type.TEKST, "...", "waarmee ze helpen"))),
            refs("vuistregels", false, "vuistregel", "[ondersteuning]", "vuistregels"),
            choice("zichtbaarheid", false, "publiek", ZICHTBAARHEID, "wie de situatie mag zien"),
            concept());

    public static final Schema ROUTEKAART = Schema.of("routekaart", "content/routekaart/stappen.yaml",
            "De route naar een passend woonprofiel.",
            req("titel", Type.TEKST, "Routekaart naar een passend woonprofiel", "titel"),
            opt("inleiding", Type.MARKDOWN, "|", "inleiding"),
            blocks("stappen", true, "de stappen", nested("stap",
                    req("id", Type.TEKST, "woonwensen", "id van de stap"),
                    req("titel", Type.TEKST, "Woonwensen ophalen", "titel"),
                    opt("wat", Type.MARKDOWN, "|", "wat er gebeurt"),
                    refs("wie", false, "organisatie", "[sociaal-wijkteam]", "wie er meedoet"),
                    refs("vuistregels", false, "vuistregel", "[wonen]", "vuistregels"),
                    new Schema.Field("domeinen", Type.LIJST, false, Routekaart.DOMEINEN, "", "", "[woonwens]",
                            "domeinen van het woonprofiel", null))),
            blocks("woonprofiel", false, "het lege woonprofiel", nested("domein",
                    choice("domein", true, "", Routekaart.DOMEINEN, "domein"),
                    req("titel", Type.TEKST, "Woonwens", "titel"),
                    opt("vragen", Type.LIJST, "[...]", "vragen op het formulier"))));

    public static final Schema VRAGENBANK = Schema.of("vragenbank", "content/vragenbank/<vuistregel-id>.yaml",
            "Intervisievragen bij één vuistregel.",
            req("vragen", Type.LIJST, "[...]", "de vragen"));

    static final Schema KWARTAAL = nested("kwartaal",
            req("kwartaal", Type.TEKST, "2025-Q1", "kwartaal als JJJJ-Qn"),
            opt("capaciteit", Type.GETAL, "200", "plaatsen beschermd wonen en opvang aan het eind van het kwartaal"),
            opt("uitstroom-bw", Type.GETAL, "10", "aantal mensen dat uit beschermd wonen vertrok"),
            opt("instroom-bw", Type.GETAL, "6", "aantal mensen dat in beschermd wonen begon"),
            opt("gemiddelde-verblijf-opvang-dagen", Type.GETAL, "120", "gemiddelde verblijfsduur in de opvang"),
            opt("opvang-te-lang-procent", Type.GETAL, "40",
                    "deel van de verblijven in de opvang dat langer duurde dan het maximum, in procenten"),
            opt("uitstroom-startgroep-procent", Type.GETAL, "35",
                    "deel van de cliënten van beschermd wonen bij de start dat tot nu toe is uitgestroomd, in procenten"));

    public static final Schema MONITOR = Schema.of("monitor", "content/monitor/uitstroom.yaml",
            "Geaggregeerde cijfers per kwartaal (nooit personen) en de drie doelen van de regiovisie, elk apart.",
            block("doelen", false, "de doelen van de regiovisie, elk met een eigen start en doeljaar", nested("doelen",
                    block("capaciteit", false, "minder plaatsen beschermd wonen en opvang", nested("capaciteit",
                            req("start", Type.GETAL, "320", "plaatsen in het startjaar"),
                            req("doel", Type.GETAL, "145", "plaatsen als doel"),
                            req("startjaar", Type.GETAL, "2016", "het plan begint op 1 januari van dit jaar"),
                            req("doeljaar", Type.GETAL, "2023", "het doel is gehaald op 31 december van dit jaar"))),
                    block("uitstroom", false, "deel van de cliënten van beschermd wonen dat uitstroomt", nested("uitstroom",
                            req("procent", Type.GETAL, "80", "uitstroom in procenten van de cliënten bij de start"),
                            opt("clienten-start", Type.GETAL, "240", "cliënten in beschermd wonen op 1 januari van het startjaar"),
                            req("startjaar", Type.GETAL, "2016", "het plan begint op 1 januari van dit jaar"),
                            req("doeljaar", Type.GETAL, "2023", "het doel is gehaald op 31 december van dit jaar"))),
                    block("opvang", false, "kort verblijf in de maatschappelijke opvang", nested("opvang",
                            req("max-maanden", Type.GETAL, "3", "maximale verblijfsduur in de opvang"),
                            req("procent-start", Type.GETAL, "60", "deel van de verblijven dat te lang duurde in het startjaar"),
                            opt("procent-doel", Type.GETAL, "0", "deel dat nog te lang mag duren als het doel gehaald is"),
                            req("startjaar", Type.GETAL, "2016", "het plan begint op 1 januari van dit jaar"),
                            req("doeljaar", Type.GETAL, "2020", "het doel is gehaald op 31 december van dit jaar"))))),
            blocks("kwartalen", true, "cijfers per kwartaal", KWARTAAL),
            opt("fictief", Type.JA_NEE, "true", "true voor voorbeeldcijfers"));

    /** Every schema, in the order of the content reference. */
    public static List<Schema> all() {
        return List.of(SITE, VUISTREGEL, CASUS, WEEFFOUT, AVG_HOOFDSTUK, DEELREGELS, ORGANISATIE, LEERSESSIE, SITUATIE,
                ROUTEKAART, VRAGENBANK, MONITOR);
    }
}
