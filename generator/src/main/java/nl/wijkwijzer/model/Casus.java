package nl.wijkwijzer.model;

import java.time.LocalDate;
import java.util.List;

/** A (pseudonymised) case discussed at a doorbraaktafel. Markdown fields hold Markdown source. */
public record Casus(String id, String titel, String samenvatting, String wijk, LocalDate datum, String status,
        List<String> vuistregels, String doelgroep, List<String> pseudoniemen, boolean fictief, String bron,
        Zichtbaarheid zichtbaarheid, String situatie, Hulpvraag hulpvraag, List<Blokkade> blokkades, String oplossing,
        List<String> partijen, Kosten kosten, Waardendriehoek waardendriehoek, List<String> leervragen, Origin origin) {

    public static final List<String> STATUSSEN = List.of("open", "lopend", "doorbraak", "afgesloten");
    public static final List<String> DOELGROEPEN = List.of("beschermd-wonen", "maatschappelijke-opvang", "thuiswonend");

    public record Hulpvraag(String watWilIk, String watKanIk, String watHebIkNodig) {
    }

    /** A blocker; {@code weeffout} is empty when no catalogued weeffout fits yet. */
    public record Blokkade(String weeffout, String toelichting) {
        public boolean heeftWeeffout() {
            return !weeffout.isEmpty();
        }
    }

    public record Waardendriehoek(String rendement, String legitimering, String betrokkenheid) {
    }
}
