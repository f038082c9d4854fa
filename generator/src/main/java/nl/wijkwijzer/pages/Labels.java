package nl.wijkwijzer.pages;

import java.util.Map;

/** Dutch display words for the enumerations of the content model. */
public final class Labels {
    private Labels() {
    }

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("open", "Open"), Map.entry("lopend", "Lopend"), Map.entry("doorbraak", "Doorbraak"),
            Map.entry("afgesloten", "Afgesloten"),
            Map.entry("beschermd-wonen", "Uit beschermd wonen"), Map.entry("maatschappelijke-opvang", "Uit de opvang"),
            Map.entry("thuiswonend", "Woont al in de wijk"),
            Map.entry("gesignaleerd", "Gesignaleerd"), Map.entry("geagendeerd", "Geagendeerd"),
            Map.entry("in-behandeling", "In behandeling"), Map.entry("opgelost", "Opgelost"),
            Map.entry("financiering", "Financiering"), Map.entry("regelgeving", "Regelgeving"), Map.entry("toegang", "Toegang"),
            Map.entry("wonen", "Wonen"), Map.entry("inkomen", "Inkomen"), Map.entry("gegevensdeling", "Gegevensdeling"),
            Map.entry("zorg", "Zorg"),
            Map.entry("gemeente", "Gemeente"), Map.entry("zorgverzekeraar", "Zorgverzekeraar"),
            Map.entry("zorgkantoor", "Zorgkantoor"), Map.entry("woningcorporatie", "Woningcorporatie"), Map.entry("rijk", "Rijk"),
            Map.entry("justitie", "Justitie"), Map.entry("zorgaanbieders", "Zorgaanbieders"),
            Map.entry("ja", "Ja"), Map.entry("onder-voorwaarden", "Onder voorwaarden"), Map.entry("nee", "Nee"),
            Map.entry("wijkteam", "Wijkteam"), Map.entry("ggz", "GGZ"), Map.entry("politie", "Politie"),
            Map.entry("zorgaanbieder", "Zorgaanbieder"), Map.entry("verslavingszorg", "Verslavingszorg"),
            Map.entry("huisarts", "Huisarts"), Map.entry("welzijn", "Welzijn"), Map.entry("werk-en-inkomen", "Werk en Inkomen"),
            Map.entry("meldpunt", "Meldpunt"), Map.entry("crisisteam", "Crisisteam"),
            Map.entry("ervaringsdeskundigen", "Ervaringsdeskundigen"), Map.entry("buurtinitiatief", "Buurtinitiatief"),
            Map.entry("opvang", "Opvang"), Map.entry("schuldhulp", "Schuldhulp"),
            Map.entry("publiek", "Publiek"), Map.entry("professionals", "Professionals"),
            Map.entry("bestuur", "Bestuur"),
            Map.entry("woonwens", "Woonwens"), Map.entry("begeleidingsvoorwaarden", "Begeleidingsvoorwaarden"),
            Map.entry("risicoprofiel", "Risicoprofiel"));

    public static String of(String id) {
        return WORDS.getOrDefault(id, id);
    }
}
