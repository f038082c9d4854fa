package nl.wijkwijzer.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The data-sharing rules of the handreiking: per kind of data and receiving party, may it be shared. */
public record Deelregels(Map<String, String> gegevens, Map<String, String> ontvangers, List<Regel> regels) {

    public static final List<String> MAG = List.of("ja", "onder-voorwaarden", "nee");

    public record Regel(String gegevens, String ontvanger, String mag, String grondslag, String voorwaarden,
            String voorbeeld, String hoofdstuk, Origin origin) {
    }

    public static Deelregels empty() {
        return new Deelregels(Map.of(), Map.of(), List.of());
    }

    public Optional<Regel> regel(String gegevensId, String ontvangerId) {
        return regels.stream().filter(r -> r.gegevens().equals(gegevensId) && r.ontvanger().equals(ontvangerId))
                .findFirst();
    }
}
