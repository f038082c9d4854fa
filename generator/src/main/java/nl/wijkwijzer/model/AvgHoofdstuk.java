package nl.wijkwijzer.model;

/** A chapter of the AVG handreiking (Markdown). */
public record AvgHoofdstuk(String id, String titel, int volgorde, String samenvatting, Beheer beheer, String body,
        Zichtbaarheid zichtbaarheid, Origin origin) {
}
