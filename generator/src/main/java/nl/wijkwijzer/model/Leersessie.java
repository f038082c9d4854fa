package nl.wijkwijzer.model;

import java.util.List;

/** A learning session for professionals built around a few cases. */
public record Leersessie(String id, String titel, String thema, String doel, int duur, List<String> vuistregels,
        List<String> casussen, List<String> vragen, List<Werkvorm> werkvormen, String trainersnotities,
        Zichtbaarheid zichtbaarheid, Origin origin) {

    public record Werkvorm(String naam, int minuten, String beschrijving) {
    }
}
