package nl.wijkwijzer.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** {@code content/site.yaml}. */
public record Site(String titel, String gemeente, String taal, String basisUrl, List<Zichtbaarheid> doelgroepen,
        Map<String, String> wijken, int kDrempel, List<String> verbodenNamen, int minCasussen, int minWijken,
        String kleur, String logo, Toegankelijkheid toegankelijkheid) {

    public record Toegankelijkheid(String status, LocalDate datum, List<String> bekendeBeperkingen, String contact) {
    }

    public String wijkNaam(String id) {
        return wijken.getOrDefault(id, id);
    }
}
