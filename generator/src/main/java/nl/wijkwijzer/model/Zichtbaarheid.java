package nl.wijkwijzer.model;

import java.util.Locale;

/**
 * Who may see a record, and the audiences (doelgroepen) that each get their own build. A record is
 * publiek or professionals; {@link #BESTUUR} is an audience only: the report for bestuurders, which
 * counts every case but shows none (see docs/rapport-schema.md, "Vertrouwelijkheidsmodel").
 */
public enum Zichtbaarheid {
    PUBLIEK, PROFESSIONALS, BESTUUR;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * A record with this visibility may appear in the view of {@code audience}. The bestuur view holds
     * every record, because its report counts all cases; it publishes no record itself.
     */
    public boolean visibleTo(Zichtbaarheid audience) {
        return this == PUBLIEK || audience != PUBLIEK;
    }

    public static Zichtbaarheid of(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
