package nl.wijkwijzer.model;

import java.time.LocalDate;
import java.util.List;

/** A structural blocker in rules or funding that makes many cases go wrong. */
public record Weeffout(String id, String titel, String categorie, List<String> schotten, String eigenaar,
        String beschrijving, String voorstel, String status, LocalDate gesignaleerdOp, Zichtbaarheid zichtbaarheid,
        Origin origin) {

    public static final List<String> CATEGORIEEN = List.of("financiering", "regelgeving", "toegang", "wonen", "inkomen",
            "gegevensdeling", "zorg");
    public static final List<String> EIGENAREN = List.of("gemeente", "zorgverzekeraar", "zorgkantoor", "woningcorporatie",
            "rijk", "justitie", "zorgaanbieders");
    public static final List<String> STATUSSEN = List.of("gesignaleerd", "geagendeerd", "in-behandeling", "opgelost");
}
