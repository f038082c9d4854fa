package nl.wijkwijzer.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * {@code content/site.yaml}.
 *
 * @param voorbeeldcijfers {@code rapport.voorbeeldcijfers}: fictional cases count in the report, which
 *                         then says so on every output; false (the default) leaves them out
 * @param voorbeeldsite    {@code voorbeeldsite}: the site is a demo whose contact data are placeholders on
 *                         purpose, so check does not warn about them (the pages still say they are made up)
 */
public record Site(String titel, String gemeente, String taal, String basisUrl, List<Zichtbaarheid> doelgroepen,
        Map<String, String> wijken, int kDrempel, List<String> verbodenNamen, int minCasussen, int minWijken,
        String kleur, String logo, Toegankelijkheid toegankelijkheid, boolean voorbeeldcijfers, boolean voorbeeldsite) {

    public record Toegankelijkheid(String status, LocalDate datum, List<String> bekendeBeperkingen, String contact) {
    }

    /** A site that is not declared a voorbeeldsite. */
    public Site(String titel, String gemeente, String taal, String basisUrl, List<Zichtbaarheid> doelgroepen,
            Map<String, String> wijken, int kDrempel, List<String> verbodenNamen, int minCasussen, int minWijken,
            String kleur, String logo, Toegankelijkheid toegankelijkheid, boolean voorbeeldcijfers) {
        this(titel, gemeente, taal, basisUrl, doelgroepen, wijken, kDrempel, verbodenNamen, minCasussen, minWijken, kleur,
                logo, toegankelijkheid, voorbeeldcijfers, false);
    }

    /** A site without voorbeeldcijfers: fictional cases stay out of the report. */
    public Site(String titel, String gemeente, String taal, String basisUrl, List<Zichtbaarheid> doelgroepen,
            Map<String, String> wijken, int kDrempel, List<String> verbodenNamen, int minCasussen, int minWijken,
            String kleur, String logo, Toegankelijkheid toegankelijkheid) {
        this(titel, gemeente, taal, basisUrl, doelgroepen, wijken, kDrempel, verbodenNamen, minCasussen, minWijken, kleur,
                logo, toegankelijkheid, false);
    }

    public String wijkNaam(String id) {
        return wijken.getOrDefault(id, id);
    }

    public Site withVoorbeeldcijfers(boolean on) {
        return new Site(titel, gemeente, taal, basisUrl, doelgroepen, wijken, kDrempel, verbodenNamen, minCasussen, minWijken,
                kleur, logo, toegankelijkheid, on, voorbeeldsite);
    }
}
