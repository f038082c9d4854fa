package nl.wijkwijzer.model;

import java.util.List;

/** "Wie helpt bij...?": a situation that leads to the partners who help. */
public record Situatie(String id, String titel, String vraag, String uitleg, int volgorde, List<Hulp> organisaties,
        List<String> vuistregels, Zichtbaarheid zichtbaarheid, Origin origin) {

    public record Hulp(String organisatie, String waarom) {
    }
}
