package nl.wijkwijzer.model;

import java.util.Locale;

/** Who may see a record; each audience (doelgroep) gets its own build. */
public enum Zichtbaarheid {
    PUBLIEK, PROFESSIONALS;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A record with this visibility may appear in a build for {@code audience}. */
    public boolean visibleTo(Zichtbaarheid audience) {
        return this == PUBLIEK || audience == PROFESSIONALS;
    }

    public static Zichtbaarheid of(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
