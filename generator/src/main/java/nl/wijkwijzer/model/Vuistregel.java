package nl.wijkwijzer.model;

import java.util.List;

/** One of the five rules of thumb, with its guide (Markdown body). */
public record Vuistregel(String id, int nummer, String titel, String kort, String samenvatting, List<String> checklist,
        List<String> signalen, List<String> partners, Beheer beheer, String body, Origin origin) {
}
