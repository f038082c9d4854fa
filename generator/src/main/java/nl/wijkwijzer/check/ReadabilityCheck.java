package nl.wijkwijzer.check;

import java.util.Locale;

import nl.wijkwijzer.diagnostics.Diagnostics;
import nl.wijkwijzer.util.BuildCache;
import nl.wijkwijzer.diagnostics.Source;
import nl.wijkwijzer.model.AvgHoofdstuk;
import nl.wijkwijzer.model.Casus;
import nl.wijkwijzer.model.KnowledgeBase;
import nl.wijkwijzer.model.Organisatie;
import nl.wijkwijzer.model.Vuistregel;
import nl.wijkwijzer.model.Zichtbaarheid;

/**
 * Warns (never fails) where a text the public reads scores far below B1 on {@link Readability}.
 * One score per page text; see docs/leesbaarheid.md for the measure and the threshold.
 */
public final class ReadabilityCheck {
    /** B1 is about 60 and up; below this a text is far above B1. */
    public static final double THRESHOLD = 45;
    /** Shorter texts give unstable scores and are skipped. */
    public static final int MIN_WORDS = 40;

    private ReadabilityCheck() {
    }

    public static void check(KnowledgeBase kb, Diagnostics diagnostics) {
        check(kb, diagnostics, BuildCache.uncached());
    }

    /** @param cache this build's memos: a preview rebuild scores every public text again, nearly all unchanged */
    public static void check(KnowledgeBase kb, Diagnostics diagnostics, BuildCache cache) {
        BuildCache.Memo<String, Readability.Score> scores = cache.memo(Readability.SCORES);
        for (Vuistregel v : kb.vuistregels()) {
            warn(v.origin().file(), "de gids", v.body(), scores, diagnostics);
        }
        for (AvgHoofdstuk h : kb.avg()) {
            if (h.zichtbaarheid() == Zichtbaarheid.PUBLIEK) {
                warn(h.origin().file(), "het hoofdstuk", h.body(), scores, diagnostics);
            }
        }
        // Per case in parallel: the diagnostics are sorted when read, so the order of adding is free.
        kb.casussen().parallelStream().filter(c -> c.zichtbaarheid() == Zichtbaarheid.PUBLIEK).forEach(c -> {
            warn(c.origin().at("situatie"), "de situatie", c.situatie(), scores, diagnostics);
            warn(c.origin().at("oplossing"), "de oplossing", c.oplossing(), scores, diagnostics);
        });
        for (Organisatie o : kb.organisaties()) {
            if (o.zichtbaarheid() == Zichtbaarheid.PUBLIEK) {
                warn(o.origin().at("wat-ze-doen"), "'wat-ze-doen'", o.watZeDoen(), scores, diagnostics);
            }
        }
    }

    private static void warn(Source at, String what, String text, BuildCache.Memo<String, Readability.Score> scores,
            Diagnostics diagnostics) {
        if (text == null) {
            return;
        }
        Readability.Score s = scores.get(text, Readability::of);
        if (s.words() < MIN_WORDS || s.score() >= THRESHOLD) {
            return;
        }
        String message = String.format(Locale.ROOT,
                "%s is moeilijk te lezen: Flesch-Douma %.0f (taalniveau B1 is ongeveer 60 of hoger)", what, s.score());
        diagnostics.warning(at, "leesbaarheid", Character.toUpperCase(message.charAt(0)) + message.substring(1),
                String.format(Locale.ROOT, "gemiddeld %.0f woorden per zin; schrijf kortere zinnen (liefst onder 15 woorden)"
                        + " en kies kortere, gewone woorden", (double) s.words() / s.sentences()));
    }
}
