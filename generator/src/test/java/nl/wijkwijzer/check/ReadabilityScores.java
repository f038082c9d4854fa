package nl.wijkwijzer.check;

import java.time.LocalDate;
import java.util.List;

import nl.wijkwijzer.Wijkwijzer;
import nl.wijkwijzer.gates.BuiltSite;
import nl.wijkwijzer.model.KnowledgeBase;

/** Prints the Flesch-Douma score of every checked text of the default content (for docs/leesbaarheid.md). */
public final class ReadabilityScores {
    public static void main(String[] args) {
        KnowledgeBase kb = Wijkwijzer.check(new Wijkwijzer.Options(BuiltSite.repoRoot().resolve("content"), null, null,
                List.of(), LocalDate.of(2026, 11, 22))).kb();
        kb.vuistregels().forEach(v -> print(v.origin().path(), v.body()));
        kb.avg().forEach(h -> print(h.origin().path(), h.body()));
        kb.casussen().forEach(c -> print(c.origin().path() + " situatie", c.situatie()));
        kb.casussen().forEach(c -> print(c.origin().path() + " oplossing", c.oplossing()));
        kb.organisaties().forEach(o -> print(o.origin().path(), o.watZeDoen()));
    }

    private static void print(String what, String text) {
        Readability.Score s = Readability.of(text == null ? "" : text);
        System.out.printf(java.util.Locale.ROOT, "%6.1f %4d %s%n", s.score(), s.words(), what);
    }
}
