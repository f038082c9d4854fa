package nl.wijkwijzer.model;

import java.util.List;

/** A partner in the wijknetwerk, at organisation level only. */
public record Organisatie(String id, String naam, String soort, String watZeDoen, List<String> vuistregels,
        List<String> wijken, String bereikbaarheid, String reactietijd, Contact contact, Beheer beheer,
        Zichtbaarheid zichtbaarheid, Origin origin) {

    public static final List<String> SOORTEN = List.of("wijkteam", "ggz", "woningcorporatie", "politie", "zorgaanbieder",
            "verslavingszorg", "huisarts", "welzijn", "werk-en-inkomen", "meldpunt", "crisisteam",
            "ervaringsdeskundigen", "buurtinitiatief", "opvang", "schuldhulp");

    public record Contact(String telefoon, String email, String website) {
    }

    /** Empty {@code wijken} means the organisation works in every wijk. */
    public boolean werktIn(String wijk) {
        return wijken.isEmpty() || wijken.contains(wijk);
    }
}
