package nl.wijkwijzer.model;

import java.util.List;

/** The route to a fitting woonprofiel, and the blank woonprofiel form. */
public record Routekaart(String titel, String inleiding, List<Stap> stappen, List<Domein> woonprofiel, Origin origin) {

    public static final List<String> DOMEINEN = List.of("woonwens", "begeleidingsvoorwaarden", "inkomen", "risicoprofiel");

    public record Stap(String id, String titel, String wat, List<String> wie, List<String> vuistregels,
            List<String> domeinen) {
    }

    public record Domein(String domein, String titel, List<String> vragen) {
    }
}
