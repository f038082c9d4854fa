package nl.wijkwijzer.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small content folder written by the test: payers, one-off and recurring costs, a decision log
 * with one overdue and one not-yet-due decision, and a solved weeffout with a later case.
 *
 * <pre>
 * case  date        weeffouten   costs (standaard | maatwerk)
 * c1    2025-03-31  w-a, w-a     justitie 1000/maand | gemeente 3000/jaar + gemeente 500 eenmalig
 * c2    2025-04-01  w-a, w-b     gemeente 40/week, zorgverzekeraar 500 keer x4 | zorgverzekeraar 250/kwartaal, (no payer) 50/maand
 * c3    2025-09-01  w-b          no costs (professionals only)
 * c4    2024-12-31  w-a          gemeente 99999/jaar (before the period)
 * c5    2025-10-01  w-c          rijk 1200 eenmalig | none
 * </pre>
 */
final class ActOnItFixture {
    private ActOnItFixture() {
    }

    static Path write(Path dir) throws IOException {
        Path content = dir.resolve("content");
        Path vuistregels = ReportFixtures.FIXTURE.resolve("vuistregels");
        Files.createDirectories(content.resolve("vuistregels"));
        try (var files = Files.list(vuistregels)) {
            for (Path p : files.toList()) {
                Files.copy(p, content.resolve("vuistregels").resolve(p.getFileName().toString()));
            }
        }
        put(content, "site.yaml", """
                titel: Testwijk
                gemeente: Testgemeente
                doelgroepen: [publiek, professionals]
                wijken:
                  noord: Noord
                  zuid: Zuid
                privacy:
                  k-drempel: 2
                rapport:
                  voorbeeldcijfers: true
                """);
        put(content, "weeffouten/w-a.yaml", """
                titel: Weeffout A
                categorie: wonen
                eigenaar: gemeente
                beschrijving: A gaat mis.
                voorstel: Los A op. Daarna meer.
                status: geagendeerd
                gesignaleerd-op: 2024-06-01
                barriere: lokale-regel
                escalatieniveau: lokaal
                besluiten:
                  - {datum: 2025-01-15, orgaan: Raad, besluit: Justitie doet B1., eigenaar: justitie, termijn: 2025-06-30, status: open}
                  - {datum: 2025-02-01, orgaan: College, besluit: Gemeente doet B2., eigenaar: gemeente, termijn: 2026-03-01, status: open}
                  - {datum: 2024-12-01, orgaan: College, besluit: Gemeente deed B3., eigenaar: gemeente, termijn: 2025-01-01, status: uitgevoerd}
                  - {datum: 2025-03-01, orgaan: College, besluit: Gemeente doet B4., eigenaar: gemeente, status: open}
                  - {datum: 2025-03-02, orgaan: College, besluit: Gemeente doet B5., eigenaar: gemeente, termijn: 2025-10-01, status: open}
                zichtbaarheid: publiek
                """);
        put(content, "weeffouten/w-b.yaml", """
                titel: Weeffout B
                categorie: inkomen
                eigenaar: justitie
                beschrijving: B gaat mis.
                status: opgelost
                gesignaleerd-op: 2024-06-01
                opgelost-op: 2025-05-01
                zichtbaarheid: publiek
                """);
        put(content, "weeffouten/w-c.yaml", """
                titel: Weeffout C
                categorie: zorg
                eigenaar: rijk
                beschrijving: C gaat mis.
                status: opgelost
                gesignaleerd-op: 2024-06-01
                opgelost-op: 2025-11-30
                zichtbaarheid: publiek
                """);
        put(content, "casuistiek/c1.yaml", casus("2025-03-31", "noord", "publiek", "[w-a, w-a]", """
                kosten:
                  standaard: [{post: Detentie, bedrag: 1000, per: maand, betaler: justitie}]
                  maatwerk:
                    - {post: NS-jaarkaart, bedrag: 3000, per: jaar, betaler: gemeente}
                    - {post: Inrichting, bedrag: 500, per: eenmalig, betaler: gemeente}
                """));
        put(content, "casuistiek/c2.yaml", casus("2025-04-01", "zuid", "publiek", "[w-a, w-b]", """
                kosten:
                  standaard:
                    - {post: Opvang, bedrag: 40, per: week, betaler: gemeente}
                    - {post: Overleg, bedrag: 500, per: keer, aantal: 4, betaler: zorgverzekeraar}
                  maatwerk:
                    - {post: Begeleiding, bedrag: 250, per: kwartaal, betaler: zorgverzekeraar}
                    - {post: Budget, bedrag: 50, per: maand}
                """));
        put(content, "casuistiek/c3.yaml", casus("2025-09-01", "noord", "professionals", "[w-b]", ""));
        put(content, "casuistiek/c4.yaml", casus("2024-12-31", "noord", "publiek", "[w-a]", """
                kosten:
                  standaard: [{post: Oud, bedrag: 99999, per: jaar, betaler: gemeente}]
                """));
        put(content, "casuistiek/c5.yaml", casus("2025-10-01", "zuid", "publiek", "[w-c]", """
                kosten:
                  standaard: [{post: Eenmalig, bedrag: 1200, per: eenmalig, betaler: rijk}]
                """));
        put(content, "monitor/uitstroom.yaml", """
                doelen:
                  capaciteit: {start: 100, doel: 60, startjaar: 2020, doeljaar: 2023}
                  uitstroom: {procent: 80, startjaar: 2020, doeljaar: 2023}
                  opvang: {max-maanden: 3, procent-start: 60, procent-doel: 0, startjaar: 2020, doeljaar: 2023}
                fictief: true
                kwartalen:
                  - {kwartaal: 2021-Q1, capaciteit: 90, uitstroom-bw: 9, instroom-bw: 2, gemiddelde-verblijf-opvang-dagen: 120, opvang-te-lang-procent: 55, uitstroom-startgroep-procent: 20}
                  - {kwartaal: 2021-Q2, capaciteit: 87, uitstroom-bw: 9, instroom-bw: 2, gemiddelde-verblijf-opvang-dagen: 118, opvang-te-lang-procent: 54, uitstroom-startgroep-procent: 25}
                  - {kwartaal: 2021-Q3, capaciteit: 84, uitstroom-bw: 9, instroom-bw: 2, gemiddelde-verblijf-opvang-dagen: 116, opvang-te-lang-procent: 53, uitstroom-startgroep-procent: 30}
                  - {kwartaal: 2021-Q4, capaciteit: 81, uitstroom-bw: 9, instroom-bw: 2, gemiddelde-verblijf-opvang-dagen: 114, opvang-te-lang-procent: 52, uitstroom-startgroep-procent: 45}
                """);
        return content;
    }

    private static String casus(String datum, String wijk, String zichtbaarheid, String weeffouten, String kosten) {
        StringBuilder b = new StringBuilder();
        b.append("titel: Casus ").append(datum).append("\nsamenvatting: Test.\nwijk: ").append(wijk).append("\ndatum: ").append(datum)
                .append("\nstatus: open\nvuistregels: [wonen]\nzichtbaarheid: ").append(zichtbaarheid)
                .append("\nsituatie: Iets.\nhulpvraag: {wat-wil-ik: a, wat-kan-ik: b, wat-heb-ik-nodig: c}\nblokkades:\n");
        for (String w : weeffouten.substring(1, weeffouten.length() - 1).split(",\\s*")) {
            b.append("  - {weeffout: ").append(w).append(", toelichting: Blokkade.}\n");
        }
        return b.append(kosten).toString();
    }

    private static void put(Path content, String relative, String text) throws IOException {
        Path p = content.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }
}
